package org.fairshed.grid.io;

import java.util.Arrays;

/**
 * The numbers of one MATPOWER matrix ({@code mpc.bus = [ ... ];}) as read, row by row, each row remembering its
 * width and the line it starts on. Rows may differ in width; the assembler checks widths per table.
 * Filled once by the parser, then only read.
 */
final class NumericTable {

    private final String field;
    private final int openLine;
    private double[] values = new double[256];
    private int[] rowStart = new int[16];
    private int[] rowLine = new int[16];
    private int size;
    private int rows;
    private boolean rowOpen;

    NumericTable(String field, int openLine) {
        this.field = field;
        this.openLine = openLine;
    }

    void add(double value, int line) {
        if (!rowOpen) {
            startRow(line);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    private void startRow(int line) {
        if (rows + 1 >= rowStart.length) {
            rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
            rowLine = Arrays.copyOf(rowLine, rowLine.length * 2);
        }
        rowStart[rows] = size;
        rowLine[rows] = line;
        rowOpen = true;
    }

    /** Ends the current row; does nothing when no number was added since the last row ended (blank rows). */
    void endRow() {
        if (rowOpen) {
            rows++;
            rowStart[rows] = size;
            rowOpen = false;
        }
    }

    /** The field name as written, e.g. {@code mpc.bus}. */
    String field() {
        return field;
    }

    /** Line of the opening bracket. */
    int openLine() {
        return openLine;
    }

    int rows() {
        return rows;
    }

    int width(int row) {
        return rowStart[row + 1] - rowStart[row];
    }

    double get(int row, int column) {
        return values[rowStart[row] + column];
    }

    /** Line on which row {@code row} (0-based) starts. */
    int line(int row) {
        return rowLine[row];
    }
}

package org.fairshed.grid.io;

import java.util.Arrays;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;

/**
 * The numbers of one MATPOWER matrix ({@code mpc.bus = [ ... ];}) as read, row by row, each row remembering its
 * width and the line it starts on. Rows may differ in width; the assembler checks widths per table.
 * Filled once by the parser, then only read.
 */
final class NumericTable {

    private final String source;
    private final String field;
    private final int openLine;
    private final int maxRows;
    private double[] values = new double[256];
    private int[] rowStart = new int[16];
    private int[] rowLine = new int[16];
    private int size;
    private int rows;
    private boolean rowOpen;

    /** @param maxRows most rows accepted: one more is an {@link InputException} at the line that starts it */
    NumericTable(String source, String field, int openLine, int maxRows) {
        this.source = source;
        this.field = field;
        this.openLine = openLine;
        this.maxRows = maxRows;
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
        if (rows == maxRows) {
            throw InputException.atLine(source, line, field + " has more than " + maxRows
                    + " rows, the most Fairshed reads (a network of at most " + Limits.MAX_BUSES + " buses)");
        }
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

package org.fairshed.grid.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole linear program held in Java, rows as given (sparse, a variable possibly repeated): what {@link SiftingLpModel}
 * prices its left-out columns against. Grows only. A column-wise copy, made when first asked for after rows were added,
 * lets the working model move columns in and out in time of their own non-zeros rather than the whole program's (at
 * 100,000 buses 11-15 million non-zeros, which every pricing round walked twice).
 */
final class LpMatrix {

    private double[] lb = new double[64];
    private double[] ub = new double[64];
    private double[] cost = new double[64];
    private final List<String> names = new ArrayList<>();
    private int columns;
    private final List<int[]> rowVars = new ArrayList<>();
    private final List<double[]> rowCoefs = new ArrayList<>();
    private final List<double[]> rowBounds = new ArrayList<>();
    private final List<String> rowNames = new ArrayList<>();
    private long nonZeros;
    /** The column-wise copy: column j's entries are at [colStart[j], colEnd[j]), rows increasing, repeats added up. */
    private int[] colStart = new int[0];
    private int[] colEnd = new int[0];
    private int[] colRow = new int[0];
    private double[] colCoef = new double[0];
    /** rows and columns of the program when the column-wise copy was made */
    private int indexedRows = -1;
    private int indexedColumns;

    int addColumn(double l, double u, double c, String name) {
        if (columns == lb.length) {
            int n = columns * 2;
            lb = Arrays.copyOf(lb, n);
            ub = Arrays.copyOf(ub, n);
            cost = Arrays.copyOf(cost, n);
        }
        lb[columns] = l;
        ub[columns] = u;
        cost[columns] = c;
        names.add(name);
        return columns++;
    }

    int addRow(double l, double u, int[] vars, double[] coefs, String name) {
        rowVars.add(vars.clone());
        rowCoefs.add(coefs.clone());
        rowBounds.add(new double[] {l, u});
        rowNames.add(name);
        nonZeros += vars.length;
        return rowVars.size() - 1;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rowVars.size();
    }

    long nonZeros() {
        return nonZeros;
    }

    double lb(int j) {
        return lb[j];
    }

    double ub(int j) {
        return ub[j];
    }

    double cost(int j) {
        return cost[j];
    }

    String name(int j) {
        return names.get(j);
    }

    void setBounds(int j, double l, double u) {
        lb[j] = l;
        ub[j] = u;
    }

    void setCost(int j, double c) {
        cost[j] = c;
    }

    void clearCosts() {
        Arrays.fill(cost, 0, columns, 0);
    }

    int[] rowVars(int r) {
        return rowVars.get(r);
    }

    double[] rowCoefs(int r) {
        return rowCoefs.get(r);
    }

    double rowLb(int r) {
        return rowBounds.get(r)[0];
    }

    double rowUb(int r) {
        return rowBounds.get(r)[1];
    }

    String rowName(int r) {
        return rowNames.get(r);
    }

    void setRowBounds(int r, double l, double u) {
        rowBounds.get(r)[0] = l;
        rowBounds.get(r)[1] = u;
    }

    /** Reduced costs {@code c - A' duals} of every column: with the costs, or (phase one) with every cost 0. */
    double[] reducedCosts(double[] duals, boolean withCosts) {
        double[] d = withCosts ? Arrays.copyOf(cost, columns) : new double[columns];
        for (int r = 0; r < duals.length; r++) {
            double y = duals[r];
            if (y == 0) {
                continue;
            }
            int[] vars = rowVars.get(r);
            double[] coefs = rowCoefs.get(r);
            for (int k = 0; k < vars.length; k++) {
                d[vars[k]] -= y * coefs[k];
            }
        }
        return d;
    }

    /** Makes the column-wise copy current: anew after rows were added, by empty columns after columns alone were. */
    private void index() {
        if (indexedRows == rows()) {
            if (indexedColumns < columns) {
                colStart = Arrays.copyOf(colStart, columns);
                colEnd = Arrays.copyOf(colEnd, columns);
                for (int j = indexedColumns; j < columns; j++) {
                    colStart[j] = colRow.length;
                    colEnd[j] = colRow.length;
                }
                indexedColumns = columns;
            }
            return;
        }
        int[] start = new int[columns + 1];
        for (int[] vars : rowVars) {
            for (int j : vars) {
                start[j + 1]++;
            }
        }
        for (int j = 0; j < columns; j++) {
            start[j + 1] += start[j];
        }
        int[] end = Arrays.copyOf(start, columns);
        int[] rowOf = new int[start[columns]];
        double[] coefOf = new double[start[columns]];
        for (int r = 0; r < rowVars.size(); r++) {
            int[] vars = rowVars.get(r);
            double[] coefs = rowCoefs.get(r);
            for (int k = 0; k < vars.length; k++) {
                int j = vars[k];
                int p = end[j];
                if (p > start[j] && rowOf[p - 1] == r) {
                    coefOf[p - 1] += coefs[k];
                } else {
                    rowOf[p] = r;
                    coefOf[p] = coefs[k];
                    end[j] = p + 1;
                }
            }
        }
        colStart = Arrays.copyOf(start, columns);
        colEnd = end;
        colRow = rowOf;
        colCoef = coefOf;
        indexedRows = rows();
        indexedColumns = columns;
    }

    /** Column {@code j}'s rows, increasing, each once. */
    int[] columnRows(int j) {
        index();
        return Arrays.copyOfRange(colRow, colStart[j], colEnd[j]);
    }

    /** Column {@code j}'s coefficients, in the order of {@link #columnRows} (a variable repeated in a row: the sum). */
    double[] columnCoefs(int j) {
        index();
        return Arrays.copyOfRange(colCoef, colStart[j], colEnd[j]);
    }

    /**
     * Every row's constant part: the columns not in the working set ({@code inner[j] < 0}) at their values, the others
     * at their base; in time of the non-zeros of the columns whose part is not 0.
     */
    double[] constantActivities(int[] inner, double[] value, double[] base) {
        index();
        double[] sum = new double[rows()];
        for (int j = 0; j < columns; j++) {
            double v = inner[j] < 0 ? value[j] : base[j];
            if (v != 0) {
                for (int p = colStart[j]; p < colEnd[j]; p++) {
                    sum[colRow[p]] += colCoef[p] * v;
                }
            }
        }
        return sum;
    }

    /**
     * Row {@code r}'s constant part: the columns not in the working set ({@code inner[j] < 0}) at their values, the
     * others at their base.
     */
    double constantActivity(int r, int[] inner, double[] value, double[] base) {
        int[] vars = rowVars.get(r);
        double[] coefs = rowCoefs.get(r);
        double sum = 0;
        for (int k = 0; k < vars.length; k++) {
            int j = vars[k];
            double v = inner[j] < 0 ? value[j] : base[j];
            if (v != 0) {
                sum += coefs[k] * v;
            }
        }
        return sum;
    }
}

package org.fairshed.grid.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole linear program held in Java, rows as given (sparse, a variable possibly repeated): what {@link SiftingLpModel}
 * prices its left-out columns against. Grows only.
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

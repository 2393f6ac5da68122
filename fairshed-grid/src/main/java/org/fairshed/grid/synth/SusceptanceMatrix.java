package org.fairshed.grid.synth;

import java.util.Arrays;

import com.powsybl.math.matrix.LUDecomposition;
import com.powsybl.math.matrix.SparseMatrix;

/**
 * The DC power flow's B matrix (a weighted graph Laplacian) with the slack row and column replaced by the identity,
 * factorised once by PowSyBl's sparse LU (KLU) and solved for any number of injection vectors. Part of the rating
 * sizing aid. (EJML's core, also on the classpath, has sparse storage but no sparse solver.)
 */
final class SusceptanceMatrix {

    private SusceptanceMatrix() {
    }

    /**
     * Voltage angles (rad) for each injection vector in {@code injections} (p.u.; the slack entry is ignored), with
     * θ[slack] = 0, for branches (from[k], to[k]) of susceptance w[k] (0 = out of service).
     */
    static double[][] solve(int n, int slack, int[] from, int[] to, double[] w, double[][] injections) {
        int[] start = new int[n + 1];
        for (int k = 0; k < from.length; k++) {
            if (w[k] != 0 && from[k] != to[k]) {
                start[from[k] + 1]++;
                start[to[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i] + 1;
        }
        // one slot per column for the diagonal, then the off-diagonals of each column
        int[] fill = new int[n];
        int[] rows = new int[start[n]];
        double[] values = new double[start[n]];
        for (int j = 0; j < n; j++) {
            rows[start[j]] = j;
            fill[j] = start[j] + 1;
        }
        for (int k = 0; k < from.length; k++) {
            int i = from[k];
            int j = to[k];
            if (w[k] == 0 || i == j) {
                continue;
            }
            values[start[i]] += w[k];
            values[start[j]] += w[k];
            rows[fill[i]] = j;
            values[fill[i]++] = -w[k];
            rows[fill[j]] = i;
            values[fill[j]++] = -w[k];
        }
        int[] colStart = new int[n + 1];
        int[] rowIndex = new int[start[n]];
        double[] value = new double[start[n]];
        int nnz = 0;
        for (int j = 0; j < n; j++) {
            colStart[j] = nnz;
            if (j == slack) {
                rowIndex[nnz] = j;
                value[nnz++] = 1.0;
                continue;
            }
            nnz = appendColumn(rows, values, start[j], start[j + 1], slack, rowIndex, value, nnz);
        }
        colStart[n] = nnz;
        SparseMatrix b = new SparseMatrix(n, n, colStart, Arrays.copyOf(rowIndex, nnz), Arrays.copyOf(value, nnz));
        double[][] theta = new double[injections.length][];
        try (LUDecomposition lu = b.decomposeLU()) {
            for (int s = 0; s < injections.length; s++) {
                theta[s] = injections[s].clone();
                theta[s][slack] = 0.0;
                lu.solve(theta[s]);
            }
        }
        return theta;
    }

    /** Copies one column's entries sorted by row, merging parallel branches and leaving out the slack row. */
    private static int appendColumn(int[] rows, double[] values, int from, int to, int slack, int[] rowIndex,
                                    double[] value, int nnz) {
        long[] keyed = new long[to - from];
        for (int e = from; e < to; e++) {
            keyed[e - from] = ((long) rows[e] << 32) | (e - from);
        }
        Arrays.sort(keyed);
        int first = nnz;
        for (long key : keyed) {
            int row = (int) (key >>> 32);
            double v = values[from + (int) (key & 0xFFFFFFFFL)];
            if (row == slack) {
                continue;
            }
            if (nnz > first && rowIndex[nnz - 1] == row) {
                value[nnz - 1] += v;
            } else {
                rowIndex[nnz] = row;
                value[nnz++] = v;
            }
        }
        return nnz;
    }
}

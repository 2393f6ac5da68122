package org.fairshed.grid.synth;

/**
 * Jacobi-preconditioned conjugate gradients for a weighted graph Laplacian grounded at one node (the DC power flow's
 * B matrix with the slack row and column removed). Part of the rating sizing aid.
 */
final class ConjugateGradient {

    private ConjugateGradient() {
    }

    /**
     * Solves B θ = p with θ[ground] = 0, where B is the Laplacian of edges (from[k], to[k]) with weights w[k].
     *
     * @throws IllegalStateException when CG does not converge (e.g. the network is not connected)
     */
    static double[] solveGroundedLaplacian(int n, int ground, int[] from, int[] to, double[] w, double[] p,
                                           double relativeTolerance) {
        int[] rowStart = new int[n + 1];
        for (int k = 0; k < from.length; k++) {
            if (w[k] != 0 && from[k] != to[k]) {
                rowStart[from[k] + 1]++;
                rowStart[to[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = rowStart.clone();
        int[] col = new int[rowStart[n]];
        double[] val = new double[rowStart[n]];
        double[] diag = new double[n];
        for (int k = 0; k < from.length; k++) {
            int i = from[k];
            int j = to[k];
            if (w[k] == 0 || i == j) {
                continue;
            }
            diag[i] += w[k];
            diag[j] += w[k];
            col[fill[i]] = j;
            val[fill[i]++] = -w[k];
            col[fill[j]] = i;
            val[fill[j]++] = -w[k];
        }
        diag[ground] = 1.0;
        double[] x = new double[n];
        double[] r = p.clone();
        r[ground] = 0;
        double[] z = new double[n];
        double[] d = new double[n];
        double[] q = new double[n];
        double rz = 0;
        double norm0 = 0;
        for (int i = 0; i < n; i++) {
            z[i] = r[i] / diag[i];
            d[i] = z[i];
            rz += r[i] * z[i];
            norm0 += r[i] * r[i];
        }
        double tolerance = relativeTolerance * relativeTolerance * Math.max(norm0, 1e-30);
        int maxIterations = 10 * n + 100;
        for (int it = 0; it < maxIterations; it++) {
            double dq = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                if (i != ground) {
                    s = diag[i] * d[i];
                    for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                        if (col[e] != ground) {
                            s += val[e] * d[col[e]];
                        }
                    }
                } else {
                    s = d[i];
                }
                q[i] = s;
                dq += d[i] * s;
            }
            double alpha = rz / dq;
            double rr = 0;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * d[i];
                r[i] -= alpha * q[i];
                rr += r[i] * r[i];
            }
            if (rr <= tolerance) {
                return x;
            }
            double rzNew = 0;
            for (int i = 0; i < n; i++) {
                z[i] = r[i] / diag[i];
                rzNew += r[i] * z[i];
            }
            double beta = rzNew / rz;
            rz = rzNew;
            for (int i = 0; i < n; i++) {
                d[i] = z[i] + beta * d[i];
            }
        }
        throw new IllegalStateException("DC sizing flow did not converge in " + maxIterations
                + " conjugate-gradient iterations; is the network connected?");
    }
}

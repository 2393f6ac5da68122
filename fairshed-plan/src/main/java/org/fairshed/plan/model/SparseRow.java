package org.fairshed.plan.model;

/** A sparse vector over bus indices: the non-negligible entries of a dense row. */
record SparseRow(int[] index, double[] value) {

    static SparseRow of(double[] dense, double epsilon) {
        int n = 0;
        for (double v : dense) {
            if (Math.abs(v) > epsilon) {
                n++;
            }
        }
        int[] idx = new int[n];
        double[] val = new double[n];
        int j = 0;
        for (int i = 0; i < dense.length; i++) {
            if (Math.abs(dense[i]) > epsilon) {
                idx[j] = i;
                val[j++] = dense[i];
            }
        }
        return new SparseRow(idx, val);
    }

    double dot(double[] x) {
        double s = 0;
        for (int j = 0; j < index.length; j++) {
            s += value[j] * x[index[j]];
        }
        return s;
    }
}

package org.fairshed.plan.model;

/** A sparse vector over bus indices: the non-negligible entries of a dense row. */
record SparseRow(int[] index, double[] value) {

    /**
     * The entries of {@code dense} that matter: the smallest contributions {@code |v_i| * reach_i} are dropped as long as
     * their sum stays within {@code budget}, so a row evaluated on any injections within {@code reach} differs from the
     * dense one by at most {@code budget}.
     */
    static SparseRow within(double[] dense, double[] reach, double budget) {
        int n = dense.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> Math.abs(dense[i]) * reach[i]));
        boolean[] dropped = new boolean[n];
        double spent = 0;
        for (int i : order) {
            double c = Math.abs(dense[i]) * reach[i];
            if (dense[i] != 0 && spent + c > budget) {
                break;
            }
            spent += c;
            dropped[i] = true;
        }
        double[] kept = dense.clone();
        for (int i = 0; i < n; i++) {
            if (dropped[i]) {
                kept[i] = 0;
            }
        }
        return of(kept, 0);
    }

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

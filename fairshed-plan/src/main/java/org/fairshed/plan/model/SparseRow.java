package org.fairshed.plan.model;

import org.fairshed.grid.dc.ErrorBudget;

/** A sparse vector over bus indices: the non-negligible entries of a dense row. */
record SparseRow(int[] index, double[] value) {

    /**
     * The entries of {@code dense} that matter: the smallest contributions {@code |v_i| * reach_i} are dropped as long as
     * their sum stays within {@code budget} (the DC OPF's rule, {@link ErrorBudget}), so a row evaluated on any
     * injections within {@code reach} differs from the dense one by at most {@code budget}.
     */
    static SparseRow within(double[] dense, double[] reach, double budget) {
        int n = dense.length;
        double[] contribution = new double[n];
        for (int i = 0; i < n; i++) {
            contribution[i] = Math.abs(dense[i]) * reach[i];
        }
        double threshold = ErrorBudget.keepFrom(contribution, budget);
        double[] kept = new double[n];
        for (int i = 0; i < n; i++) {
            kept[i] = contribution[i] >= threshold ? dense[i] : 0;
        }
        return of(kept);
    }

    /** The non-zero entries of {@code dense}. */
    static SparseRow of(double[] dense) {
        int n = 0;
        for (double v : dense) {
            if (v != 0) {
                n++;
            }
        }
        int[] idx = new int[n];
        double[] val = new double[n];
        int j = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                idx[j] = i;
                val[j++] = dense[i];
            }
        }
        return new SparseRow(idx, val);
    }
}

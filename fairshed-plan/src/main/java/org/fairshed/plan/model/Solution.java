package org.fairshed.plan.model;

/**
 * Values of a solved {@link SheddingModel}, by local slot.
 *
 * @param genMw      [s][generator row - 1]
 * @param shedCMw    [s][bus index] critical shed decided by the LP
 * @param shedNMw    [s][bus index] non-critical shed decided by the LP
 * @param curtailMw  [s][bus index] embedded generation (negative load) disconnected
 * @param imbalanceMw [s] sum of balance slacks (unserved + spilled fixed injections)
 */
record Solution(double[][] genMw, double[][] shedCMw, double[][] shedNMw, double[][] curtailMw, double[] imbalanceMw) {

    /** Values below this (MW) are solver round-off of 0. */
    static final double ROUND_OFF_MW = 1e-9;

    static Solution read(SheddingModel m) {
        int n = m.slots.length;
        double[][] gen = new double[n][];
        double[][] sc = new double[n][];
        double[][] sn = new double[n][];
        double[][] cu = new double[n][];
        double[] imbalance = new double[n];
        for (int s = 0; s < n; s++) {
            gen[s] = values(m, m.pgVar[s]);
            sc[s] = values(m, m.shedCVar[s]);
            sn[s] = values(m, m.shedNVar[s]);
            cu[s] = values(m, m.curtailVar[s]);
            for (int k = 0; k < m.unservedVar[s].length; k++) {
                if (m.unservedVar[s][k] >= 0) {
                    imbalance[s] += m.lp.value(m.unservedVar[s][k]) + m.lp.value(m.spilledVar[s][k]);
                }
            }
        }
        return new Solution(gen, sc, sn, cu, imbalance);
    }

    private static double[] values(SheddingModel m, int[] vars) {
        double[] v = new double[vars.length];
        for (int i = 0; i < vars.length; i++) {
            // clear solver round-off (values within 1e-9 MW of 0, either side) so reported MW are never negative and a
            // region that sheds nothing shows exactly 0
            double x = vars[i] >= 0 ? m.lp.value(vars[i]) : 0.0;
            v[i] = x < ROUND_OFF_MW ? 0.0 : x;
        }
        return v;
    }

    /** Load served at each bus in local slot s: Pd minus everything shed; a negative Pd less what was curtailed. */
    double[] servedMw(SheddingModel m, int s) {
        double[] pd = m.input.busLoadMw()[m.slots[s]];
        double[] served = new double[pd.length];
        for (int b = 0; b < pd.length; b++) {
            served[b] = pd[b] - shedCMw[s][b] - shedNMw[s][b] - m.deadShedMw[s][b] + curtailMw[s][b];
        }
        return served;
    }
}

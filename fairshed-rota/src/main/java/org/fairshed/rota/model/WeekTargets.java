package org.fairshed.rota.model;

/** Today's half-hours off per group that bring the rolling week to a common level. */
public final class WeekTargets {

    /** Bisection steps on the level: far below a half-hour on any ledger. */
    private static final int BISECTIONS = 60;

    private WeekTargets() {
    }

    /** Water-filling: today's half-hours per group so that ledger + today is as level as {@code needed} allows. */
    public static double[] level(long[] ledger, long needed) {
        double lo = Long.MAX_VALUE;
        double hi = 0;
        for (long l : ledger) {
            lo = Math.min(lo, l);
            hi = Math.max(hi, l + needed);
        }
        for (int it = 0; it < BISECTIONS; it++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (long l : ledger) {
                sum += Math.max(0, mid - l);
            }
            if (sum < needed) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] t = new double[ledger.length];
        for (int g = 0; g < t.length; g++) {
            t[g] = Math.max(0, hi - ledger[g]);
        }
        return t;
    }
}

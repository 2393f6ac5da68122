package org.fairshed.rota.model;

import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;

/**
 * A region-day in whole kW, as the optimizers see it: group loads rounded down and quotas rounded up, so a cover in kW
 * is a cover in MW; plus each half-hour's over-shed window (see {@link OverShedWindows}).
 *
 * @param loadKw   [group][half-hour]
 * @param quotaKw  [half-hour], at most the groups' total
 * @param windowKw [half-hour] the most kW the objectives after over-shed may switch off
 */
public record RotaKw(long[][] loadKw, long[] quotaKw, long[] windowKw) {

    public static final double KW_PER_MW = 1000;
    /** Round-off allowed when converting MW to kW before rounding down/up. */
    private static final double ROUNDING_EPSILON = 1e-6;

    public static RotaKw of(RotaProblem p, RotaParameters params) {
        int groups = p.groupCount();
        long[][] loadKw = new long[groups][HalfHours.PER_DAY];
        long[] quotaKw = new long[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            long total = 0;
            for (int g = 0; g < groups; g++) {
                loadKw[g][h] = (long) Math.floor(p.loadAt(g, h) * KW_PER_MW + ROUNDING_EPSILON);
                total += loadKw[g][h];
            }
            quotaKw[h] = Math.min(total, (long) Math.ceil(p.quotaAt(h) * KW_PER_MW - ROUNDING_EPSILON));
        }
        return new RotaKw(loadKw, quotaKw, OverShedWindows.of(loadKw, quotaKw, params.overShedBudget()));
    }
}

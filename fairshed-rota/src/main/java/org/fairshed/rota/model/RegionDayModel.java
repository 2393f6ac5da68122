package org.fairshed.rota.model;

import java.util.List;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;

/**
 * One region-day in whole kW and half-hours: the one view that every optimizing step reads (the sweep, its level
 * repair and possible layer, the CP-SAT model). Group loads are rounded down and quotas up, so a cover in kW is a
 * cover in MW; each half-hour's over-shed window comes from {@link OverShedWindows}. The arrays are never written
 * after construction (accessors return them as they are, for speed: callers must not modify them).
 *
 * @param groups   group names, in published order
 * @param loadKw   [group][half-hour]
 * @param quotaKw  [half-hour], at most the groups' total
 * @param windowKw [half-hour] the most kW the objectives after over-shed may switch off, or null for no window
 * @param ledger   half-hours off per group over the previous days of the rolling week
 * @param tail     [group][k] the day before's last half-hours (oldest first; may be empty), true = off
 * @param maxOff   longest outage, half-hours
 * @param minOn    shortest time back on between two outages, half-hours
 * @param previous [group][half-hour] the published schedule on a re-plan, else null
 * @param frozen   half-hours 0 … frozen − 1 keep {@code previous} (0 without one)
 */
public record RegionDayModel(List<String> groups, long[][] loadKw, long[] quotaKw, long[] windowKw, long[] ledger,
                             boolean[][] tail, int maxOff, int minOn, boolean[][] previous, int frozen) {

    public static final double KW_PER_MW = 1000;
    /** Round-off allowed when converting MW to kW before rounding down/up. */
    private static final double ROUNDING_EPSILON = 1e-6;

    public RegionDayModel {
        groups = List.copyOf(groups);
        int n = groups.size();
        if (loadKw.length != n || ledger.length != n || tail.length != n || previous != null && previous.length != n) {
            throw new IllegalArgumentException("a region-day model needs one row per group (" + n + ")");
        }
        if (frozen < 0 || frozen > quotaKw.length || frozen > 0 && previous == null) {
            throw new IllegalArgumentException("frozen must be in [0, " + quotaKw.length + "] with a previous schedule, got "
                    + frozen);
        }
    }

    /** The model of a problem: loads and quotas in kW, the windows of the parameters' budget, the ledger in half-hours. */
    public static RegionDayModel of(RotaProblem p, RotaParameters params) {
        int n = p.groupCount();
        long[][] loadKw = new long[n][HalfHours.PER_DAY];
        long[] quotaKw = new long[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            long total = 0;
            for (int g = 0; g < n; g++) {
                loadKw[g][h] = (long) Math.floor(p.loadAt(g, h) * KW_PER_MW + ROUNDING_EPSILON);
                total += loadKw[g][h];
            }
            quotaKw[h] = Math.min(total, (long) Math.ceil(p.quotaAt(h) * KW_PER_MW - ROUNDING_EPSILON));
        }
        long[] ledger = new long[n];
        double[] hours = p.ledgerHours();
        for (int g = 0; g < n; g++) {
            ledger[g] = Math.round(hours[g] / HalfHours.HOURS);
        }
        return new RegionDayModel(p.groups(), loadKw, quotaKw, OverShedWindows.of(loadKw, quotaKw, params.overShedBudget()),
                ledger, p.tail(), params.maxOffHalfHours(), params.minOnHalfHours(), p.previousOff(), p.frozenHalfHours());
    }

    /** A model without names (tests and tools): groups {@code g1 … gn}. */
    public static RegionDayModel unnamed(long[][] loadKw, long[] quotaKw, long[] windowKw, long[] ledger,
                                         boolean[][] tail, int maxOff, int minOn, boolean[][] previous, int frozen) {
        String[] names = new String[loadKw.length];
        for (int g = 0; g < names.length; g++) {
            names[g] = "g" + (g + 1);
        }
        return new RegionDayModel(List.of(names), loadKw, quotaKw, windowKw, ledger, tail, maxOff, minOn, previous,
                frozen);
    }

    /** The same day with other quotas and windows and {@code previous} as the published schedule (same frozen part). */
    public RegionDayModel withQuota(long[] quota, long[] window, boolean[][] published) {
        return new RegionDayModel(groups, loadKw, quota, window, ledger, tail, maxOff, minOn, published, frozen);
    }

    public int groupCount() {
        return groups.size();
    }

    public int halfHours() {
        return quotaKw.length;
    }

    /** Σ of the groups' load in half-hour h (kW). */
    public long totalLoadKw(int h) {
        long sum = 0;
        for (long[] row : loadKw) {
            sum += row[h];
        }
        return sum;
    }

    /** kW switched off in half-hour h by {@code off}. */
    public long shedKw(boolean[][] off, int h) {
        long shed = 0;
        for (int g = 0; g < loadKw.length; g++) {
            shed += off[g][h] ? loadKw[g][h] : 0;
        }
        return shed;
    }
}

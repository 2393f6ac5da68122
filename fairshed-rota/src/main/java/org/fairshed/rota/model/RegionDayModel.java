package org.fairshed.rota.model;

import java.util.List;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;

/**
 * One region-day in whole units of power and half-hours: the one view that every optimizing step reads (the sweep, its
 * level repair and possible layer, the CP-SAT model, the priority path). Group loads are rounded down and quotas up, so
 * a cover in units is a cover in MW; each half-hour's over-shed window comes from {@link OverShedWindows}. The unit is
 * a kW ({@link #KW_PER_MW}) for every method but the priority path of regions with many small groups, which works in
 * watts ({@link #W_PER_MW}): rounding each of 2,000 building loads down to a kW would over-shed up to 2 MW a half-hour
 * that no one asked for. The arrays are never written after construction (accessors return them as they are, for
 * speed: callers must not modify them).
 *
 * @param groups     group names, in published order
 * @param load       [group][half-hour], in units
 * @param quota      [half-hour], in units, at most the groups' total
 * @param window     [half-hour] the most units the objectives after over-shed may switch off, or null for no window
 * @param ledger     half-hours off per group over the previous days of the rolling week
 * @param tail       [group][k] the day before's last half-hours (oldest first; may be empty), true = off
 * @param maxOff     longest outage, half-hours
 * @param minOn      shortest time back on between two outages, half-hours
 * @param previous   [group][half-hour] the published schedule on a re-plan, else null
 * @param frozen     half-hours 0 … frozen − 1 keep {@code previous} (0 without one)
 * @param unitsPerMw the unit of {@code load}, {@code quota} and {@code window}: {@link #KW_PER_MW} or {@link #W_PER_MW}
 */
public record RegionDayModel(List<String> groups, long[][] load, long[] quota, long[] window, long[] ledger,
                             boolean[][] tail, int maxOff, int minOn, boolean[][] previous, int frozen, double unitsPerMw) {

    public static final double KW_PER_MW = 1000;
    public static final double W_PER_MW = 1_000_000;
    /** Round-off allowed (in units) when converting MW before rounding down/up. */
    private static final double ROUNDING_EPSILON = 1e-6;

    public RegionDayModel {
        groups = List.copyOf(groups);
        int n = groups.size();
        if (load.length != n || ledger.length != n || tail.length != n || previous != null && previous.length != n) {
            throw new IllegalArgumentException("a region-day model needs one row per group (" + n + ")");
        }
        if (frozen < 0 || frozen > quota.length || frozen > 0 && previous == null) {
            throw new IllegalArgumentException("frozen must be in [0, " + quota.length + "] with a previous schedule, got "
                    + frozen);
        }
        if (unitsPerMw != KW_PER_MW && unitsPerMw != W_PER_MW) {
            throw new IllegalArgumentException("a region-day model works in kW or W, got " + unitsPerMw + " per MW");
        }
    }

    /** The model of a problem in kW: the windows of the parameters' budget, the ledger in half-hours. */
    public static RegionDayModel of(RotaProblem p, RotaParameters params) {
        return of(p, params, KW_PER_MW);
    }

    /** The model of a problem in the given unit ({@link #KW_PER_MW} or {@link #W_PER_MW}). */
    public static RegionDayModel of(RotaProblem p, RotaParameters params, double unitsPerMw) {
        int n = p.groupCount();
        long[][] load = new long[n][HalfHours.PER_DAY];
        long[] quota = new long[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            long total = 0;
            for (int g = 0; g < n; g++) {
                load[g][h] = (long) Math.floor(p.loadAt(g, h) * unitsPerMw + ROUNDING_EPSILON);
                total += load[g][h];
            }
            quota[h] = Math.min(total, (long) Math.ceil(p.quotaAt(h) * unitsPerMw - ROUNDING_EPSILON));
        }
        long[] ledger = new long[n];
        double[] hours = p.ledgerHours();
        for (int g = 0; g < n; g++) {
            ledger[g] = Math.round(hours[g] / HalfHours.HOURS);
        }
        return new RegionDayModel(p.groups(), load, quota, OverShedWindows.of(load, quota, params.overShedBudget()),
                ledger, p.tail(), params.maxOffHalfHours(), params.minOnHalfHours(), p.previousOff(), p.frozenHalfHours(),
                unitsPerMw);
    }

    /** A model in kW without names (tests and tools): groups {@code g1 … gn}. */
    public static RegionDayModel unnamed(long[][] loadKw, long[] quotaKw, long[] windowKw, long[] ledger,
                                         boolean[][] tail, int maxOff, int minOn, boolean[][] previous, int frozen) {
        String[] names = new String[loadKw.length];
        for (int g = 0; g < names.length; g++) {
            names[g] = "g" + (g + 1);
        }
        return new RegionDayModel(List.of(names), loadKw, quotaKw, windowKw, ledger, tail, maxOff, minOn, previous,
                frozen, KW_PER_MW);
    }

    /** The same day with other quotas and windows and {@code previous} as the published schedule (same frozen part). */
    public RegionDayModel withQuota(long[] quota, long[] window, boolean[][] published) {
        return new RegionDayModel(groups, load, quota, window, ledger, tail, maxOff, minOn, published, frozen, unitsPerMw);
    }

    public int groupCount() {
        return groups.size();
    }

    public int halfHours() {
        return quota.length;
    }

    /** Σ of the groups' load in half-hour h (units). */
    public long totalLoad(int h) {
        long sum = 0;
        for (long[] row : load) {
            sum += row[h];
        }
        return sum;
    }

    /** Units switched off in half-hour h by {@code off}. */
    public long shed(boolean[][] off, int h) {
        long shed = 0;
        for (int g = 0; g < load.length; g++) {
            shed += off[g][h] ? load[g][h] : 0;
        }
        return shed;
    }
}

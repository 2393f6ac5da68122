package org.fairshed.rota.priority;

import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.OverShedWindows;
import org.fairshed.rota.model.RegionDayModel;

/**
 * The rota of regions with many small groups (buildings or feeders, as in Kyiv's per-building schedules since January
 * 2026): the {@link PrioritySweep priority sweep} then its {@link BlockRepair repair}, in time linear in the groups per
 * half-hour (a sort), where the subset sweep built around 12 groups scores 2<sup>n</sup> sets and its level repair
 * tries every pair of groups. The possible layer is the same path on the grown quota with the definite schedule as the
 * published one.
 */
public final class PriorityRota {

    private PriorityRota() {
    }

    /** The definite schedule of {@code day}, [group][half-hour]: the sweep, the block repair, the tightening. */
    public static boolean[][] definite(RegionDayModel day) {
        boolean[][] off = PrioritySweep.schedule(day);
        CellState state = new CellState(day, off);
        BlockRepair.repair(state);
        OverShedTighten.tighten(state);
        return off;
    }

    /**
     * Where a group would also be off if every quota grew by {@code possibleStepGroups} group-equivalents: the same path
     * on the grown quota, keeping the definite schedule as a published one; no marks in frozen half-hours.
     */
    public static boolean[][] possible(RegionDayModel in, boolean[][] off, RotaParameters params) {
        int n = off.length;
        int days = in.halfHours();
        long[] grown = new long[days];
        for (int h = 0; h < days; h++) {
            long total = in.totalLoad(h);
            grown[h] = in.quota()[h] <= 0 ? 0
                    : Math.min(total, in.quota()[h] + (long) Math.ceil(params.possibleStepGroups() * total / n));
        }
        long[] window = OverShedWindows.of(in.load(), grown, params.overShedBudget());
        boolean[][] more = PrioritySweep.schedule(in.withQuota(grown, window, off));
        boolean[][] possible = new boolean[n][days];
        for (int g = 0; g < n; g++) {
            for (int h = in.frozen(); h < days; h++) {
                possible[g][h] = more[g][h] && !off[g][h];
            }
        }
        return possible;
    }
}

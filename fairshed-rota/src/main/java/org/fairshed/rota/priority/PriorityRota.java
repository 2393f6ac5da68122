package org.fairshed.rota.priority;

import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.PossibleLayer;
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
        return PossibleLayer.marks(in, off, PrioritySweep.schedule(PossibleLayer.grown(in, off, params)));
    }
}

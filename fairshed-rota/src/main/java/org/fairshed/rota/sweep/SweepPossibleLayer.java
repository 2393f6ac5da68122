package org.fairshed.rota.sweep;

import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.PossibleLayer;
import org.fairshed.rota.model.RegionDayModel;

/**
 * The sweep's "possible" layer: the same sweep run again with every quota grown by {@code possibleStepGroups}
 * group-equivalents (the region's load / number of groups) and the definite schedule as the published one.
 */
final class SweepPossibleLayer {

    private SweepPossibleLayer() {
    }

    /**
     * The optimal rota's layer: the same sweep run again with every quota grown by {@code possibleStepGroups}
     * group-equivalents and the definite schedule as the published one (so it keeps it and adds what the larger
     * deficit needs, in blocks like the definite outages); a group is "possible" where that schedule has it off and
     * the definite one does not. Frozen half-hours of a re-plan (the past and the next hour) get no possible marks.
     */
    static boolean[][] bySweep(RegionDayModel in, boolean[][] off, RotaParameters params) {
        return PossibleLayer.marks(in, off, SweepSearch.schedule(PossibleLayer.grown(in, off, params)));
    }
}

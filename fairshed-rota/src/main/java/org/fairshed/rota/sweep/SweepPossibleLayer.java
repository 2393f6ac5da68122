package org.fairshed.rota.sweep;

import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.OverShedWindows;
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
        int n = off.length;
        int days = in.quota().length;
        long[] grown = new long[days];
        for (int h = 0; h < days; h++) {
            long total = 0;
            for (long[] row : in.load()) {
                total += row[h];
            }
            grown[h] = in.quota()[h] <= 0 ? 0
                    : Math.min(total, in.quota()[h] + (long) Math.ceil(params.possibleStepGroups() * total / n));
        }
        long[] window = OverShedWindows.of(in.load(), grown, params.overShedBudget());
        boolean[][] more = SweepSearch.schedule(in.withQuota(grown, window, off));
        boolean[][] possible = new boolean[n][days];
        for (int g = 0; g < n; g++) {
            for (int h = in.frozen(); h < days; h++) {
                possible[g][h] = more[g][h] && !off[g][h];
            }
        }
        return possible;
    }
}

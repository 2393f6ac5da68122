package org.fairshed.rota.model;

import org.fairshed.rota.RotaParameters;

/**
 * What the possible layer of every optimizing path shares: the region-day with every quota grown by
 * {@code possibleStepGroups} group-equivalents (at most all the load; its own over-shed windows) and the definite
 * schedule as the published one, and the marks where the schedule of that day has a group off and the definite one
 * does not (none in frozen half-hours).
 */
public final class PossibleLayer {

    private PossibleLayer() {
    }

    /** The grown day the possible layer is scheduled on, with {@code off} as its published schedule. */
    public static RegionDayModel grown(RegionDayModel in, boolean[][] off, RotaParameters params) {
        int n = off.length;
        int days = in.halfHours();
        long[] grown = new long[days];
        for (int h = 0; h < days; h++) {
            long total = in.totalLoad(h);
            grown[h] = in.quota()[h] <= 0 ? 0
                    : Math.min(total, in.quota()[h] + (long) Math.ceil(params.possibleStepGroups() * total / n));
        }
        long[] window = OverShedWindows.of(in.load(), grown, params.overShedBudget());
        return in.withQuota(grown, window, off);
    }

    /** Where {@code more} (the grown day's schedule) has a group off and {@code off} does not, from the first unfrozen half-hour. */
    public static boolean[][] marks(RegionDayModel in, boolean[][] off, boolean[][] more) {
        int n = off.length;
        int days = in.halfHours();
        boolean[][] possible = new boolean[n][days];
        for (int g = 0; g < n; g++) {
            for (int h = in.frozen(); h < days; h++) {
                possible[g][h] = more[g][h] && !off[g][h];
            }
        }
        return possible;
    }
}

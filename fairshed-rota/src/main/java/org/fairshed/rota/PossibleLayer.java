package org.fairshed.rota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The "possible" layer. For the baselines ({@link #of}) by a cheap rule, not a re-solve: in every half-hour with a quota, the quota is grown by
 * {@code possibleStepGroups} group-equivalents (the region's load / number of groups) and groups that are on are added,
 * fewest hours off first (ledger + today; ties in published order), until the grown quota is covered. Those groups are
 * "possible" in that half-hour. Half-hours without a quota get no possible outages.
 */
final class PossibleLayer {

    private PossibleLayer() {
    }

    /**
     * The optimal rota's layer: the same sweep run again with every quota grown by {@code possibleStepGroups}
     * group-equivalents and the definite schedule as the published one (so it keeps it and adds what the larger
     * deficit needs, in blocks like the definite outages); a group is "possible" where that schedule has it off and
     * the definite one does not. Frozen half-hours of a re-plan (the past and the next hour) get no possible marks.
     */
    static boolean[][] bySweep(SweepRota.Input in, boolean[][] off, RotaParameters params) {
        int n = off.length;
        int days = in.quotaKw().length;
        long[] grown = new long[days];
        for (int h = 0; h < days; h++) {
            long total = 0;
            for (long[] row : in.loadKw()) {
                total += row[h];
            }
            grown[h] = in.quotaKw()[h] <= 0 ? 0
                    : Math.min(total, in.quotaKw()[h] + (long) Math.ceil(params.possibleStepGroups() * total / n));
        }
        long[] window = OverShedWindows.of(in.loadKw(), grown, params.overShedBudget());
        boolean[][] more = SweepRota.schedule(new SweepRota.Input(in.loadKw(), grown, window, in.ledger(), in.tailOff(),
                in.maxOff(), in.minOn(), off, in.frozen()));
        boolean[][] possible = new boolean[n][days];
        for (int g = 0; g < n; g++) {
            for (int h = in.frozen(); h < days; h++) {
                possible[g][h] = more[g][h] && !off[g][h];
            }
        }
        return possible;
    }

    static boolean[][] of(RotaProblem p, boolean[][] off, RotaParameters params) {
        int n = p.groupCount();
        boolean[][] possible = new boolean[n][HalfHours.PER_DAY];
        double[] burden = new double[n];
        for (int g = 0; g < n; g++) {
            burden[g] = p.ledgerHours()[g];
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                burden[g] += off[g][h] ? HalfHours.HOURS : 0;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            order.add(g);
        }
        order.sort(Comparator.<Integer>comparingDouble(g -> burden[g]).thenComparingInt(g -> g));
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (p.quotaAt(h) <= RotaParameters.COVER_TOLERANCE_MW) {
                continue;
            }
            double target = p.quotaAt(h) + params.possibleStepGroups() * p.groupEquivalentAt(h);
            double shed = 0;
            for (int g = 0; g < n; g++) {
                shed += off[g][h] ? p.loadAt(g, h) : 0;
            }
            for (int g : order) {
                if (shed >= target - RotaParameters.COVER_TOLERANCE_MW) {
                    break;
                }
                if (!off[g][h]) {
                    possible[g][h] = true;
                    shed += p.loadAt(g, h);
                }
            }
        }
        return possible;
    }
}

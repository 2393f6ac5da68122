package org.fairshed.rota.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;

/**
 * The baselines' "possible" layer, by a cheap rule, not a re-solve: in every half-hour with a quota, the quota is grown
 * by {@code possibleStepGroups} group-equivalents (the region's load / number of groups) and groups that are on are
 * added, fewest hours off first (ledger + today; ties in published order), until the grown quota is covered. Those
 * groups are "possible" in that half-hour. Half-hours without a quota get no possible outages.
 */
final class BaselinePossibleLayer {

    private BaselinePossibleLayer() {
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

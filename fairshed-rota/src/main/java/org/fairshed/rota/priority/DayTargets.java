package org.fairshed.rota.priority;

import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.WeekTargets;

/**
 * Today's whole half-hours off per group that level the rolling week: the day needs about Σ quota / group-equivalent
 * group-half-hours (the frozen half-hours as published), water-filled over the ledger ({@link WeekTargets}) and
 * rounded so that they add up to that need: every group gets the floor of its share, and the largest remainders
 * (ties: published order) one more.
 */
final class DayTargets {

    private DayTargets() {
    }

    static int[] of(RegionDayModel in) {
        int n = in.groupCount();
        double needed = 0;
        for (int h = 0; h < in.halfHours(); h++) {
            if (h < in.frozen()) {
                for (int g = 0; g < n; g++) {
                    needed += in.previous()[g][h] ? 1 : 0;
                }
            } else if (in.quota()[h] > 0) {
                needed += in.quota()[h] / Math.max(1.0, (double) in.totalLoad(h) / n);
            }
        }
        long total = Math.round(Math.ceil(needed));
        double[] level = WeekTargets.level(in.ledger(), total);
        int[] target = new int[n];
        long sum = 0;
        for (int g = 0; g < n; g++) {
            target[g] = (int) Math.min(in.halfHours(), Math.floor(level[g] + 1e-9));
            sum += target[g];
        }
        Integer[] byRemainder = new Integer[n];
        for (int g = 0; g < n; g++) {
            byRemainder[g] = g;
        }
        java.util.Arrays.sort(byRemainder, (a, b) -> {
            int c = Double.compare(level[b] - target[b], level[a] - target[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n && sum < total; i++) {
            int g = byRemainder[i];
            if (target[g] < in.halfHours()) {
                target[g]++;
                sum++;
            }
        }
        return target;
    }
}

package org.fairshed.rota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fast, fair starting point for the CP-SAT rota (its hint): half-hour by half-hour, the groups with the fewest
 * half-hours off over the rolling week go first, groups already off before others (fewer switchings), within the
 * outage-length and rest rules and the over-shed window, until the quota is covered; groups not needed for the cover
 * are then put back on. When the rules leave no cover, the rules give way (CP-SAT then repairs the hint).
 */
final class FairGreedy {

    private FairGreedy() {
    }

    /**
     * @param loadKw    [group][half-hour]
     * @param quotaKw   [half-hour]
     * @param windowKw  [half-hour] most kW to switch off, or null
     * @param ledger    half-hours off per group over the previous days
     * @param tailOff   [group][k] the day before's last half-hours (index pad - 1 is the half-hour before midnight)
     * @param fixed     [group][half-hour] the published state of frozen half-hours, or null; frozen half-hours < frozen
     */
    static boolean[][] schedule(long[][] loadKw, long[] quotaKw, long[] windowKw, long[] ledger, boolean[][] tailOff,
                                int maxOff, int minOn, boolean[][] fixed, int frozen) {
        int groups = loadKw.length;
        int days = quotaKw.length;
        boolean[][] off = new boolean[groups][days];
        int[] run = new int[groups];
        int[] rest = new int[groups];
        long[] total = ledger.clone();
        for (int g = 0; g < groups; g++) {
            boolean[] tail = tailOff[g];
            int k = tail.length - 1;
            while (k >= 0 && tail[k]) {
                run[g]++;
                k--;
            }
            rest[g] = run[g] > 0 ? 0 : Integer.MAX_VALUE / 2;
            if (run[g] == 0) {
                int r = 0;
                k = tail.length - 1;
                while (k >= 0 && !tail[k]) {
                    r++;
                    k--;
                }
                rest[g] = k < 0 ? Integer.MAX_VALUE / 2 : r;
            }
        }
        for (int h = 0; h < days; h++) {
            boolean[] now = new boolean[groups];
            if (h < frozen && fixed != null) {
                for (int g = 0; g < groups; g++) {
                    now[g] = fixed[g][h];
                }
            } else {
                choose(h, loadKw, quotaKw, windowKw, total, run, rest, maxOff, minOn, now);
            }
            for (int g = 0; g < groups; g++) {
                off[g][h] = now[g];
                if (now[g]) {
                    run[g]++;
                    rest[g] = 0;
                    total[g]++;
                } else {
                    rest[g] = run[g] > 0 ? 1 : rest[g] + 1;
                    run[g] = 0;
                }
            }
        }
        return off;
    }

    private static void choose(int h, long[][] loadKw, long[] quotaKw, long[] windowKw, long[] total, int[] run, int[] rest,
                               int maxOff, int minOn, boolean[] now) {
        int groups = loadKw.length;
        if (quotaKw[h] <= 0) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            order.add(g);
        }
        // fewest half-hours off first; an outage already running before a new one; then the larger load
        order.sort(Comparator.<Integer>comparingLong(g -> total[g]).thenComparing(g -> run[g] > 0 ? 0 : 1)
                .thenComparingLong(g -> -loadKw[g][h]));
        long covered = 0;
        long cap = windowKw == null ? Long.MAX_VALUE : windowKw[h];
        for (int pass = 0; pass < 3 && covered < quotaKw[h]; pass++) {
            for (int g : order) {
                if (covered >= quotaKw[h]) {
                    break;
                }
                boolean allowed = run[g] > 0 ? run[g] < maxOff : rest[g] >= minOn;
                // pass 0: rules and window; pass 1: rules only; pass 2: anything that covers
                if (now[g] || (pass < 2 && !allowed) || (pass == 0 && covered + loadKw[g][h] > cap)) {
                    continue;
                }
                now[g] = true;
                covered += loadKw[g][h];
            }
        }
        // back on, most-off first, every group the cover does not need
        for (int i = order.size() - 1; i >= 0; i--) {
            int g = order.get(i);
            if (now[g] && covered - loadKw[g][h] >= quotaKw[h]) {
                now[g] = false;
                covered -= loadKw[g][h];
            }
        }
    }
}

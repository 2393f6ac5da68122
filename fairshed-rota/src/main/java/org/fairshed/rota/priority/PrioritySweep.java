package org.fairshed.rota.priority;

import java.util.Arrays;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RunState;

/**
 * The large-region path's constructive step, half-hour by half-hour. Each group has a whole number of half-hours to
 * serve today ({@link DayTargets}: the rolling week levelled over the ledger); a group switched off starts a block
 * planned for what it still needs (in equal blocks of at most max-off) and keeps it. In each half-hour:
 * <ol>
 *   <li>the groups inside their planned block (on a re-plan: the published outages) stay off;</li>
 *   <li>new blocks cover what the quota still needs, each to the group whose remaining need best fits the time left
 *       (so that the day's last outages go to groups that end them on their target), the last one chosen to
 *       over-shed least;</li>
 *   <li>if the quota is still not covered, groups whose block ended stay off longer, then any group the rules allow,
 *       then (a relaxation the checker will report) any group;</li>
 *   <li>groups the cover does not need go back on, the last taken first (so a falling quota ends the newest
 *       blocks first).</li>
 * </ol>
 * Per group it keeps its run and rest ({@link RunState}). Cost per half-hour: linear in the groups.
 */
final class PrioritySweep {

    /** Most swaps for a smaller group per half-hour. */
    static final int MAX_SWAPS = 4;
    private final RegionDayModel in;
    private final int groups;
    private final int halfHours;
    private final RunState[] state;
    private final int[] used;
    private final int[] target;
    /** End (exclusive half-hour) of the block the group's running outage was planned for (0 when none). */
    private final int[] blockEnd;
    /** Groups taken in the current half-hour, in the order taken. */
    private final int[] taken;
    private int takenCount;
    private final boolean[] now;
    private long covered;
    private final Buckets buckets;
    private final int[] order;
    private final double[] key;

    private PrioritySweep(RegionDayModel in) {
        this.in = in;
        this.groups = in.groupCount();
        this.halfHours = in.halfHours();
        this.state = new RunState[groups];
        this.used = new int[groups];
        this.target = DayTargets.of(in);
        this.blockEnd = new int[groups];
        this.taken = new int[groups];
        this.now = new boolean[groups];
        this.buckets = new Buckets(groups, in.maxOff());
        this.order = new int[groups];
        this.key = new double[groups];
    }

    static boolean[][] schedule(RegionDayModel in) {
        return new PrioritySweep(in).sweep();
    }

    private boolean[][] sweep() {
        for (int g = 0; g < groups; g++) {
            state[g] = RunState.after(in.tail()[g], in.maxOff(), in.minOn());
        }
        boolean[][] off = new boolean[groups][halfHours];
        for (int h = 0; h < halfHours; h++) {
            Arrays.fill(now, false);
            takenCount = 0;
            covered = 0;
            if (h < in.frozen()) {
                for (int g = 0; g < groups; g++) {
                    now[g] = in.previous()[g][h];
                }
            } else if (in.quota()[h] > 0) {
                choose(h);
            }
            for (int g = 0; g < groups; g++) {
                if (!now[g]) {
                    blockEnd[g] = 0;
                }
                off[g][h] = now[g];
                used[g] += now[g] ? 1 : 0;
                state[g].advance(now[g]);
            }
        }
        return off;
    }

    private void choose(int h) {
        long quota = in.quota()[h];
        continuePlanned(h, quota);
        startBlocks(h, quota);
        for (int pass = 0; pass < 4 && covered < quota; pass++) {
            fillAny(h, quota, pass);
        }
        for (int i = takenCount - 1; i >= 0; i--) {
            int g = taken[i];
            if (covered - in.load()[g][h] >= quota) {
                now[g] = false;
                covered -= in.load()[g][h];
            }
        }
        for (int swaps = 0; swaps < MAX_SWAPS && covered > quota && swapForSmaller(h, quota); swaps++) {
            // each swap lowers the over-shed by at least one unit
        }
    }

    /**
     * (5) Less over-shed: a block started now gives way to a smaller group that still needs half-hours today and still
     * covers the quota (the largest cut in over-shed); true when one did.
     */
    private boolean swapForSmaller(int h, long quota) {
        int count = 0;
        for (int g = 0; g < groups; g++) {
            if (!now[g] && target[g] > used[g] && state[g].run() == 0 && state[g].allowsOff() && in.load()[g][h] > 0) {
                order[count++] = g;
                key[g] = in.load()[g][h];
            }
        }
        if (count == 0) {
            return false;
        }
        int[] byLoad = Arrays.copyOf(order, count);
        IndexSort.byScore(byLoad, key);
        long excess = covered - quota;
        int out = -1;
        int outPlace = -1;
        int substitute = -1;
        long best = 0;
        for (int i = 0; i < takenCount; i++) {
            int g = taken[i];
            long load = in.load()[g][h];
            if (!now[g] || state[g].run() != 0) {
                continue;
            }
            int j = IndexSort.firstAtLeast(byLoad, count, key, load - excess);
            if (j < count && key[byLoad[j]] < load && load - (long) key[byLoad[j]] > best) {
                best = load - (long) key[byLoad[j]];
                out = g;
                outPlace = i;
                substitute = byLoad[j];
            }
        }
        if (out < 0) {
            return false;
        }
        // the substitute takes the place of the group it replaces in the taken order (so the list never outgrows the
        // groups, however often a half-hour swaps)
        now[out] = false;
        covered -= in.load()[out][h];
        now[substitute] = true;
        covered += in.load()[substitute][h];
        taken[outPlace] = substitute;
        planBlock(substitute, h);
        return true;
    }

    /** (1) Groups inside their planned block (on a re-plan: their published outage) stay off. */
    private void continuePlanned(int h, long quota) {
        for (int g = 0; g < groups && covered < quota; g++) {
            boolean planned = in.previous() != null ? in.previous()[g][h] : state[g].run() > 0 && h < blockEnd[g];
            if (planned && state[g].allowsOff() && in.load()[g][h] > 0) {
                take(g, h);
            }
        }
    }

    /** (2) New blocks, each to the group whose remaining need best fits the time left. */
    private void startBlocks(int h, long quota) {
        buckets.clear();
        for (int g = 0; g < groups; g++) {
            int need = target[g] - used[g];
            if (!now[g] && need > 0 && state[g].allowsOff() && in.load()[g][h] > 0
                    && (state[g].run() == 0 || h >= blockEnd[g])) {
                buckets.add(g, need);
            }
        }
        int room = Math.min(in.maxOff(), halfHours - h);
        while (covered < quota && !buckets.isEmpty()) {
            int g = buckets.pickFor(room, quota - covered, in.load(), h);
            take(g, h);
            planBlock(g, h);
        }
    }

    /** The block group g starts in half-hour h: what it still needs, in equal blocks of at most max-off, until midnight. */
    private void planBlock(int g, int h) {
        int need = Math.max(1, target[g] - used[g]);
        int blocks = (need + in.maxOff() - 1) / in.maxOff();
        blockEnd[g] = h + Math.min(halfHours - h, (need + blocks - 1) / blocks);
    }

    /**
     * (3) Whatever still covers, fewest half-hours beyond the target first: pass 0 groups whose block ended, pass 1
     * any the rules allow, pass 2 any whose outage already gave way (staying off breaks nothing anew, but
     * at 00:00 the checker reports an outage the day before took beyond max-off), pass 3 the
     * largest groups first (each a relaxation the checker will report, so as few as the quota allows).
     */
    private void fillAny(int h, long quota, int pass) {
        for (int g = 0; g < groups; g++) {
            order[g] = g;
            key[g] = pass < 3 ? used[g] - target[g] : -in.load()[g][h];
        }
        IndexSort.byScore(order, key);
        for (int i = 0; i < groups && covered < quota; i++) {
            int g = order[i];
            if (now[g] || in.load()[g][h] == 0) {
                continue;
            }
            RunState s = state[g];
            boolean take = switch (pass) {
                case 0 -> s.allowsOff() && s.run() > 0;
                case 1 -> s.allowsOff();
                case 2 -> s.breakIfOff() == null && (h > 0 || s.allowsOff());
                default -> true;
            };
            if (take) {
                take(g, h);
            }
        }
    }

    private void take(int g, int h) {
        now[g] = true;
        covered += in.load()[g][h];
        taken[takenCount++] = g;
    }
}

package org.fairshed.rota.priority;

/**
 * Lowers over-shed after the repair, half-hour by half-hour, as long as the week's spread stays within max(its spread
 * before, {@link BlockRepair#TARGET_SPREAD}): a group off at an edge of its outage whose load the cover does not need
 * goes back on (the one furthest ahead), or gives its half-hour to a smaller group that still covers the quota (the
 * smallest such, so the cut is the largest; it lengthens an outage of its own or starts one). Every move passes
 * {@link CellState}'s checks; each one lowers the over-shed by at least one unit (a watt), and at most {@link #MAX_MOVES_PER_HALF_HOUR}
 * are made in a half-hour.
 */
final class OverShedTighten {

    static final int MAX_MOVES_PER_HALF_HOUR = 8;

    private final CellState s;
    private final long limit;
    private final int[] byLoad;
    private final double[] load;
    /** How many of {@link #byLoad} are sorted for the current half-hour (−1: not yet). */
    private int count;
    /** The week's least and most before the move being sought. */
    private long lo;
    private long hi;

    private OverShedTighten(CellState s) {
        this.s = s;
        this.limit = Math.max(s.max() - s.min(), BlockRepair.TARGET_SPREAD);
        this.byLoad = new int[s.groups];
        this.load = new double[s.groups];
    }

    /** Tightens the schedule of {@code state} in place. */
    static void tighten(CellState state) {
        OverShedTighten t = new OverShedTighten(state);

        for (int h = state.in.frozen(); h < state.halfHours; h++) {
            t.count = -1;
            for (int moves = 0; moves < MAX_MOVES_PER_HALF_HOUR && t.lessOverShed(h); moves++) {
                // each move lowers the half-hour's over-shed by at least one unit
            }
        }
    }

    /** One move in half-hour h; true when one was made. */
    private boolean lessOverShed(int h) {
        long slack = s.shed[h] - s.in.quota()[h];
        if (s.in.quota()[h] <= 0 || slack <= 0) {
            return false;
        }
        lo = s.min();
        hi = s.max();
        return giveBack(h, slack) || swap(h, slack);
    }

    /** The group furthest ahead off at an edge in h whose load the cover does not need goes back on. */
    private boolean giveBack(int h, long slack) {
        int best = -1;
        int[] list = s.edges.at(h);
        for (int i = 0; i < s.edges.count(h); i++) {
            int a = list[i];
            if (s.in.load()[a][h] <= slack && s.keepsPublished(a, h, false) && spreadAllows(a, -1)
                    && (best < 0 || s.week[a] > s.week[best])) {
                best = a;
            }
        }
        if (best < 0) {
            return false;
        }
        s.flip(best, h, false);
        return true;
    }

    /** A group off at an edge in h gives the half-hour to the smallest group on there that still covers the quota. */
    private boolean swap(int h, long slack) {
        if (count < 0) {
            sortTakers(h);
        }
        long bestCut = 0;
        int bestA = -1;
        int bestB = -1;
        int[] list = s.edges.at(h);
        for (int i = 0; i < s.edges.count(h); i++) {
            int a = list[i];
            long la = s.in.load()[a][h];
            if (la <= bestCut || !s.keepsPublished(a, h, false)) {
                continue;
            }
            for (int j = IndexSort.firstAtLeast(byLoad, count, load, la - slack); j < count && load[byLoad[j]] < la - bestCut; j++) {
                int b = byLoad[j];
                if (s.canTake(b, h) && spreadAllowsSwap(a, b) && s.keepsRules(b, h, h)) {
                    bestCut = la - (long) load[b];
                    bestA = a;
                    bestB = b;
                    break;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        s.move(bestA, bestB, h, h);
        return true;
    }

    /**
     * {@link #byLoad}: the groups that may take half-hour h, by load (sorted once per half-hour; a group a move
     * switched off there stays listed and fails {@link CellState#canTake} from then on).
     */
    private void sortTakers(int h) {
        count = 0;
        for (int b = 0; b < s.groups; b++) {
            if (s.canTake(b, h)) {
                byLoad[count++] = b;
                load[b] = s.in.load()[b][h];
            }
        }
        int[] sorted = java.util.Arrays.copyOf(byLoad, count);
        IndexSort.byScore(sorted, load);
        System.arraycopy(sorted, 0, byLoad, 0, count);
    }

    /** True when group g giving back a half-hour keeps the spread within the limit (judged from the week's ends). */
    private boolean spreadAllows(int g, int delta) {
        return hi - Math.min(lo, s.week[g] + delta) <= limit;
    }

    /** True when a giving a half-hour to b keeps the spread within the limit. */
    private boolean spreadAllowsSwap(int a, int b) {
        return Math.max(hi, s.week[b] + 1) - Math.min(lo, s.week[a] - 1) <= limit;
    }
}

package org.fairshed.rota.priority;

/**
 * Levels the week after the priority sweep, until the spread between groups is at most {@link #TARGET_SPREAD}, by
 * moves tried in this order for every group at the week's minimum:
 * <ol>
 *   <li><b>transfer</b>: the group lengthens one of its outages by a half-hour that a group at least two half-hours
 *       ahead gives up at an edge of its own (the number of outages stays the same);</li>
 *   <li><b>donation</b>: a group at least two ahead gives it the half-hours at an edge of one of its outages, as many
 *       as level the two (a new outage for the one behind unless they join one of its own);</li>
 *   <li><b>extension</b>: it takes one more half-hour where the over-shed window has room (the price of the promised
 *       hour when no group ahead can give one up);</li>
 * </ol>
 * and when none of them moved anything, a group at the week's maximum gives back an edge half-hour the cover does not
 * need. Every move passes {@link CellState}'s checks: each half-hour stays covered and inside its window (or at no
 * more over-shed than before), no rule breaks that did not before, no frozen half-hour changes, and on a re-plan no
 * change is added to the published schedule. A transfer looks only at the groups off at an edge next to the group's
 * outages, a donation at those in the half-hours the group may take; the repair stops after
 * {@link #WORK_PER_GROUP} units of work per group, a deterministic bound on its time.
 */
final class BlockRepair {

    /** The week's spread (half-hours) the repair stops at: the promised hour. */
    static final int TARGET_SPREAD = 2;
    /**
     * Work per group after which the repair stops (see {@link CellState#work}): the seeded 2,000-group days of the
     * benchmark end within about half of it, days where the rules cannot hold may reach it.
     */
    static final long WORK_PER_GROUP = 8000;
    /** Most passes over the groups at the week's minimum. */
    private static final int MAX_ROUNDS = 400;

    private final CellState s;

    private BlockRepair(CellState s) {
        this.s = s;
    }

    /** Levels the schedule of {@code state} in place. */
    static void repair(CellState state) {
        BlockRepair r = new BlockRepair(state);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long lo = state.min();
            long hi = state.max();
            if (hi - lo <= TARGET_SPREAD || state.work > WORK_PER_GROUP * state.groups) {
                return;
            }
            boolean moved = false;
            for (int b = 0; b < state.groups; b++) {
                if (state.week[b] == lo && (r.transfer(b) || r.donate(b) || r.extend(b))) {
                    moved = true;
                }
            }
            if (!moved && !r.trim(hi) && !r.stretch(lo)) {
                return;
            }
        }
    }

    /** (1) Group b takes a half-hour next to one of its outages from a group two ahead that is off there at an edge. */
    private boolean transfer(int b) {
        for (int c = s.in.frozen(); c < s.halfHours; c++) {
            if (!s.canTake(b, c) || !s.nextToOutage(b, c) || !s.keepsRules(b, c, c)) {
                continue;
            }
            int[] list = s.edges.at(c);
            s.work += s.edges.count(c);
            for (int i = 0; i < s.edges.count(c); i++) {
                int z = list[i];
                if (s.week[z] >= s.week[b] + 2 && s.coverAllows(c, z, b) && s.keepsPublished(z, c, false)) {
                    s.move(z, b, c, c);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (2) A group two or more ahead gives b the half-hours at an edge of one of its outages, as many as level the two:
     * of the moves open in the half-hours b may take, the one from the group furthest ahead, then the longest.
     */
    private boolean donate(int b) {
        int bestZ = -1;
        int bestFrom = 0;
        int bestTo = 0;
        for (int c = s.in.frozen(); c < s.halfHours; c++) {
            if (!s.canTake(b, c)) {
                continue;
            }
            int[] list = s.edges.at(c);
            s.work += s.edges.count(c);
            for (int i = 0; i < s.edges.count(c); i++) {
                int z = list[i];
                if (s.week[z] < s.week[b] + 2 || bestZ >= 0 && s.week[z] <= s.week[bestZ]) {
                    continue;
                }
                int most = (int) Math.min(s.in.maxOff(), (s.week[z] - s.week[b]) / 2);
                for (int k = most; k >= 1; k--) {
                    // c begins z's outage: the k half-hours from c; c ends it: the k up to c
                    int from = s.isOff(z, c + 1) ? c : c - k + 1;
                    int to = from + k - 1;
                    if (s.outageEnd(z, from, to) && movable(z, b, from, to)) {
                        bestZ = z;
                        bestFrom = from;
                        bestTo = to;
                        break;
                    }
                }
            }
        }
        if (bestZ < 0) {
            return false;
        }
        s.move(bestZ, b, bestFrom, bestTo);
        return true;
    }

    /** True when half-hours from … to (inclusive) can go from group z (who is off there) to group b. */
    private boolean movable(int z, int b, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (!s.canTake(b, c) || !s.coverAllows(c, z, b) || !s.keepsPublished(z, c, false)) {
                return false;
            }
        }
        return s.keepsRules(b, from, to);
    }

    /** (3) Group b takes one more half-hour where the window has room: next to one of its outages if it can. */
    private boolean extend(int b) {
        return extend(b, 0);
    }

    /**
     * (4) When nothing else moves: every group at the week's minimum takes one more half-hour where the window
     * stretched by one group-equivalent has room (the price of the promised hour where the groups are too few and too
     * unequal for a transfer to keep the cover inside the window); true when one did.
     */
    private boolean stretch(long lo) {
        boolean moved = false;
        for (int b = 0; b < s.groups; b++) {
            if (s.week[b] == lo && extend(b, 1)) {
                moved = true;
            }
        }
        return moved;
    }

    /** Group b takes one more half-hour where the window, stretched by {@code equivalents} group-equivalents, has room. */
    private boolean extend(int b, int equivalents) {
        for (int pass = 0; pass < 2; pass++) {
            for (int c = s.in.frozen(); c < s.halfHours; c++) {
                long room = s.window(c) == Long.MAX_VALUE ? Long.MAX_VALUE
                        : s.window(c) + (equivalents == 0 ? 0 : s.in.load()[b][c]);
                if (s.canTake(b, c) && (pass == 1 || s.nextToOutage(b, c))
                        && s.shed[c] + s.in.load()[b][c] <= room && s.keepsRules(b, c, c)) {
                    s.flip(b, c, true);
                    return true;
                }
            }
        }
        return false;
    }

    /** Groups at the week's maximum give back an edge half-hour the cover does not need; true when one did. */
    private boolean trim(long hi) {
        boolean moved = false;
        for (int a = 0; a < s.groups; a++) {
            if (s.week[a] != hi) {
                continue;
            }
            for (int h = s.in.frozen(); h < s.halfHours; h++) {
                if (s.edges.isEdge(a, h) && s.shed[h] - s.in.load()[a][h] >= s.in.quota()[h]
                        && s.keepsPublished(a, h, false)) {
                    s.flip(a, h, false);
                    moved = true;
                    break;
                }
            }
        }
        return moved;
    }
}

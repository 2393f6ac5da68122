package org.fairshed.rota.sweep;

import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;

/**
 * Levels the week after the sweep by local moves that keep every half-hour covered, inside its window, and break no
 * rule the schedule did not already break: (1) a group furthest ahead on the week gives back a half-hour the cover
 * does not need (less over-shed too; never one that extending just gave, so the moves cannot cycle); (2) a half-hour moves from a group ahead to one at least two half-hours behind
 * (Σ week² falls, so this ends), next to the receiver's own outage where possible; (3) while the week's spread is
 * above {@link #TARGET_SPREAD}, a group furthest behind takes an extra half-hour inside the window. Frozen half-hours
 * never move, and on a re-plan no move adds a change to the published schedule.
 */
final class LevelRepair {

    /** Half-hours of spread the repair aims at: half an hour, a margin under the promised hour. */
    static final int TARGET_SPREAD = 1;
    /** Half-hours of spread promised to the public (one hour); over-shed moves may use the room up to it. */
    static final int PROMISED_SPREAD = 2;
    private static final int MAX_MOVES = 400;

    private final RegionDayModel in;
    private final boolean[][] off;
    private final int groups;
    private final long[] shed;
    private final long[] week;
    private final int[] breaks;
    /** Cells that differ from the published schedule on a re-plan (0 without one); no move may raise it. */
    private int changed;

    private LevelRepair(RegionDayModel in, boolean[][] off) {
        this.in = in;
        this.off = off;
        this.groups = off.length;
        this.shed = new long[in.quota().length];
        this.week = in.ledger().clone();
        this.breaks = new int[groups];
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < shed.length; h++) {
                shed[h] += off[g][h] ? in.load()[g][h] : 0;
                week[g] += off[g][h] ? 1 : 0;
            }
            breaks[g] = RuleChecker.breaks(in.tail()[g], off[g], in.maxOff(), in.minOn());
            for (int h = in.frozen(); h < shed.length && in.previous() != null; h++) {
                changed += off[g][h] != in.previous()[g][h] ? 1 : 0;
            }
        }
    }

    /**
     * Lowers over-shed in place, first improvement, until no move helps: a group the cover does not need goes back
     * on, or a smaller group takes a larger one's half-hour; never a new rule break, never the week's spread above
     * max(its spread before, {@link #PROMISED_SPREAD}).
     */
    static void tighten(RegionDayModel in, boolean[][] off) {
        LevelRepair r = new LevelRepair(in, off);
        long limit = Math.max(r.max() - r.min(), PROMISED_SPREAD);
        for (int moves = 0; moves < MAX_MOVES && r.lessOverShed(limit); moves++) {
            // each move lowers the over-shed by at least 1 kW
        }
    }

    /** One move of {@link #tighten}; true when one was made. */
    private boolean lessOverShed(long limit) {
        for (int h = in.frozen(); h < shed.length; h++) {
            long slack = shed[h] - in.quota()[h];
            if (in.quota()[h] <= 0 || slack <= 0) {
                continue;
            }
            for (int a = 0; a < groups; a++) {
                if (!off[a][h] || in.load()[a][h] == 0) {
                    continue;
                }
                if (in.load()[a][h] <= slack && flip(a, h)) {
                    if (max() - min() <= limit) {
                        return true;
                    }
                    set(a, h, true);
                }
                for (int b = 0; b < groups; b++) {
                    long gain = in.load()[a][h] - in.load()[b][h];
                    if (off[b][h] || gain <= 0 || gain > slack || !swap(a, b, h)) {
                        continue;
                    }
                    if (max() - min() <= limit) {
                        return true;
                    }
                    set(b, h, false);
                    set(a, h, true);
                }
            }
        }
        return false;
    }

    /** Levels {@code off} in place. */
    static void level(RegionDayModel in, boolean[][] off) {
        LevelRepair r = new LevelRepair(in, off);
        for (int moves = 0; moves < MAX_MOVES; moves++) {
            if (!(r.trim() || r.transfer() || r.extend())) {
                return;
            }
        }
    }

    private long min() {
        long m = Long.MAX_VALUE;
        for (long w : week) {
            m = Math.min(m, w);
        }
        return m;
    }

    private long max() {
        long m = Long.MIN_VALUE;
        for (long w : week) {
            m = Math.max(m, w);
        }
        return m;
    }

    /** (1) A group at the week's maximum switches back on where the cover does not need it. */
    private boolean trim() {
        long hi = max();
        for (int g = 0; g < groups; g++) {
            if (week[g] < hi || hi == min()) {
                continue;
            }
            for (int h = in.frozen(); h < shed.length; h++) {
                if (off[g][h] && shed[h] - in.load()[g][h] >= in.quota()[h] && flip(g, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** (2) A half-hour from a group ahead to one at least two behind, covered and inside the window. */
    private boolean transfer() {
        for (int a = 0; a < groups; a++) {
            for (int b = 0; b < groups; b++) {
                if (week[a] - week[b] < 2 || week[a] < max() - 1 && week[b] > min() + 1) {
                    continue;
                }
                for (int pass = 0; pass < 2; pass++) {
                    for (int h = in.frozen(); h < shed.length; h++) {
                        if (!off[a][h] || off[b][h] || in.load()[b][h] == 0 || pass == 0 && !adjacent(b, h)) {
                            continue;
                        }
                        long after = shed[h] - in.load()[a][h] + in.load()[b][h];
                        if (after >= in.quota()[h] && (after <= shed[h] || after <= window(h)) && swap(a, b, h)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** (3) While the spread is above target, a group at the minimum takes a half-hour inside the window. */
    private boolean extend() {
        long lo = min();
        if (max() - lo <= TARGET_SPREAD) {
            return false;
        }
        for (int g = 0; g < groups; g++) {
            if (week[g] != lo) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int h = in.frozen(); h < shed.length; h++) {
                    if (!off[g][h] && in.quota()[h] > 0 && in.load()[g][h] > 0 && (pass == 1 || adjacent(g, h))
                            && shed[h] + in.load()[g][h] <= stretched(h) && flip(g, h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The window, plus one group-equivalent when the week's spread is above an hour (the fairness promise). */
    private long stretched(int h) {
        if (max() - min() <= 2 * TARGET_SPREAD) {
            return window(h);
        }
        long total = 0;
        for (long[] row : in.load()) {
            total += row[h];
        }
        return window(h) == Long.MAX_VALUE ? Long.MAX_VALUE : window(h) + total / groups;
    }

    private long window(int h) {
        return in.window() == null ? Long.MAX_VALUE : in.window()[h];
    }

    private boolean adjacent(int g, int h) {
        return h > 0 && off[g][h - 1] || h + 1 < shed.length && off[g][h + 1];
    }

    /** Flips cell (g, h) if the group breaks no more rules; true when kept. */
    private boolean flip(int g, int h) {
        int before = breaks[g];
        int changedBefore = changed;
        set(g, h, !off[g][h]);
        if (breaks[g] > before || changed > changedBefore) {
            set(g, h, !off[g][h]);
            return false;
        }
        return true;
    }

    /** Moves half-hour h from group a to group b if neither breaks more rules; true when kept. */
    private boolean swap(int a, int b, int h) {
        int beforeA = breaks[a];
        int beforeB = breaks[b];
        int changedBefore = changed;
        set(a, h, false);
        set(b, h, true);
        if (breaks[a] > beforeA || breaks[b] > beforeB || changed > changedBefore) {
            set(b, h, false);
            set(a, h, true);
            return false;
        }
        return true;
    }

    /** Sets cell (g, h) and keeps the shed, week and rule-break tallies. */
    private void set(int g, int h, boolean value) {
        if (off[g][h] == value) {
            return;
        }
        off[g][h] = value;
        if (in.previous() != null) {
            changed += value != in.previous()[g][h] ? 1 : -1;
        }
        long sign = value ? 1 : -1;
        shed[h] += sign * in.load()[g][h];
        week[g] += sign;
        breaks[g] = RuleChecker.breaks(in.tail()[g], off[g], in.maxOff(), in.minOn());
    }
}

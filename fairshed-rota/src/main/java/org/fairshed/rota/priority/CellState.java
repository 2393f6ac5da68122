package org.fairshed.rota.priority;

import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;

/**
 * A schedule being repaired, with what its moves ask: per half-hour the units (W) switched off, per group its week (ledger
 * + today) and its rule breaks ({@link RuleChecker}), the groups off at an edge of an outage ({@link EdgeIndex}), and
 * the checks every move of {@link BlockRepair} and {@link OverShedTighten} passes: the cover and the window, the rules,
 * the frozen half-hours and the published cells. It also counts the work done, so the repairs can stop at a
 * deterministic bound.
 */
final class CellState {

    final RegionDayModel in;
    final boolean[][] off;
    final int groups;
    final int halfHours;
    final long[] shed;
    /** Σ of the groups' load per half-hour. */
    final long[] totalLoad;
    final long[] week;
    final EdgeIndex edges;
    private final int[] breaks;
    /** Per group, whether the day before ended with it off (its first outage today may have begun then). */
    private final boolean[] tailEndsOff;
    /** Work done: groups looked at in edge lists, plus two per half-hour of a rule check. */
    long work;

    CellState(RegionDayModel in, boolean[][] off) {
        this.in = in;
        this.off = off;
        this.groups = off.length;
        this.halfHours = in.halfHours();
        this.shed = new long[halfHours];
        this.totalLoad = new long[halfHours];
        for (int h = 0; h < halfHours; h++) {
            totalLoad[h] = in.totalLoad(h);
        }
        this.week = in.ledger().clone();
        this.breaks = new int[groups];
        this.tailEndsOff = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < halfHours; h++) {
                shed[h] += off[g][h] ? in.load()[g][h] : 0;
                week[g] += off[g][h] ? 1 : 0;
            }
            breaks[g] = breaksOf(g);
            boolean[] tail = in.tail()[g];
            tailEndsOff[g] = tail.length > 0 && tail[tail.length - 1];
        }
        this.edges = new EdgeIndex(off, tailEndsOff, in.frozen());
    }

    /** Half-hour c is one group b may be switched off in: it is on, not frozen, the half-hour has a quota, b has load. */
    boolean canTake(int b, int c) {
        return c >= in.frozen() && !off[b][c] && in.quota()[c] > 0 && in.load()[b][c] > 0 && keepsPublished(b, c, true);
    }

    /** True when setting cell (g, c) to {@code value} adds no change to the published schedule (always without one). */
    boolean keepsPublished(int g, int c, boolean value) {
        return in.previous() == null || in.previous()[g][c] == value;
    }

    /** Half-hour c stays covered (and inside its window, or at no more over-shed) when z gives it up and b takes it. */
    boolean coverAllows(int c, int z, int b) {
        long after = shed[c] - in.load()[z][c] + in.load()[b][c];
        return after >= in.quota()[c] && (after <= window(c) || after <= shed[c]);
    }

    /**
     * True when group g off in half-hours from … to (inclusive) breaks no more rules than it does now: first a quick
     * look at the min-on half-hours on either side (an outage there that the new half-hours do not join would start or
     * end too close), then the {@link RuleChecker} on the whole day.
     */
    boolean keepsRules(int g, int from, int to) {
        if (breaks[g] == 0 && (tooClose(g, from - 1, -1) || tooClose(g, to + 1, 1))) {
            return false;
        }
        for (int c = from; c <= to; c++) {
            off[g][c] = true;
        }
        int now = breaksOf(g);
        for (int c = from; c <= to; c++) {
            off[g][c] = false;
        }
        return now <= breaks[g];
    }

    /**
     * True when half-hours from … to are all off for z, none frozen, and at one end of its outage: it is on right after
     * {@code to}, or right before {@code from} (the day before counts), so giving them up shortens it without a split.
     */
    boolean outageEnd(int z, int from, int to) {
        if (from < in.frozen() || from < 0 || to >= halfHours) {
            return false;
        }
        for (int c = from; c <= to; c++) {
            if (!off[z][c]) {
                return false;
            }
        }
        return !isOff(z, to + 1) || !isOff(z, from - 1);
    }

    /** Moves half-hours from … to (inclusive) from group z to group b (the caller checked that it may). */
    void move(int z, int b, int from, int to) {
        for (int c = from; c <= to; c++) {
            set(z, c, false);
            set(b, c, true);
        }
        changed(b);
        changed(z);
    }

    /** Sets cell (g, c) (the caller checked that it may) and brings g's tallies up to date. */
    void flip(int g, int c, boolean value) {
        set(g, c, value);
        changed(g);
    }

    boolean isOff(int g, int h) {
        if (h >= halfHours) {
            return false;
        }
        if (h >= 0) {
            return off[g][h];
        }
        boolean[] tail = in.tail()[g];
        int k = tail.length + h;
        return k >= 0 && tail[k];
    }

    boolean nextToOutage(int g, int h) {
        return isOff(g, h - 1) || isOff(g, h + 1);
    }

    long window(int h) {
        return in.window() == null ? Long.MAX_VALUE : in.window()[h];
    }

    long min() {
        long m = Long.MAX_VALUE;
        for (long w : week) {
            m = Math.min(m, w);
        }
        return m;
    }

    long max() {
        long m = Long.MIN_VALUE;
        for (long w : week) {
            m = Math.max(m, w);
        }
        return m;
    }

    /** True when group g has an outage within min-on of half-hour {@code next} (direction {@code step}), not at it. */
    private boolean tooClose(int g, int next, int step) {
        if (isOff(g, next)) {
            return false;
        }
        for (int k = 1; k < in.minOn(); k++) {
            if (isOff(g, next + step * k)) {
                return true;
            }
        }
        return false;
    }

    private void changed(int g) {
        breaks[g] = breaksOf(g);
        edges.rebuild(g);
    }

    private int breaksOf(int g) {
        work += 2L * halfHours;
        return RuleChecker.breaks(in.tail()[g], off[g], in.maxOff(), in.minOn());
    }

    private void set(int g, int h, boolean value) {
        if (off[g][h] != value) {
            off[g][h] = value;
            long sign = value ? 1 : -1;
            shed[h] += sign * in.load()[g][h];
            week[g] += sign;
        }
    }
}

package org.fairshed.rota.sweep;

import java.util.Arrays;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RunState;
import org.fairshed.rota.model.WeekTargets;

/**
 * The rota's constructive search, fast enough for a thousand regions: half-hour by half-hour it scores every set of
 * groups that covers the quota (all 2<sup>n</sup> sets up to {@link #MAX_ENUMERATED_GROUPS} groups, a greedy pick
 * beyond) and keeps the cheapest. The score of a set, in half-hours of week total:
 * <pre>
 *   Σ_{g ∈ S} (week_g − mean week + START if g starts an outage ± CHANGE vs the published cell + BREAK if a rule breaks)
 *   + OVER_SHED × (cover − quota) / group-equivalent + WINDOW × (cover − window)⁺ / group-equivalent
 *   + LOOKAHEAD × (half-hours of the next min-on that the groups left free could no longer cover)
 * </pre>
 * so the groups furthest behind on the rolling week go off first, running outages go on (fewer switchings) until
 * they are {@link Weights#start()} ahead, over-shed stays near the least, and no set is chosen that leaves the next
 * half-hours without enough groups the rules allow. It never under-sheds: only sets that cover are scored.
 */
final class SweepSearch {

    static final int MAX_ENUMERATED_GROUPS = 14;
    /** How many of the best sets are tried against the look-ahead before the least bad is taken. */
    static final int LOOKAHEAD_TRIES = 48;

    /**
     * @param start     score of starting an outage (half-hours of week total)
     * @param overShed  score of one group-equivalent of over-shed
     * @param change    score of a cell that differs from the published schedule
     * @param window    score of one group-equivalent above the over-shed window
     * @param lookahead score of one coming half-hour the rules would leave uncoverable
     * @param ruleBreak score of a group switched off against max-off or min-on
     * @param overrun   second pass: score per half-hour a group would go beyond its target for the day
     */
    record Weights(double start, double overShed, double change, double window, double lookahead, double ruleBreak,
                   double overrun) {

        static final Weights DEFAULT = new Weights(3, 16, 8, 100, 1e3, 1e6, 2);
    }

    private final RegionDayModel in;
    private final Weights w;
    private final int groups;
    /** Per group, where it stands against max-off and min-on after the half-hours swept so far. */
    private final RunState[] state;
    private final long[] total;
    private final double[] weight;
    /** Pass 2: per group, today's half-hours off that equalize the week (null in pass 1). */
    private final double[] target;
    /** Pass 2: share of the day's group-equivalents of quota up to and including each half-hour. */
    private final double[] progress;
    private final long[] coverOf;
    private final double[] scoreOf;

    private SweepSearch(RegionDayModel in, Weights w, double[] target) {
        this.in = in;
        this.w = w;
        this.target = target;
        this.groups = in.load().length;
        this.state = new RunState[groups];
        this.total = in.ledger().clone();
        this.weight = new double[groups];
        int size = 1 << Math.min(groups, MAX_ENUMERATED_GROUPS);
        this.coverOf = new long[size];
        this.scoreOf = new double[size];
        this.progress = new double[in.quota().length];
        double sum = 0;
        for (int h = 0; h < progress.length; h++) {
            sum += in.quota()[h] / groupEquivalent(h);
            progress[h] = sum;
        }
        for (int h = 0; h < progress.length; h++) {
            progress[h] = sum > 0 ? progress[h] / sum : 1;
        }
    }

    static boolean[][] schedule(RegionDayModel in) {
        return schedule(in, Weights.DEFAULT);
    }

    /**
     * Two passes: the first puts the groups furthest behind on the week first, which shows how many group-half-hours
     * today needs; the second spreads exactly that many so that the week ends level (each group's target is what
     * brings it to a common level, water-filled over the ledger) and follows each target in proportion to the quota
     * already served, so the groups needed late in the day are not the ones already ahead. The more level of the two
     * wins (fewer rule breaks first, then the week's spread, then over-shed).
     */
    static boolean[][] schedule(RegionDayModel in, Weights w) {
        boolean[][] first = new SweepSearch(in, w, null).sweep();
        long needed = 0;
        for (boolean[] row : first) {
            for (boolean off : row) {
                needed += off ? 1 : 0;
            }
        }
        boolean[][] second = new SweepSearch(in, w, WeekTargets.level(in.ledger(), needed)).sweep();
        boolean[][] better = SweepQuality.of(in, second).compareTo(SweepQuality.of(in, first)) < 0 ? second : first;
        LevelRepair.level(in, better);
        LevelRepair.tighten(in, better);
        return better;
    }

    private boolean[][] sweep() {
        initialState();
        int days = in.quota().length;
        boolean[][] off = new boolean[groups][days];
        boolean[] now = new boolean[groups];
        for (int h = 0; h < days; h++) {
            Arrays.fill(now, false);
            if (h < in.frozen()) {
                for (int g = 0; g < groups; g++) {
                    now[g] = in.previous()[g][h];
                }
            } else if (in.quota()[h] > 0) {
                choose(h, now);
            }
            for (int g = 0; g < groups; g++) {
                off[g][h] = now[g];
                total[g] += now[g] ? 1 : 0;
                state[g].advance(now[g]);
            }
        }
        return off;
    }

    /** Every group's state at midnight, from the day before's tail (a group never off is rested). */
    private void initialState() {
        for (int g = 0; g < groups; g++) {
            state[g] = RunState.after(in.tail()[g], in.maxOff(), in.minOn());
        }
    }

    /** Per group, the score of switching it off in half-hour h (see the class comment). */
    private void groupWeights(int h) {
        double mean = 0;
        for (long t : total) {
            mean += t;
        }
        mean /= groups;
        for (int g = 0; g < groups; g++) {
            double behind = total[g] - mean;
            if (target != null) {
                double used = total[g] - in.ledger()[g];
                behind = used - target[g] * progress[h] + w.overrun() * Math.max(0, used + 1 - target[g]);
            }
            double v = behind + (state[g].run() == 0 ? w.start() : 0) + (state[g].allowsOff() ? 0 : w.ruleBreak())
                    + (in.load()[g][h] == 0 ? w.window() : 0);
            if (in.previous() != null) {
                v += in.previous()[g][h] ? -w.change() : w.change();
            }
            weight[g] = v;
        }
    }

    private void choose(int h, boolean[] now) {
        groupWeights(h);
        if (groups > MAX_ENUMERATED_GROUPS) {
            GreedyPick.choose(in, weight, h, now);
            return;
        }
        long quota = in.quota()[h];
        double perKw = 1.0 / groupEquivalent(h);
        long window = in.window() == null ? Long.MAX_VALUE : in.window()[h];
        int size = 1 << groups;
        coverOf[0] = 0;
        scoreOf[0] = 0;
        for (int mask = 1; mask < size; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            coverOf[mask] = coverOf[mask & (mask - 1)] + in.load()[low][h];
            scoreOf[mask] = scoreOf[mask & (mask - 1)] + weight[low];
        }
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        boolean[] excluded = new boolean[size];
        for (int attempt = 0; attempt < LOOKAHEAD_TRIES; attempt++) {
            int mask = cheapest(quota, perKw, window, excluded);
            if (mask < 0) {
                break;
            }
            excluded[mask] = true;
            int misses = shortfalls(mask, h);
            double score = setScore(mask, quota, perKw, window) + w.lookahead() * misses;
            if (score < bestScore) {
                best = mask;
                bestScore = score;
            }
            if (misses == 0) {
                break;
            }
        }
        for (int g = 0; g < groups; g++) {
            now[g] = (best >> g & 1) == 1;
        }
    }

    private double setScore(int mask, long quota, double perKw, long window) {
        return scoreOf[mask] + w.overShed() * (coverOf[mask] - quota) * perKw
                + w.window() * Math.max(0, coverOf[mask] - window) * perKw;
    }

    /** The cheapest covering set not yet excluded, or −1. */
    private int cheapest(long quota, double perKw, long window, boolean[] excluded) {
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < coverOf.length && mask < 1 << groups; mask++) {
            if (coverOf[mask] < quota || excluded[mask]) {
                continue;
            }
            double s = setScore(mask, quota, perKw, window);
            if (s < bestScore) {
                best = mask;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * How many of the next min-on half-hours the groups the rules would still allow could not cover, if {@code mask}
     * goes off now: a group off now can stay off until max-off, a group back on now is free again after min-on.
     */
    private int shortfalls(int mask, int h) {
        int misses = 0;
        for (int k = 1; k <= in.minOn() && h + k < in.quota().length; k++) {
            long quota = in.quota()[h + k];
            if (quota <= 0) {
                continue;
            }
            long capacity = 0;
            for (int g = 0; g < groups; g++) {
                boolean free = state[g].allowsOffAfter((mask >> g & 1) == 1, k);
                capacity += free ? in.load()[g][h + k] : 0;
            }
            misses += capacity < quota ? 1 : 0;
        }
        return misses;
    }

    private double groupEquivalent(int h) {
        long sum = 0;
        for (long[] row : in.load()) {
            sum += row[h];
        }
        return Math.max(1.0, (double) sum / groups);
    }
}

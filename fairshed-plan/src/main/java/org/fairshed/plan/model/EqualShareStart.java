package org.fairshed.plan.model;

import java.util.List;
import org.fairshed.grid.lp.LpModel;

/**
 * Where the leximin's first step starts on a model solved by sifting: every group at one share. From the least-shed
 * vertex, which piles the shed on a few regions, sifting moves it out a few buses a round: at 100,000 buses the peak
 * slot's first step was still at a largest share of 0.30 after its 60 s (the optimum, 0.2335, took 326 s). Most of
 * the way there is known without a solve: with the shed shared equally the largest share is as low as the total shed
 * allows. So the shed columns the working model leaves out are parked at such a split before the first step: in each
 * group the buses that shed now keep shedding and the others follow, spread over the group, each at its whole
 * non-critical load or none, until the group's shed reaches the level at which all groups, with their history, shed
 * the least total plus {@link #RISE} of it. That slot then took 24 s, and the 100,000-bus day (fair 5 %, cumulative)
 * 107 s with every slot optimal, against 528 s with 8 slots stopped at their time limit (BENCHMARKS.md).
 * <p>
 * Sifting stays exact: the working solve prices every left-out column against its duals, so the optimum is the one it
 * would have reached from the least-shed vertex (a split the network does not allow, or one over the total-shed bound,
 * is repaired by its first phase). Only the path changes, and with it, where several splits are optimal, which one.
 * The columns the working model holds keep their values (a start, not a solution: the first phase and the pricing
 * take it from there).
 */
final class EqualShareStart {

    /**
     * The parked split sheds this much more than the least total, relative (at most half the price of fairness): the
     * network rarely allows the equal split at the least total itself (the 100,000-bus peak slot needed 4.4e-4 more).
     */
    static final double RISE = 1e-3;
    private static final int BISECTION_STEPS = 100;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private EqualShareStart() {
    }

    /**
     * Suggests the equal-share split of the groups' shed columns to {@code lp}; returns the common share, or NaN when
     * the model takes no suggestions (it holds every column: nothing to park) or there is nothing to share.
     *
     * @param leastTotalShed the least total shed (MW), critical included
     * @param priceOfFairness the relative rise of the total shed the leximin may use
     */
    static double suggest(LpModel lp, List<LeximinStage.Group> groups, double leastTotalShed, double priceOfFairness) {
        if (!lp.takesStartSuggestions() || groups.isEmpty() || !(leastTotalShed > 0)) {
            return Double.NaN;
        }
        int n = groups.size();
        double[] capacity = new double[n];
        double now = 0;
        double top = 0;
        for (int k = 0; k < n; k++) {
            LeximinStage.Group g = groups.get(k);
            for (int v : g.vars()) {
                capacity[k] += lp.upperBound(v);
                now += lp.value(v);
            }
            top = Math.max(top, g.constant() + g.scale() * capacity[k]);
        }
        double target = now + leastTotalShed * Math.min(RISE, priceOfFairness / 2);
        double level = level(groups, capacity, target, top);
        int size = 0;
        for (LeximinStage.Group g : groups) {
            size += g.vars().length;
        }
        int[] vars = new int[size];
        double[] values = new double[size];
        int at = 0;
        for (int k = 0; k < n; k++) {
            at = fill(lp, groups.get(k), shedAt(groups.get(k), capacity[k], level), vars, values, at);
        }
        return lp.suggestStart(vars, values) ? level : Double.NaN;
    }

    /** The group's shed (MW) at a share of {@code level}: none below its history, all its load at most. */
    private static double shedAt(LeximinStage.Group g, double capacity, double level) {
        return Math.max(0, Math.min(capacity, (level - g.constant()) / g.scale()));
    }

    /** The share at which the groups shed {@code target} MW together (bisection: the total only grows with it). */
    private static double level(List<LeximinStage.Group> groups, double[] capacity, double target, double top) {
        double lo = 0;
        double hi = top;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double mid = (lo + hi) / 2;
            double total = 0;
            for (int k = 0; k < groups.size(); k++) {
                total += shedAt(groups.get(k), capacity[k], mid);
            }
            if (total < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * One group's columns up to {@code want} MW: those that shed now first, then the rest spread over the group (the
     * golden-ratio sequence over its columns' order, so that the parked shed is not all in one corner of the region and
     * the flows stay near those of an even cut), each at its upper bound while the rest of {@code want} covers it, else
     * at 0. Returns the next free position in the arrays.
     */
    private static int fill(LpModel lp, LeximinStage.Group g, double want, int[] vars, double[] values, int at) {
        int[] order = spread(g.vars().length);
        double left = want;
        for (int pass = 0; pass < 2; pass++) {
            for (int i : order) {
                int v = g.vars()[i];
                if ((lp.value(v) > 0) != (pass == 0)) {
                    continue;
                }
                double ub = lp.upperBound(v);
                double x = left >= ub ? ub : 0;
                left -= x;
                vars[at] = v;
                values[at++] = x;
            }
        }
        return at;
    }

    /** 0 to n - 1 in the order of the fractional parts of i times the golden ratio: every prefix spread evenly. */
    static int[] spread(int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> (i * GOLDEN) % 1));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }
}

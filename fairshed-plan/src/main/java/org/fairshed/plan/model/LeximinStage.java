package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;

/**
 * Leximin of the regions' shed shares by progressive filling: minimize the largest share z of the groups still free;
 * groups whose row has a non-zero dual at the optimum cannot go below z in any optimal solution (complementary
 * slackness), so they are fixed at z and the rest continue, until every group is fixed; groups whose level the last
 * solution already proves (at their floor, or all at 0) are fixed without a step of their own.
 * A group is a region in one slot, or a region over the horizon (cumulative fairness). Its share is
 * {@code constant + scale * sum of its non-critical shed variables}.
 * <p>
 * The rows are added before the model's first solve (z, free of cost until this stage, simply floats above every
 * share; each group's fixing row has no bound until then), and a group is fixed by bounding its fixing row while its z
 * row is freed: the steps change bounds only, so every step re-solves warm from the last basis (GLOP drops its basis
 * when a coefficient changes, and re-reads the matrix when rows are added).
 */
final class LeximinStage {

    /**
     * Shares are fixed this much above their level, so round-off cannot make the next step infeasible. The margin is
     * not free: it lets a fixed group shed a little more, and the next levels can move by hundreds of times that
     * (case9241pegase heavy, fair 5 % cumulative, slot 2: region 2's level fell 3.3e-4 when region 5 got 1e-6 of room,
     * a network bottleneck both sit behind), so over a cumulative day the shares were only settled to 1.9e-3 with 1e-7,
     * 2.1e-4 with 1e-8 (against 1e-9). 1e-8 is about GLOP's own accuracy, so a step may then find no solution: it is
     * tried again with {@link #LOOSE_SHARE_TOLERANCE} (BENCHMARKS.md).
     */
    static final double SHARE_TOLERANCE = 1e-8;
    /**
     * The margin once a step found no solution with {@link #SHARE_TOLERANCE}: GLOP's accuracy is about the same size, and
     * at 30,000 buses (price 0) one slot's step then came out infeasible where the earlier margin of 1e-7 solved it.
     */
    static final double LOOSE_SHARE_TOLERANCE = 1e-7;
    /** A dual this small is taken as zero. */
    static final double DUAL_EPSILON = 1e-9;

    /** One fairness group: share = constant + scale * sum(vars). */
    record Group(String name, int[] vars, double scale, double constant) {
    }

    private final LpModel lp;
    private final List<Group> groups;
    private final int maxShare;
    private final int[] shareRows;

    private final int[] fixedRows;
    /** Level each group is fixed at, NaN while it is free. */
    private final double[] fixedLevel;
    private double margin = SHARE_TOLERANCE;
    /** The row bounding the total shed whose dual the first step reads; -1 when none. */
    private int totalShedRow = -1;
    /** How fast the largest share falls per MW more total shed allowed, at the first step's optimum; NaN unknown. */
    private double largestShareRate = Double.NaN;
    private double firstLevel = Double.NaN;

    private LeximinStage(LpModel lp, List<Group> groups, int maxShare, int[] shareRows, int[] fixedRows) {
        this.lp = lp;
        this.groups = groups;
        this.maxShare = maxShare;
        this.shareRows = shareRows;
        this.fixedRows = fixedRows;
        this.fixedLevel = new double[groups.size()];
        Arrays.fill(fixedLevel, Double.NaN);
    }

    /**
     * Adds the largest-share variable and two rows per group to {@code lp} (its share below z, and its share below the
     * level it is fixed at, free until then), to be run after the shed stages.
     */
    static LeximinStage prepare(LpModel lp, List<Group> groups) {
        // 0 <= z, no cost until the leximin runs
        int z = lp.addVariable(0, Double.POSITIVE_INFINITY, 0, "fair_max_share_" + lp.variableCount());
        return new LeximinStage(lp, groups, z, addShareRows(lp, groups, z), addFixedRows(lp, groups));
    }

    private static int[] addFixedRows(LpModel lp, List<Group> groups) {
        // scale * sum(shedn) <= level - constant once the group is fixed; no bound until then
        int[] rows = new int[groups.size()];
        for (int j = 0; j < rows.length; j++) {
            Group g = groups.get(j);
            double[] coef = new double[g.vars().length];
            Arrays.fill(coef, g.scale());
            rows[j] = lp.addRow(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, g.vars(), coef, "fixed_" + g.name());
        }
        return rows;
    }

    private static int[] addShareRows(LpModel lp, List<Group> groups, int z) {
        // constant + scale * sum(shedn) - z <= 0 for every group
        int[] rows = new int[groups.size()];
        for (int j = 0; j < rows.length; j++) {
            Group g = groups.get(j);
            int n = g.vars().length;
            int[] idx = Arrays.copyOf(g.vars(), n + 1);
            double[] coef = new double[n + 1];
            Arrays.fill(coef, g.scale());
            idx[n] = z;
            coef[n] = -1;
            rows[j] = lp.addRow(Double.NEGATIVE_INFINITY, -g.constant(), idx, coef, "fair_" + g.name());
        }
        return rows;
    }

    /**
     * Reads the dual of {@code row} (the bound on the total shed, {@code <=}) at the first step's optimum: the rate at
     * which the largest share would fall per MW more total shed allowed ({@link #largestShareRatePerMw}).
     */
    void watchTotalShedRow(int row) {
        totalShedRow = row;
    }

    /**
     * The first step's sensitivity to the total shed allowed: the largest share falls by this much per MW more (the
     * dual of the bound, exact for a small step, an upper bound for a larger one: the least largest share is convex in
     * the bound); NaN when no row was watched or the first step had no optimum.
     */
    double largestShareRatePerMw() {
        return largestShareRate;
    }

    /** The first step's level, the least largest share; NaN when it had no optimum. */
    double firstLevel() {
        return firstLevel;
    }

    /**
     * Runs the leximin steps; {@code solve} re-solves (with lazy branch rows) and returns the result. Returns the last
     * non-optimal result if a step fails, else null.
     */
    LpResult run(Supplier<LpResult> solve) {
        if (groups.isEmpty()) {
            return null;
        }
        // which groups are blocked is read from the duals: a step no engine with duals answers fails (the slot is then
        // DEGRADED, fairness so far kept) rather than being answered by HiGHS, whose duals OR-Tools does not pass on
        lp.requireDuals(true);
        try {
            return steps(solve);
        } catch (UnsupportedOperationException e) {
            // an engine that answered without duals all the same (the contract allows it): the step cannot tell
            return new LpResult(LpStatus.ERROR, Double.NaN, 0,
                    "fair sharing needs the row duals of every step, and the engine that answered gives none: " + e.getMessage());
        } finally {
            lp.requireDuals(false);
        }
    }

    private LpResult steps(Supplier<LpResult> solve) {
        lp.clearObjective();
        lp.setObjectiveCoefficient(maxShare, 1);
        // from the least-shed vertex the primal simplex moves one bus's shed at a time: on a wide model (many loaded
        // buses, few binding branches: the synthetic grid of 30,000 buses) that was 5,600-7,800 warm iterations. The
        // dual simplex with perturbed costs (the objective, z alone, has ties everywhere) from that basis needs fewer
        // than from scratch: 10,000 buses 12,000 against 15,900 iterations over the day (2.9 s against 7.3 s), 30,000
        // buses 19,300 against 24,100 (38.9 s against 44.0 s), case9241pegase heavy the same time; one that stalls is
        // solved again from scratch (restartStallsFromScratch)
        lp.solveNextByPerturbedDual();
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            free.add(j);
        }
        while (!free.isEmpty()) {
            LpResult r = solve.get();
            boolean noAnswer = r.status() == LpStatus.INFEASIBLE || r.status() == LpStatus.ERROR;
            if (noAnswer && margin < LOOSE_SHARE_TOLERANCE && loosenFixedShares()) {
                if (SheddingSolver.TRACE) {
                    System.err.printf("  leximin: %s with the fixed shares' margin at %.0e; again at %.0e%n", r.status(),
                            SHARE_TOLERANCE, margin);
                }
                r = solve.get();
            }
            if (!r.status().isOptimal()) {
                return r;
            }
            double level = lp.value(maxShare);
            if (totalShedRow >= 0 && Double.isNaN(largestShareRate)) {
                largestShareRate = Math.abs(lp.dual(totalShedRow));
            }
            if (Double.isNaN(firstLevel)) {
                firstLevel = level;
            }
            List<Integer> blocked = blockedAt(level, free);
            free.removeAll(blocked);
            // read before the model changes (fixing a group discards the solution)
            double[] share = shares();
            blocked.forEach(j -> fix(j, level));
            int atFloor = fixAtTheirFloor(free, share);
            if (SheddingSolver.TRACE) {
                System.err.printf("  leximin: level %.9f, %d fixed, %d at their floor without a solve, %d free%n", level,
                        blocked.size(), atFloor, free.size());
            }
        }
        return null;
    }

    /**
     * Fixes, without a solve, the free groups whose level the last solution already proves; returns how many. Let M be
     * the largest share of the free groups in that solution, which stays feasible once the blocked groups are fixed: the
     * next step's level is at most M. A group at M that sheds nothing in this model (its share is its constant, the
     * floor set by its history) cannot go below M, so the next level is M, and in the leximin that group ends exactly
     * at M: fixed there, the step that would confirm it is saved. Repeated with the next largest, until the largest
     * belongs to a group that could still shed less. When M is 0, every free group is at 0 already.
     */
    private int fixAtTheirFloor(List<Integer> free, double[] share) {
        int count = 0;
        while (!free.isEmpty()) {
            double largest = 0;
            for (int j : free) {
                largest = Math.max(largest, share[j]);
            }
            List<Integer> proven = new ArrayList<>();
            for (int j : free) {
                boolean atLargest = share[j] >= largest - SHARE_TOLERANCE;
                boolean atFloor = share[j] <= groups.get(j).constant() + SHARE_TOLERANCE;
                if (largest <= SHARE_TOLERANCE || atLargest && atFloor) {
                    proven.add(j);
                }
            }
            if (proven.isEmpty()) {
                return count;
            }
            double level = largest;
            proven.forEach(j -> fix(j, level));
            free.removeAll(proven);
            count += proven.size();
        }
        return count;
    }

    /** Every group's share in the last solution. */
    private double[] shares() {
        double[] share = new double[groups.size()];
        for (int j = 0; j < share.length; j++) {
            Group g = groups.get(j);
            double sum = 0;
            for (int v : g.vars()) {
                sum += lp.value(v);
            }
            share[j] = g.constant() + g.scale() * sum;
        }
        return share;
    }

    /** Free groups that cannot go below {@code level}: those whose row has a non-zero dual, or all at level 0. */
    private List<Integer> blockedAt(double level, List<Integer> free) {
        List<Integer> blocked = new ArrayList<>();
        for (int j : free) {
            if (level <= SHARE_TOLERANCE || Math.abs(lp.dual(shareRows[j])) > DUAL_EPSILON) {
                blocked.add(j);
            }
        }
        if (blocked.isEmpty()) {
            // numerically no dual stood out: fix every free group at the level (never worse than min-max)
            blocked.addAll(free);
        }
        return blocked;
    }

    /** Widens every fixed group's margin to {@link #LOOSE_SHARE_TOLERANCE}; false when no group is fixed yet. */
    private boolean loosenFixedShares() {
        margin = LOOSE_SHARE_TOLERANCE;
        boolean any = false;
        for (int j = 0; j < fixedLevel.length; j++) {
            if (!Double.isNaN(fixedLevel[j])) {
                lp.setRowBounds(fixedRows[j], Double.NEGATIVE_INFINITY, fixedLevel[j] + margin - groups.get(j).constant());
                any = true;
            }
        }
        return any;
    }

    private void fix(int j, double level) {
        // constant + scale * sum(shedn) <= level, while the group's z row is freed: bounds only, the matrix stays as it is
        fixedLevel[j] = level;
        lp.setRowBounds(fixedRows[j], Double.NEGATIVE_INFINITY, level + margin - groups.get(j).constant());
        lp.setRowBounds(shareRows[j], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}

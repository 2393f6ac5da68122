package org.fairshed.plan.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/**
 * The textbook leximin, to cross-check the planner's fair sharing: one slot without critical load, the angle model of
 * {@link ReferenceMinShed}, every LP built afresh on HiGHS. The least total shed L first; then, with the total held
 * within {@code L (1 + price)}, progressive filling where a region is fixed only when a solve of its own proves that it
 * cannot go below the level (no duals read): minimize the largest free share z*, then for every free region minimize
 * its share with all free shares held at or below z*; those that cannot go below z* are fixed there.
 * A region's share is cumulative: {@code (H_r + h shed_r) / (HL_r + h load_r)}.
 */
public final class ReferenceLeximin {

    /** A region that cannot go below the level by more than this is fixed at it. */
    private static final double SATURATED = 1e-6;

    private final PlanInput in;
    private final int t;
    private final double[] historyShedMwh;
    private final double[] historyLoadMwh;
    private final double totalBoundMw;
    /** per region its fixed level; NaN while free */
    private final double[] fixed;

    private ReferenceLeximin(PlanInput in, int t, double[] historyShedMwh, double[] historyLoadMwh, double totalBoundMw) {
        this.in = in;
        this.t = t;
        this.historyShedMwh = historyShedMwh;
        this.historyLoadMwh = historyLoadMwh;
        this.totalBoundMw = totalBoundMw;
        this.fixed = new double[in.regions().count()];
        Arrays.fill(fixed, Double.NaN);
    }

    /**
     * Every region's leximin share in slot t (regions without load: NaN), the least total shed held within
     * {@code (1 + price + relativeTolerance)} plus {@code absoluteToleranceMw}, as the planner holds it.
     */
    public static double[] shares(PlanInput in, int t, double[] historyShedMwh, double[] historyLoadMwh,
                                  double relativeTolerance, double absoluteToleranceMw) {
        double least = ReferenceMinShed.minShedMw(in, t);
        double bound = least * (1 + in.fairness().priceOfFairness() + relativeTolerance) + absoluteToleranceMw;
        return new ReferenceLeximin(in, t, historyShedMwh, historyLoadMwh, bound).run();
    }

    private double[] run() {
        int nr = in.regions().count();
        List<Integer> free = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            if (denominator(r) > 0) {
                free.add(r);
            }
        }
        while (!free.isEmpty()) {
            double level = solve(free, -1, Double.NaN);
            List<Integer> saturated = new ArrayList<>();
            for (int r : free) {
                if (solve(free, r, level) >= level - SATURATED) {
                    saturated.add(r);
                }
            }
            if (saturated.isEmpty()) {
                throw new IllegalStateException("no region saturated at level " + level + ": the reference is wrong");
            }
            for (int r : saturated) {
                fixed[r] = level;
            }
            free.removeAll(saturated);
        }
        double[] shares = new double[nr];
        for (int r = 0; r < nr; r++) {
            shares[r] = denominator(r) > 0 ? fixed[r] : Double.NaN;
        }
        return shares;
    }

    /**
     * {@code own < 0}: the least largest share z of the free regions. Otherwise the least share of region {@code own}
     * with every free share at most {@code level}.
     */
    private double solve(List<Integer> free, int own, double level) {
        try (LpModel lp = new OrToolsLpModel(LpSolverType.HIGHS)) {
            ReferenceMinShed.AngleModel m = ReferenceMinShed.build(lp, in, t);
            int nr = in.regions().count();
            List<List<Integer>> shedOf = new ArrayList<>();
            for (int r = 0; r < nr; r++) {
                shedOf.add(new ArrayList<>());
            }
            List<Integer> all = new ArrayList<>();
            for (int b = 0; b < m.shed().length; b++) {
                if (m.shed()[b] >= 0) {
                    all.add(m.shed()[b]);
                    int r = in.regions().regionOf(b);
                    if (r != Regions.NO_REGION) {
                        shedOf.get(r).add(m.shed()[b]);
                    }
                }
            }
            row(lp, all, 1, -1, Double.NaN, totalBoundMw - m.deadMw(), "total");
            int z = lp.addVariable(0, own < 0 ? Double.POSITIVE_INFINITY : level, own < 0 ? 1 : 0, "z");
            for (int r = 0; r < nr; r++) {
                if (denominator(r) <= 0) {
                    continue;
                }
                double scale = in.slotHours() / denominator(r);
                double constant = historyShedMwh[r] / denominator(r);
                if (!Double.isNaN(fixed[r])) {
                    row(lp, shedOf.get(r), scale, -1, Double.NaN, fixed[r] + 1e-7 - constant, "fixed" + r);
                } else {
                    row(lp, shedOf.get(r), scale, z, -1, -constant, "share" + r);
                }
                if (r == own) {
                    for (int v : shedOf.get(r)) {
                        lp.setObjectiveCoefficient(v, scale);
                    }
                    lp.setObjectiveOffset(constant);
                }
            }
            LpResult result = lp.solve(60);
            if (!result.status().isOptimal()) {
                throw new IllegalStateException("reference leximin LP " + result.status() + ": " + result.message());
            }
            return result.objective();
        }
    }

    /** {@code scale * sum(vars) + extraCoefficient * extra <= ub} ({@code extra < 0}: none). */
    private static void row(LpModel lp, List<Integer> vars, double scale, int extra, double extraCoefficient, double ub,
                            String name) {
        int n = vars.size() + (extra >= 0 ? 1 : 0);
        int[] idx = new int[n];
        double[] coef = new double[n];
        for (int i = 0; i < vars.size(); i++) {
            idx[i] = vars.get(i);
            coef[i] = scale;
        }
        if (extra >= 0) {
            idx[n - 1] = extra;
            coef[n - 1] = extraCoefficient;
        }
        lp.addRow(Double.NEGATIVE_INFINITY, ub, idx, coef, name);
    }

    private double denominator(int r) {
        double load = 0;
        for (int b = 0; b < in.grid().buses().size(); b++) {
            if (in.regions().regionOf(b) == r) {
                load += Math.max(0, in.busLoadMw()[t][b]);
            }
        }
        return historyLoadMwh[r] + in.slotHours() * load;
    }
}

package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;

/**
 * Solves one {@link SheddingModel} lexicographically: (0) balance fixed injections, (1) least critical shed, (2) least
 * total shed, (3) in fair mode, leximin of the regions' shares within the price-of-fairness budget, (4) cheapest
 * generation. Each stage's optimum is kept as a bound for the next. Branch limits are added lazily: after every solve
 * the full DC flows are computed and the overloaded branches' rows added, until none is.
 */
public final class SheddingSolver {

    /** Branches over their limit by more than this (MW) get their row added. */
    static final double LAZY_FLOW_TOLERANCE_MW = 1e-5;
    /** A stage optimum v is kept as {@code <= v (1 + rel) + abs}, so round-off cannot make later stages infeasible. */
    static final double STAGE_RELATIVE_TOLERANCE = 1e-8;
    static final double STAGE_ABSOLUTE_TOLERANCE_MW = 1e-6;
    /** Tangent lines per quadratic cost curve in the cost stage (cost is the last priority: an outer approximation). */
    static final int COST_TANGENTS = 6;
    /** Lazy rounds at most per solve before giving up. */
    static final int MAX_LAZY_ROUNDS = 200;

    private final SheddingModel model;
    private final PlannerParameters parameters;
    private final long deadline;
    private int solves;
    private Solution lastStageSolution;

    private SheddingSolver(SheddingModel model, PlannerParameters parameters) {
        this.model = model;
        this.parameters = parameters;
        this.deadline = System.nanoTime() + (long) (parameters.timeLimitSeconds() * 1e9);
    }

    /**
     * Plans the given slots.
     *
     * @param historyShedMwh  cumulative mode: per region, non-critical energy shed before these slots
     * @param historyLoadMwh  cumulative mode: per region, non-critical energy demanded before these slots
     */
    static SolvedSlots solve(PlanInput input, NetworkSensitivities net, PlannerParameters parameters, int[] slots,
                             double[] historyShedMwh, double[] historyLoadMwh) {
        long t0 = System.nanoTime();
        try (LpModel lp = new OrToolsLpModel(parameters.solver())) {
            SheddingModel model = new SheddingModel(input, net, lp, slots);
            SheddingSolver solver = new SheddingSolver(model, parameters);
            return solver.run(historyShedMwh, historyLoadMwh, t0);
        }
    }

    private SolvedSlots run(double[] historyShedMwh, double[] historyLoadMwh, long t0) {
        int n = model.slots.length;
        List<int[]> all = new ArrayList<>();
        List<int[]> critical = new ArrayList<>();
        List<int[]> imbalance = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            critical.add(model.shedCVar[s]);
            all.add(model.shedCVar[s]);
            all.add(model.shedNVar[s]);
            imbalance.add(model.unservedVar[s]);
            imbalance.add(model.spilledVar[s]);
        }
        // (0) sum unserved + spilled: 0 unless fixed injections cannot be balanced
        LpResult r = stage(imbalance, 0);
        if (r.status() != LpStatus.OPTIMAL) {
            return failed(r, t0);
        }
        // (1) sum shedc
        r = stage(critical, 0);
        if (r.status() != LpStatus.OPTIMAL) {
            return failed(r, t0);
        }
        // (2) sum shedc + shedn, then kept within the price of fairness
        boolean fair = model.input.fairness().mode() == FairnessMode.FAIR;
        r = stage(all, fair ? model.input.fairness().priceOfFairness() : 0);
        if (r.status() != LpStatus.OPTIMAL) {
            return failed(r, t0);
        }
        Solution minShed = lastStageSolution;
        if (fair) {
            List<LeximinStage.Group> groups = FairnessGroups.of(model, historyShedMwh, historyLoadMwh);
            LpResult failure = LeximinStage.run(model, groups, this::solveLazily);
            if (failure != null) {
                return failed(failure, t0);
            }
        }
        // (4) sum cost(pg): linear terms exact, quadratic ones by tangent lines
        model.lp.clearObjective();
        setCostObjective();
        r = solveLazily();
        if (r.status() != LpStatus.OPTIMAL) {
            return failed(r, t0);
        }
        return new SolvedSlots(model, Solution.read(model), minShed, "", LpStatus.OPTIMAL, solves,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Minimizes the sum of {@code groups}' variables, then bounds that sum by its optimum times (1 + slack). */
    private LpResult stage(List<int[]> groups, double relativeSlack) {
        LpModel lp = model.lp;
        lp.clearObjective();
        List<Integer> vars = new ArrayList<>();
        for (int[] g : groups) {
            for (int v : g) {
                if (v >= 0) {
                    lp.setObjectiveCoefficient(v, 1);
                    vars.add(v);
                }
            }
        }
        LpResult r = solveLazily();
        if (r.status() == LpStatus.OPTIMAL) {
            // read before the bound row is added: changing the model discards the solver's solution
            lastStageSolution = Solution.read(model);
        }
        if (r.status() == LpStatus.OPTIMAL && !vars.isEmpty()) {
            double v = Math.max(0, r.objective());
            double[] ones = new double[vars.size()];
            java.util.Arrays.fill(ones, 1);
            lp.addRow(Double.NEGATIVE_INFINITY, v * (1 + relativeSlack + STAGE_RELATIVE_TOLERANCE) + STAGE_ABSOLUTE_TOLERANCE_MW,
                    vars.stream().mapToInt(Integer::intValue).toArray(), ones, "stage_" + lp.rowCount());
        }
        return r;
    }

    private void setCostObjective() {
        List<Generator> gens = model.input.grid().generators();
        for (int s = 0; s < model.slots.length; s++) {
            for (int g = 0; g < gens.size(); g++) {
                int v = model.pgVar[s][g];
                if (v < 0) {
                    continue;
                }
                GenCost cost = gens.get(g).cost();
                if (cost.model() == GenCost.Model.POLYNOMIAL && cost.n() <= 2) {
                    model.lp.setObjectiveCoefficient(v, cost.polyCoefficient(1));
                } else {
                    addCostEpigraph(s, g, v, cost);
                }
            }
        }
    }

    private void addCostEpigraph(int s, int g, int pg, GenCost cost) {
        // cost_g >= f(p_k) + f'(p_k) (pg - p_k) at tangent points (polynomial) or >= each segment (piecewise linear)
        double pmax = model.input.genPmaxMw()[model.slots[s]][g];
        int c = model.lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, "cost_s" + model.slots[s] + "_g" + (g + 1));
        double[] xy = cost.coefficients();
        int lines = cost.model() == GenCost.Model.POLYNOMIAL ? COST_TANGENTS : xy.length / 2 - 1;
        for (int k = 0; k < lines; k++) {
            double slope;
            double intercept;
            if (cost.model() == GenCost.Model.POLYNOMIAL) {
                double p = pmax * k / (COST_TANGENTS - 1);
                slope = derivative(cost, p);
                intercept = cost.evaluate(p) - slope * p;
            } else {
                double dx = xy[2 * k + 2] - xy[2 * k];
                slope = dx == 0 ? 0 : (xy[2 * k + 3] - xy[2 * k + 1]) / dx;
                intercept = xy[2 * k + 1] - slope * xy[2 * k];
            }
            model.lp.addRow(intercept, Double.POSITIVE_INFINITY, new int[] {c, pg}, new double[] {1, -slope},
                    "costline_s" + model.slots[s] + "_g" + (g + 1) + "_" + k);
        }
    }

    private static double derivative(GenCost cost, double p) {
        double d = 0;
        for (int k = cost.n() - 1; k >= 1; k--) {
            d = d * p + k * cost.polyCoefficient(k);
        }
        return d;
    }

    /** Solves, adds the rows of overloaded branches, and re-solves until no branch is over its limit. */
    LpResult solveLazily() {
        for (int round = 0; ; round++) {
            double remaining = (deadline - System.nanoTime()) / 1e9;
            if (remaining <= 0) {
                return new LpResult(LpStatus.TIME_LIMIT, Double.NaN, 0, "time limit of " + parameters.timeLimitSeconds() + " s reached");
            }
            LpResult r = model.lp.solve(remaining);
            solves++;
            if (r.status() != LpStatus.OPTIMAL || round >= MAX_LAZY_ROUNDS) {
                return r;
            }
            Solution x = Solution.read(model);
            boolean added = false;
            for (int s = 0; s < model.slots.length; s++) {
                double[] flows = model.net.flows(model.net.injections(x.genMw()[s], x.servedMw(model, s)));
                for (int k : model.net.violated(flows, LAZY_FLOW_TOLERANCE_MW)) {
                    added |= model.addBranchLimit(s, k);
                }
            }
            if (!added) {
                return r;
            }
        }
    }

    private SolvedSlots failed(LpResult r, long t0) {
        return new SolvedSlots(model, null, null, r.message(), r.status(), solves, (System.nanoTime() - t0) / 1e9);
    }
}

package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fairshed.grid.lp.LpResult;

/**
 * Leximin of the regions' shed shares by progressive filling: minimize the largest share z of the groups still free;
 * groups whose row has a non-zero dual at the optimum cannot go below z in any optimal solution (complementary
 * slackness), so they are fixed at z and the rest continue, until every group is fixed or all free shares can be 0.
 * A group is a region in one slot, or a region over the horizon (cumulative fairness). Its share is
 * {@code constant + scale * sum of its non-critical shed variables}.
 */
final class LeximinStage {

    /** Shares are fixed this much above their level, so round-off cannot make the next step infeasible. */
    static final double SHARE_TOLERANCE = 1e-7;
    /** A dual this small is taken as zero. */
    static final double DUAL_EPSILON = 1e-9;

    /** One fairness group: share = constant + scale * sum(vars). */
    record Group(String name, int[] vars, double scale, double constant) {
    }

    private LeximinStage() {
    }

    /**
     * Runs the leximin steps on {@code model}; {@code solve} re-solves (with lazy branch rows) and returns the result.
     * Returns the last non-optimal result if a step fails, else null.
     */
    static LpResult run(SheddingModel model, List<Group> groups, Supplier<LpResult> solve) {
        if (groups.isEmpty()) {
            return null;
        }
        var lp = model.lp;
        lp.clearObjective();
        int z = lp.addVariable(0, Double.POSITIVE_INFINITY, 1, "fair_max_share_" + lp.variableCount());
        List<Integer> rows = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            Group g = groups.get(j);
            int[] idx = new int[g.vars().length + 1];
            double[] coef = new double[idx.length];
            for (int i = 0; i < g.vars().length; i++) {
                idx[i] = g.vars()[i];
                coef[i] = g.scale();
            }
            idx[idx.length - 1] = z;
            coef[idx.length - 1] = -1;
            // constant + scale * sum(shedn) - z <= 0
            rows.add(lp.addRow(Double.NEGATIVE_INFINITY, -g.constant(), idx, coef, "fair_" + g.name()));
            free.add(j);
        }
        while (!free.isEmpty()) {
            LpResult r = solve.get();
            if (!r.status().isOptimal()) {
                return r;
            }
            double level = lp.value(z);
            List<Integer> blocked = new ArrayList<>();
            for (int j : free) {
                if (level <= SHARE_TOLERANCE || Math.abs(lp.dual(rows.get(j))) > DUAL_EPSILON) {
                    blocked.add(j);
                }
            }
            if (blocked.isEmpty()) {
                // numerically no dual stood out: fix every free group at the level (never worse than min-max)
                blocked.addAll(free);
            }
            for (int j : blocked) {
                // constant + scale * sum(shedn) <= level
                lp.setCoefficient(rows.get(j), z, 0);
                lp.setRowBounds(rows.get(j), Double.NEGATIVE_INFINITY, level + SHARE_TOLERANCE - groups.get(j).constant());
            }
            free.removeAll(blocked);
            if (System.getenv("FAIRSHED_TRACE") != null) {
                System.err.printf("  leximin: level %.9f, %d fixed, %d free%n", level, blocked.size(), free.size());
            }
        }
        lp.setVariableBounds(z, 0, 0);
        return null;
    }
}

package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * The DC OPF in MATPOWER's angle formulation ({@link DcOpfFormulation#ANGLES}, {@link DcOpfModel}): every bus and
 * every limited branch in the LP from the start; curved costs refined by cutting planes, re-solved warm.
 */
final class AngleDcOpf {

    private AngleDcOpf() {
    }

    static DcOpfResult run(Grid grid, DcOpfParameters parameters) {
        long t0 = System.nanoTime();
        Islands islands = Islands.of(grid);
        try (LpModel lp = new OrToolsLpModel(parameters.solver())) {
            DcOpfModel model = new DcOpfModel(grid, islands, lp, parameters);
            double solveSeconds = 0;
            int rounds = 0;
            while (true) {
                double remaining = parameters.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
                if (remaining <= 0) {
                    return DcOpfOutcomes.failure(DcOpfStatus.TIME_LIMIT, "time limit of " + parameters.timeLimitSeconds()
                            + " s reached after " + rounds + " cutting-plane rounds", rounds, solveSeconds, t0);
                }
                LpResult r = lp.solve(remaining);
                rounds++;
                solveSeconds += r.seconds();
                if (r.status() != LpStatus.OPTIMAL) {
                    return DcOpfOutcomes.failure(DcOpfOutcomes.statusOf(r.status()), DcOpfOutcomes.explain(r, grid, islands),
                            rounds, solveSeconds, t0);
                }
                double[] gen = dispatch(model);
                double[] under = model.costs.underestimates(gen);
                double trueCost = model.costs.totalCost(gen);
                double gap = trueCost - r.objective();
                boolean tight = gap <= parameters.costTolerance() * Math.max(1.0, Math.abs(trueCost));
                if (tight || rounds >= parameters.maxRounds()
                        || !model.costs.refine(gen, under, parameters.costTolerance(), trueCost)) {
                    if (!tight) {
                        return DcOpfOutcomes.failure(DcOpfStatus.ERROR, "cost approximation did not converge: gap " + gap
                                + " $/h after " + rounds + " rounds", rounds, solveSeconds, t0);
                    }
                    return success(model, gen, trueCost, gap, rounds, solveSeconds, t0);
                }
            }
        }
    }

    private static double[] dispatch(DcOpfModel model) {
        double[] gen = new double[model.pgVar.length];
        for (int g = 0; g < gen.length; g++) {
            gen[g] = model.pgVar[g] >= 0 ? model.lp.value(model.pgVar[g]) : 0.0;
        }
        return gen;
    }

    private static DcOpfResult success(DcOpfModel model, double[] gen, double cost, double gap, int rounds,
                                       double solveSeconds, long t0) {
        Grid grid = model.grid;
        List<Bus> buses = grid.buses();
        double[] theta = new double[buses.size()];
        double[] deg = new double[buses.size()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = model.thetaVar[i] >= 0 ? model.lp.value(model.thetaVar[i]) : 0.0;
            deg[i] = Math.toDegrees(theta[i]);
        }
        double[] flows = new double[grid.branches().size()];
        for (int k = 0; k < flows.length; k++) {
            if (model.susceptance[k] != 0) {
                int f = grid.busIndex(grid.branches().get(k).from());
                int t = grid.busIndex(grid.branches().get(k).to());
                flows[k] = grid.baseMva() * model.susceptance[k] * (theta[f] - theta[t] - model.shiftRad[k]);
            }
        }
        double generation = 0;
        for (double p : gen) {
            generation += p;
        }
        double unserved = model.islands.deadLoadMw();
        return new DcOpfResult(DcOpfStatus.OPTIMAL, "", cost, gap, gen, deg, flows, generation,
                grid.totalLoadMw() - unserved, unserved, rounds, solveSeconds, (System.nanoTime() - t0) / 1e9);
    }
}

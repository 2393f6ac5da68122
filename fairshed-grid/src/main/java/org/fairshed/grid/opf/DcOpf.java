package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * DC optimal power flow: minimum generation cost subject to DC power balance at every bus, branch limits
 * (RATE_A, 0 = unlimited), angle-difference limits where the case sets them, and generator limits. Curved
 * (quadratic) costs are solved to {@link DcOpfParameters#costTolerance()} by cutting planes: tangent lines are
 * added where the LP's outer approximation is loose, and the LP is re-solved warm. Dead islands are left out and
 * their load reported unserved. The outcome, including failure, is data in the {@link DcOpfResult}.
 */
public final class DcOpf {

    private DcOpf() {
    }

    public static DcOpfResult run(Grid grid) {
        return run(grid, DcOpfParameters.DEFAULT);
    }

    public static DcOpfResult run(Grid grid, DcOpfParameters parameters) {
        long t0 = System.nanoTime();
        Islands islands = Islands.of(grid);
        try (LpModel lp = new OrToolsLpModel(parameters.solver())) {
            DcOpfModel model = new DcOpfModel(grid, islands, lp, parameters);
            double solveSeconds = 0;
            int rounds = 0;
            while (true) {
                double remaining = parameters.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
                if (remaining <= 0) {
                    return failure(DcOpfStatus.TIME_LIMIT, "time limit of " + parameters.timeLimitSeconds()
                            + " s reached after " + rounds + " cutting-plane rounds", rounds, solveSeconds, t0);
                }
                LpResult r = lp.solve(remaining);
                rounds++;
                solveSeconds += r.seconds();
                if (r.status() != LpStatus.OPTIMAL) {
                    return failure(statusOf(r.status()), explain(r, grid, islands), rounds, solveSeconds, t0);
                }
                double[] gen = dispatch(model);
                double trueCost = totalCost(grid, gen, model);
                double gap = trueCost - r.objective();
                boolean tight = gap <= parameters.costTolerance() * Math.max(1.0, Math.abs(trueCost));
                if (tight || rounds >= parameters.maxRounds() || !refine(model, gen, parameters, trueCost)) {
                    if (!tight) {
                        return failure(DcOpfStatus.ERROR, "cost approximation did not converge: gap " + gap
                                + " $/h after " + rounds + " rounds", rounds, solveSeconds, t0);
                    }
                    return success(model, gen, trueCost, gap, rounds, solveSeconds, t0);
                }
            }
        }
    }

    /** Adds a tangent at the dispatch of every generator whose cost is under-estimated; false if none was. */
    private static boolean refine(DcOpfModel model, double[] gen, DcOpfParameters parameters, double trueCost) {
        boolean added = false;
        List<Generator> gens = model.grid.generators();
        double perGenTolerance = parameters.costTolerance() * Math.max(1.0, Math.abs(trueCost)) / gens.size();
        // read every value before the model changes: adding a row invalidates the solution
        double[] under = new double[gens.size()];
        for (int g = 0; g < gens.size(); g++) {
            if (model.costVar[g] >= 0 && gens.get(g).cost().model() == GenCost.Model.POLYNOMIAL) {
                under[g] = gens.get(g).cost().evaluate(gen[g]) - model.lp.value(model.costVar[g]);
            }
        }
        for (int g = 0; g < gens.size(); g++) {
            if (under[g] > perGenTolerance) {
                model.addTangent(g, gen[g]);
                added = true;
            }
        }
        return added;
    }

    private static double[] dispatch(DcOpfModel model) {
        double[] gen = new double[model.pgVar.length];
        for (int g = 0; g < gen.length; g++) {
            gen[g] = model.pgVar[g] >= 0 ? model.lp.value(model.pgVar[g]) : 0.0;
        }
        return gen;
    }

    /** MATPOWER's objective: each dispatched generator's cost curve at its output. */
    private static double totalCost(Grid grid, double[] gen, DcOpfModel model) {
        double c = 0;
        for (int g = 0; g < gen.length; g++) {
            if (model.pgVar[g] >= 0) {
                c += grid.generators().get(g).cost().evaluate(gen[g]);
            }
        }
        return c;
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

    private static DcOpfResult failure(DcOpfStatus status, String message, int rounds, double solveSeconds, long t0) {
        return new DcOpfResult(status, message, Double.NaN, Double.NaN, new double[0], new double[0], new double[0],
                Double.NaN, Double.NaN, Double.NaN, rounds, solveSeconds, (System.nanoTime() - t0) / 1e9);
    }

    private static DcOpfStatus statusOf(LpStatus s) {
        return switch (s) {
            case OPTIMAL -> DcOpfStatus.OPTIMAL;
            case INFEASIBLE -> DcOpfStatus.INFEASIBLE;
            case TIME_LIMIT -> DcOpfStatus.TIME_LIMIT;
            case UNBOUNDED, ERROR -> DcOpfStatus.ERROR;
        };
    }

    private static String explain(LpResult r, Grid grid, Islands islands) {
        if (r.status() != LpStatus.INFEASIBLE) {
            return r.message();
        }
        StringBuilder sb = new StringBuilder("no dispatch meets every limit");
        for (var island : islands.all()) {
            double load = 0;
            for (int n : island.busNumbers()) {
                Bus b = grid.bus(n);
                load += b.pdMw() + b.gsMw();
            }
            double minimum = 0;
            for (Generator g : grid.generators()) {
                if (g.inService() && islands.islandOfBusIndex(grid.busIndex(g.bus())) == island.index()) {
                    minimum += g.pminMw();
                }
            }
            if (!island.isDead() && load > island.capacityMw()) {
                sb.append(String.format("; island %d needs %.1f MW but has %.1f MW of capacity", island.index(), load,
                        island.capacityMw()));
            } else if (!island.isDead() && load < minimum) {
                sb.append(String.format("; island %d needs %.1f MW but its units' minimum output (Pmin) adds up to %.1f MW",
                        island.index(), load, minimum));
            }
        }
        return sb.append(" (shed load with the planner, or check branch limits)").toString();
    }
}

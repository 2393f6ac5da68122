package org.fairshed.grid.opf;

import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/** The results of a DC OPF that did not end optimal, and the words that say why, whatever the formulation. */
final class DcOpfOutcomes {

    private DcOpfOutcomes() {
    }

    static DcOpfResult failure(DcOpfStatus status, String message, int rounds, double solveSeconds, long t0) {
        return new DcOpfResult(status, message, Double.NaN, Double.NaN, new double[0], new double[0], new double[0],
                Double.NaN, Double.NaN, Double.NaN, rounds, solveSeconds, (System.nanoTime() - t0) / 1e9);
    }

    static DcOpfStatus statusOf(LpStatus s) {
        return switch (s) {
            case OPTIMAL -> DcOpfStatus.OPTIMAL;
            case INFEASIBLE -> DcOpfStatus.INFEASIBLE;
            case TIME_LIMIT -> DcOpfStatus.TIME_LIMIT;
            case UNBOUNDED, ERROR -> DcOpfStatus.ERROR;
        };
    }

    /** The engine's message, or for an infeasible model the islands whose generation cannot match their load. */
    static String explain(LpResult r, Grid grid, Islands islands) {
        if (r.status() != LpStatus.INFEASIBLE) {
            return r.message();
        }
        String islandShortfalls = islandShortfalls(grid, islands);
        return "no dispatch meets every limit" + islandShortfalls + " (shed load with the planner, or check branch limits)";
    }

    /** "; island 0 needs 500.0 MW but has 400.0 MW of capacity" for each island that cannot balance; "" if none. */
    static String islandShortfalls(Grid grid, Islands islands) {
        StringBuilder sb = new StringBuilder();
        for (Island island : islands.all()) {
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
        return sb.toString();
    }
}

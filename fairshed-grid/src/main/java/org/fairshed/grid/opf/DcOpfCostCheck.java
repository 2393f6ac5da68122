package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * What the DC OPF's cost model can take, checked before any solver sees the grid: costs of in-service units must be
 * convex (the LP keeps the largest of the tangents or segments, which is the curve only when it is convex) and at most
 * quadratic (MATPOWER's DC OPF refuses higher orders too). A case file may hold other curves (an AC OPF may take
 * them), so this is a limit of the model, refused here naming the generator, not of the reader.
 */
final class DcOpfCostCheck {

    /** Relative slack allowed when comparing the slopes of consecutive segments (round-off of the file's numbers). */
    private static final double SLOPE_TOLERANCE = 1e-9;

    private DcOpfCostCheck() {
    }

    /** @throws InputException naming the first in-service generator whose cost the DC OPF cannot take */
    static void check(Grid grid) {
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            if (!gens.get(g).inService()) {
                continue;
            }
            String problem = problem(gens.get(g).cost());
            if (problem != null) {
                throw InputException.atField(grid.name(), "generator " + (g + 1), problem);
            }
        }
    }

    /** Why the DC OPF cannot take {@code cost}, or null. */
    static String problem(GenCost cost) {
        if (cost.model() == GenCost.Model.POLYNOMIAL) {
            for (int k = cost.n() - 1; k > 2; k--) {
                if (cost.polyCoefficient(k) != 0) {
                    return "has a polynomial cost of degree " + k + " (coefficient " + cost.polyCoefficient(k)
                            + " of P^" + k + "): the DC OPF takes costs up to quadratic, as MATPOWER's rundcopf";
                }
            }
            if (cost.n() > 2 && cost.polyCoefficient(2) < 0) {
                return "has a concave cost (quadratic coefficient " + cost.polyCoefficient(2)
                        + " < 0): the DC OPF needs convex costs";
            }
            return null;
        }
        double[] xy = cost.coefficients();
        double previous = Double.NEGATIVE_INFINITY;
        for (int s = 0; s + 3 < xy.length; s += 2) {
            double slope = (xy[s + 3] - xy[s + 1]) / (xy[s + 2] - xy[s]);
            if (slope < previous - SLOPE_TOLERANCE * Math.max(1, Math.abs(previous))) {
                return "has a piecewise-linear cost that is not convex: segment " + (s / 2 + 1) + " rises by " + slope
                        + " USD/MWh, less than segment " + (s / 2) + " (" + previous + " USD/MWh); the DC OPF needs "
                        + "segments that get steeper";
            }
            previous = slope;
        }
        return null;
    }
}

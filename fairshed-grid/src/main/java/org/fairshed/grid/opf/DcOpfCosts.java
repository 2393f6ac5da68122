package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * The generation cost in a DC OPF's LP, whatever its network formulation: a linear cost (a polynomial without a
 * quadratic term) exactly in the objective; a piecewise-linear cost through an epigraph variable {@code cost_g<row>}
 * above each segment; a quadratic cost through an epigraph variable above tangent lines, added by {@link #refine}
 * where the outer approximation is loose.
 */
final class DcOpfCosts {

    private final Grid grid;
    private final LpModel lp;
    private final int[] pgVar;
    /** LP variable of each generator's cost epigraph, -1 when the cost is linear (exact in the objective) */
    final int[] costVar;

    /**
     * Adds the cost of every generator that has a dispatch variable ({@code pgVar[g] >= 0}); quadratic costs start
     * with {@code initialTangents} tangents spread over [Pmin, Pmax].
     */
    DcOpfCosts(Grid grid, LpModel lp, int[] pgVar, int initialTangents) {
        this.grid = grid;
        this.lp = lp;
        this.pgVar = pgVar;
        this.costVar = new int[pgVar.length];
        java.util.Arrays.fill(costVar, -1);
        double offset = 0;
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            if (pgVar[g] < 0) {
                continue;
            }
            Generator gen = gens.get(g);
            GenCost cost = gen.cost();
            if (cost.model() == GenCost.Model.POLYNOMIAL && !isQuadratic(cost)) {
                // c1 pg + c0 exactly (a quadratic term of 0, as in PGLib's files, is linear: tangents would all coincide)
                lp.setObjectiveCoefficient(pgVar[g], cost.polyCoefficient(1));
                offset += cost.polyCoefficient(0);
            } else if (cost.model() == GenCost.Model.POLYNOMIAL) {
                // cost_g >= f(p_k) + f'(p_k) (pg - p_k) at tangent points p_k
                costVar[g] = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, "cost_g" + (g + 1));
                for (int k = 0; k < initialTangents; k++) {
                    addTangent(g, gen.pminMw() + (gen.pmaxMw() - gen.pminMw()) * k / (initialTangents - 1));
                }
            } else {
                costVar[g] = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, "cost_g" + (g + 1));
                addPiecewiseSegments(g, cost.coefficients());
            }
        }
        lp.setObjectiveOffset(offset);
    }

    /** A polynomial with a non-zero P^2 term ({@link DcOpfCostCheck} refused higher orders). */
    private static boolean isQuadratic(GenCost cost) {
        return cost.polyCoefficient(2) != 0;
    }

    private void addPiecewiseSegments(int g, double[] xy) {
        for (int s = 0; s + 3 < xy.length; s += 2) {
            double dx = xy[s + 2] - xy[s];
            double slope = dx == 0 ? 0 : (xy[s + 3] - xy[s + 1]) / dx;
            // cost_g - slope * pg >= y_s - slope * x_s
            lp.addRow(xy[s + 1] - slope * xy[s], Double.POSITIVE_INFINITY, new int[] {costVar[g], pgVar[g]},
                    new double[] {1, -slope}, "pwl_g" + (g + 1) + "_s" + (s / 2 + 1));
        }
    }

    /** Adds the tangent of generator g's quadratic cost at {@code p} MW: cost_g >= f(p) + f'(p)(pg - p). */
    void addTangent(int g, double p) {
        GenCost cost = grid.generators().get(g).cost();
        double f = cost.evaluate(p);
        double df = derivative(cost, p);
        lp.addRow(f - df * p, Double.POSITIVE_INFINITY, new int[] {costVar[g], pgVar[g]}, new double[] {1, -df},
                "tangent_g" + (g + 1) + "_" + lp.rowCount());
    }

    static double derivative(GenCost cost, double p) {
        double d = 0;
        for (int k = cost.n() - 1; k >= 1; k--) {
            d = d * p + k * cost.polyCoefficient(k);
        }
        return d;
    }

    /** MATPOWER's objective: each dispatched generator's cost curve at its output {@code gen} (MW). */
    double totalCost(double[] gen) {
        double c = 0;
        for (int g = 0; g < gen.length; g++) {
            if (pgVar[g] >= 0) {
                c += grid.generators().get(g).cost().evaluate(gen[g]);
            }
        }
        return c;
    }

    /**
     * Generator by generator, how far the last solution's epigraph value lies below the true cost at {@code gen}. Read
     * before the model changes: adding a row invalidates the solution.
     */
    double[] underestimates(double[] gen) {
        List<Generator> gens = grid.generators();
        double[] under = new double[gens.size()];
        for (int g = 0; g < gens.size(); g++) {
            if (costVar[g] >= 0 && gens.get(g).cost().model() == GenCost.Model.POLYNOMIAL) {
                under[g] = gens.get(g).cost().evaluate(gen[g]) - lp.value(costVar[g]);
            }
        }
        return under;
    }

    /**
     * Adds a tangent at {@code gen} for every generator whose cost {@code under} (from {@link #underestimates}) says is
     * under-estimated by more than its share of the tolerance; false if none was.
     */
    boolean refine(double[] gen, double[] under, double costTolerance, double trueCost) {
        double perGenTolerance = costTolerance * Math.max(1.0, Math.abs(trueCost)) / gen.length;
        boolean added = false;
        for (int g = 0; g < gen.length; g++) {
            if (under[g] > perGenTolerance) {
                addTangent(g, gen[g]);
                added = true;
            }
        }
        return added;
    }
}

package org.fairshed.plan.model;

import java.util.List;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;

/**
 * The objective of the last stage, cheapest generation: each generator's cost curve by its secant slope over
 * [0, Pmax] (exact for linear costs, a ranking for curved ones: cost is the last priority and never changes how much
 * anyone sheds), plus a shed price above every marginal cost, so that cheaper generation is never bought by shedding
 * within the round-off margin the earlier stages' bounds leave.
 */
final class CostObjective {

    /** Shed is priced at this multiple of the dearest marginal cost, plus a floor ($/MWh). */
    static final double SHED_PRICE_FACTOR = 10;
    static final double SHED_PRICE_FLOOR = 1000;
    /** Critical shed is priced this many times ordinary shed. */
    static final double CRITICAL_PRICE_FACTOR = 10;
    /**
     * The objective is scaled by this for a second try when GLOP calls the stage infeasible on a model that is feasible
     * (seen on case9241pegase heavy, with the dollar-sized coefficients; the same ranking scaled down got through).
     */
    static final double RETRY_SCALE = 1e-4;

    private CostObjective() {
    }

    /** Sets the cost objective of {@code model}'s LP, every coefficient times {@code scale}. */
    static void set(SheddingModel model, double scale) {
        List<Generator> gens = model.input.grid().generators();
        double dearest = 0;
        for (int s = 0; s < model.slots.length; s++) {
            for (int g = 0; g < gens.size(); g++) {
                int v = model.pgVar[s][g];
                if (v >= 0) {
                    double slope = secantSlope(gens.get(g).cost(), model.input.genPmaxMw()[model.slots[s]][g]);
                    model.lp.setObjectiveCoefficient(v, scale * slope);
                    dearest = Math.max(dearest, Math.abs(slope));
                }
            }
        }
        double sheddingPrice = SHED_PRICE_FACTOR * dearest + SHED_PRICE_FLOOR;
        for (int s = 0; s < model.slots.length; s++) {
            for (int b = 0; b < model.shedNVar[s].length; b++) {
                if (model.shedNVar[s][b] >= 0) {
                    model.lp.setObjectiveCoefficient(model.shedNVar[s][b], scale * sheddingPrice);
                }
                if (model.shedCVar[s][b] >= 0) {
                    model.lp.setObjectiveCoefficient(model.shedCVar[s][b], scale * CRITICAL_PRICE_FACTOR * sheddingPrice);
                }
            }
        }
    }

    static double secantSlope(GenCost cost, double pmax) {
        if (cost.model() == GenCost.Model.POLYNOMIAL && cost.n() <= 2) {
            return cost.polyCoefficient(1);
        }
        return pmax > 0 ? (cost.evaluate(pmax) - cost.evaluate(0)) / pmax : 0;
    }
}

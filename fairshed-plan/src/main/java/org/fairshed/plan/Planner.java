package org.fairshed.plan;

/**
 * The deficit planner: for every slot, how much load each bus sheds so that the DC network stays within limits,
 * critical load first protected, total shed minimal, the rest shared fairly (leximin), then cheapest generation.
 */
public final class Planner {

    private Planner() {
    }

    public static PlanResult plan(PlanInput input, PlannerParameters parameters, PlanProgress progress) {
        throw new UnsupportedOperationException("the shedding model is being written");
    }
}

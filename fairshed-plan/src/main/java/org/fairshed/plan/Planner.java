package org.fairshed.plan;

import org.fairshed.plan.model.SheddingPlanner;

/**
 * The deficit planner: for every slot, how much load each bus sheds so that the DC network stays within limits —
 * critical load protected first, total shed minimal, the rest shared fairly between regions (leximin), then the
 * cheapest generation — optionally followed by an AC check of every slot.
 */
public final class Planner {

    private Planner() {
    }

    public static PlanResult plan(PlanInput input, PlannerParameters parameters, PlanProgress progress) {
        PlanResult result = SheddingPlanner.plan(input, parameters, progress);
        return parameters.acCheck() ? AcSlotChecks.run(result, parameters.threads()) : result;
    }
}

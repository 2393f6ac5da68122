package org.fairshed.plan;

import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.plan.model.SheddingPlanner;

/**
 * The deficit planner: for every slot, how much load each bus sheds so that the DC network stays within limits —
 * critical load protected first, total shed minimal, the rest shared fairly between regions (leximin), then the
 * cheapest generation — re-checked by {@link PlanVerifier}, optionally followed by an AC check of every slot.
 *
 * <p>A library entry point: no printing, no files. Outcomes are data in the result: a slot the solver could not
 * plan, one that broke a limit when re-checked ({@link PlanStatus#ERROR}) and one not reached before the job was
 * stopped ({@link PlanStatus#CANCELLED}) are slots of the plan, not exceptions. The same input gives the same plan
 * (run id and timings aside) whatever {@link PlannerParameters#threads()}.
 */
public final class Planner {

    /** Progress stage of the slots' optimization (slots done / total). */
    public static final String STAGE_PLAN = SheddingPlanner.STAGE;
    /** Progress stage of the AC check (slots done / total). */
    public static final String STAGE_AC_CHECK = AcSlotChecks.STAGE;

    private Planner() {
    }

    /**
     * Plans every slot of {@code input}.
     *
     * @param progress     told as slots complete, from solver threads (stages {@value #STAGE_PLAN}, then
     *                     {@value #STAGE_AC_CHECK} with the AC check)
     * @param cancellation polled between slots, stages and leximin steps; no solve runs past its remaining budget;
     *                     slots not solved when it stops are {@link PlanStatus#CANCELLED}
     */
    public static PlanResult plan(PlanInput input, PlannerParameters parameters, ProgressListener progress,
                                  Cancellation cancellation) {
        // losses (PlanInput#lossShare) are planned at generation level and reported at the consumers'
        PlanInput scaled = LossAllowance.scaled(input);
        PlanResult result = LossAllowance.unscaled(
                PlanVerifier.verified(SheddingPlanner.plan(scaled, parameters, progress, cancellation)), input);
        return parameters.acCheck() ? AcSlotChecks.run(result, parameters.threads(), progress, cancellation) : result;
    }

    /** {@link #plan(PlanInput, PlannerParameters, ProgressListener, Cancellation)} without progress or cancellation. */
    public static PlanResult plan(PlanInput input, PlannerParameters parameters) {
        return plan(input, parameters, ProgressListener.NONE, Cancellation.none());
    }
}

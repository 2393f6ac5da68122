package org.fairshed.plan;

/**
 * Outcome of one slot of a plan. Usable ({@link #isUsable()}): every limit met and the least total shed found —
 * {@link #OPTIMAL}, {@link #DEGRADED} and {@link #CRITICAL_SHED}; the others carry no plan to publish.
 */
public enum PlanStatus {
    /** All limits met, least total shed, fairness and cost stages finished; no critical load shed. */
    OPTIMAL,
    /**
     * All limits met and the least total shed kept, but a later stage (fair sharing or cheapest generation) stopped
     * early: the split between regions or the dispatch is not the final one. The message says which stage and why.
     */
    DEGRADED,
    /**
     * All limits met, but critical load is shed: the network left no other way, or it is dark (an island without
     * generation). A slot that is also degraded says so with {@link SlotPlan#degraded()}.
     */
    CRITICAL_SHED,
    /** Even shedding all sheddable load leaves a limit violated (fixed injections): the plan serves what it can. */
    INFEASIBLE,
    /** The slot's time limit stopped the solver before a plan with the least total shed was found. */
    TIME_LIMIT,
    /** The solver failed, or the plan it found broke a limit when re-checked (the message names the violations). */
    ERROR,
    /** The job was cancelled, or its time budget ran out, before this slot was solved. */
    CANCELLED;

    /** Limits met and the least total shed found: the slot can be published. */
    public boolean isUsable() {
        return this == OPTIMAL || this == DEGRADED || this == CRITICAL_SHED;
    }
}

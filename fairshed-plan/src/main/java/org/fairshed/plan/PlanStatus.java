package org.fairshed.plan;

/** Outcome of one slot of a plan. */
public enum PlanStatus {
    /** All limits met; no critical load shed. */
    OPTIMAL,
    /** All limits met, but the network left no way to avoid shedding critical load. */
    CRITICAL_SHED,
    /** Even shedding all sheddable load leaves a limit violated (fixed injections): the plan serves what it can. */
    INFEASIBLE,
    /** The time limit stopped the solver before the plan was proven optimal. */
    TIME_LIMIT,
    /** The solver failed. */
    ERROR;

    public boolean isUsable() {
        return this == OPTIMAL || this == CRITICAL_SHED;
    }
}

package org.fairshed.rota;

/** Outcome of scheduling one region-day. */
public enum RotaStatus {
    /** Every stage proven optimal, all rules met. */
    OPTIMAL,
    /** Every quota covered and all rules met, but a stage stopped at its time limit or the method is a heuristic. */
    FEASIBLE,
    /** Every quota covered, but max-off / min-on had to be relaxed; see the relaxations. */
    RELAXED,
    /** Some quota could not be covered (above all switchable load, or a frozen half-hour); see the relaxations. */
    UNDER_COVER;

    public boolean isCovered() {
        return this == OPTIMAL || this == FEASIBLE || this == RELAXED;
    }
}

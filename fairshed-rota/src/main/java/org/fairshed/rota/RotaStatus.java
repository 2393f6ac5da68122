package org.fairshed.rota;

/** Outcome of scheduling one region-day. */
public enum RotaStatus {
    /** Every stage proven optimal, all rules met. */
    OPTIMAL,
    /** Every quota covered and all rules met, but a stage stopped at its time limit or the method is a heuristic. */
    FEASIBLE,
    /** Every quota covered, but max-off / min-on had to be relaxed; see the relaxations. */
    RELAXED,
    /**
     * The plan's shed is unknown in some half-hours (its slots there are unusable; scheduled because the usable slots
     * only were asked for): those half-hours have no schedule at all, the others are covered (the relaxations say
     * where a rule gave way).
     */
    INCOMPLETE,
    /** Some quota could not be covered (above all switchable load, or a frozen half-hour); see the relaxations. */
    UNDER_COVER;

    /** True when every half-hour of the day is planned and covered. */
    public boolean isCovered() {
        return this == OPTIMAL || this == FEASIBLE || this == RELAXED;
    }
}

package org.fairshed.grid.lp;

/** Outcome of an LP solve. */
public enum LpStatus {
    OPTIMAL, INFEASIBLE, UNBOUNDED, TIME_LIMIT, ERROR;

    public boolean isOptimal() {
        return this == OPTIMAL;
    }
}

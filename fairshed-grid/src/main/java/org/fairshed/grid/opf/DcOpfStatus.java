package org.fairshed.grid.opf;

/** Outcome of a DC OPF. */
public enum DcOpfStatus {
    /** Optimal within the cost tolerance. */
    OPTIMAL,
    /** No dispatch satisfies the limits (e.g. load beyond what the network can deliver). */
    INFEASIBLE,
    /** Stopped at the time limit before optimality was proven. */
    TIME_LIMIT,
    /** The solver failed (numerical trouble, unbounded model, engine error). */
    ERROR;

    public boolean isSuccess() {
        return this == OPTIMAL;
    }
}

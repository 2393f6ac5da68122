package org.fairshed.grid.ac;

/** Outcome of an AC check (the main synchronous component's load-flow status). */
public enum AcCheckStatus {
    /** Newton-Raphson converged: voltages and flows are meaningful. */
    CONVERGED,
    /** Newton-Raphson stopped at the iteration limit without converging (typically no feasible AC state). */
    MAX_ITERATION_REACHED,
    /** The solver failed (singular Jacobian, unrealistic voltages, an exception inside the load flow, ...). */
    FAILED,
    /** Nothing was computed (e.g. no bus in the main component, no reference). */
    NO_CALCULATION
}

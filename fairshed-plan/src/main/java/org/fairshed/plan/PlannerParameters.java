package org.fairshed.plan;

import org.fairshed.grid.lp.LpSolverType;

/**
 * Settings of the shedding optimizer. Defaults are named constants; values are validated here.
 *
 * @param solver            LP engine (GLOP by default: the leximin steps read duals)
 * @param threads           slots solved in parallel when they are independent (>= 1)
 * @param timeLimitSeconds  wall-time budget per slot model (> 0)
 * @param acCheck           run the AC check of every slot
 */
public record PlannerParameters(LpSolverType solver, int threads, double timeLimitSeconds, boolean acCheck) {

    public static final LpSolverType DEFAULT_SOLVER = LpSolverType.GLOP;
    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;

    public PlannerParameters {
        if (solver == null) {
            throw new IllegalArgumentException("solver must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be positive, got " + timeLimitSeconds);
        }
    }

    public static PlannerParameters defaults() {
        return new PlannerParameters(DEFAULT_SOLVER, Runtime.getRuntime().availableProcessors(), DEFAULT_TIME_LIMIT_SECONDS, false);
    }

    public PlannerParameters withAcCheck(boolean value) {
        return new PlannerParameters(solver, threads, timeLimitSeconds, value);
    }

    public PlannerParameters withThreads(int value) {
        return new PlannerParameters(solver, value, timeLimitSeconds, acCheck);
    }
}

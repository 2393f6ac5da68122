package org.fairshed.plan;

import org.fairshed.common.Limits;
import org.fairshed.grid.lp.LpSolverType;

/**
 * Settings of the shedding optimizer. Defaults are named constants; values are validated here.
 *
 * @param solver            LP engine (GLOP by default: the leximin steps read duals)
 * @param threads           threads for independent slots (at most two are solved at once, so that the plan does not
 *                          depend on the thread count) and for the AC check; 1 to {@link Limits#MAX_THREADS}
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
        if (threads < 1 || threads > Limits.MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + Limits.MAX_THREADS + ", got " + threads);
        }
        if (!(timeLimitSeconds > 0) || timeLimitSeconds > Limits.MAX_TIME_BUDGET_SECONDS) {
            throw new IllegalArgumentException("timeLimitSeconds must be positive and at most "
                    + Limits.MAX_TIME_BUDGET_SECONDS + ", got " + timeLimitSeconds);
        }
    }

    public static PlannerParameters defaults() {
        int cores = Math.min(Limits.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return new PlannerParameters(DEFAULT_SOLVER, cores, DEFAULT_TIME_LIMIT_SECONDS, false);
    }

    public PlannerParameters withAcCheck(boolean value) {
        return new PlannerParameters(solver, threads, timeLimitSeconds, value);
    }

    public PlannerParameters withThreads(int value) {
        return new PlannerParameters(solver, value, timeLimitSeconds, acCheck);
    }
}

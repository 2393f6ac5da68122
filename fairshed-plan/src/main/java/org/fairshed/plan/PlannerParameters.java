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
 * @param siftingFromBuses  slot models of grids with at least this many loaded buses are solved by sifting (GLOP on a
 *                          working set of columns, {@link org.fairshed.grid.lp.SiftingLpModel}); 0 for every model,
 *                          {@link Integer#MAX_VALUE} for none (the commands that plan read FAIRSHED_SIFTING_FROM)
 * @param siftLeximinFromBranchRows below {@code siftingFromBuses}, a fair slot model is one GLOP model through its shed
 *                          stages, and its leximin and cost stage sift from their solution when it has at least this
 *                          many branch rows (0 always, {@link Integer#MAX_VALUE} never); nothing sifts when
 *                          {@code siftingFromBuses} is {@link Integer#MAX_VALUE}
 */
public record PlannerParameters(LpSolverType solver, int threads, double timeLimitSeconds, boolean acCheck,
                                int siftingFromBuses, int siftLeximinFromBranchRows) {

    public static final LpSolverType DEFAULT_SOLVER = LpSolverType.GLOP;
    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
    /**
     * Sifting pays where the dense PTDF rows span very many columns: 100,000 buses went from every slot at its time
     * limit to 26-32 s a slot; with the leximin started from equal shares ({@code EqualShareStart}) the fair 5 %
     * cumulative day at 30,000 buses (29,588 loaded) took 14.2 s against 32.9 s in one model, the least-shed day the
     * same, while at 10,000 buses (4.2 s against 5.3 s) and on case9241pegase (58.8 s against 64.0 s) the gain is small
     * and the one model stays (BENCHMARKS.md).
     */
    public static final int DEFAULT_SIFTING_FROM_BUSES = 20_000;
    /**
     * A network-bound leximin (case9241pegase heavy: 65-121 branch rows a slot) takes thousands of simplex iterations a
     * step in one model, and a few in a working model of the columns the shed stages use: fair 5 % cumulative 17.8 s
     * against 60 s, at price 0 8.6 s against 15.1 s. Where few branches bind (the synthetic grids below 20,000 buses:
     * 1-5 rows) the leximin is cheap in one model and sifting it cost 10-20 % more (BENCHMARKS.md).
     */
    public static final int DEFAULT_SIFT_LEXIMIN_FROM_BRANCH_ROWS = 20;

    public PlannerParameters(LpSolverType solver, int threads, double timeLimitSeconds, boolean acCheck) {
        this(solver, threads, timeLimitSeconds, acCheck, DEFAULT_SIFTING_FROM_BUSES, DEFAULT_SIFT_LEXIMIN_FROM_BRANCH_ROWS);
    }

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
        if (siftingFromBuses < 0) {
            throw new IllegalArgumentException("siftingFromBuses must be at least 0, got " + siftingFromBuses);
        }
        if (siftLeximinFromBranchRows < 0) {
            throw new IllegalArgumentException("siftLeximinFromBranchRows must be at least 0, got "
                    + siftLeximinFromBranchRows);
        }
    }

    public static PlannerParameters defaults() {
        int cores = Math.min(Limits.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return new PlannerParameters(DEFAULT_SOLVER, cores, DEFAULT_TIME_LIMIT_SECONDS, false);
    }

    public PlannerParameters withAcCheck(boolean value) {
        return new PlannerParameters(solver, threads, timeLimitSeconds, value, siftingFromBuses, siftLeximinFromBranchRows);
    }

    public PlannerParameters withThreads(int value) {
        return new PlannerParameters(solver, value, timeLimitSeconds, acCheck, siftingFromBuses, siftLeximinFromBranchRows);
    }

    public PlannerParameters withTimeLimitSeconds(double value) {
        return new PlannerParameters(solver, threads, value, acCheck, siftingFromBuses, siftLeximinFromBranchRows);
    }

    public PlannerParameters withSiftingFromBuses(int value) {
        return new PlannerParameters(solver, threads, timeLimitSeconds, acCheck, value, siftLeximinFromBranchRows);
    }

    public PlannerParameters withSiftLeximinFromBranchRows(int value) {
        return new PlannerParameters(solver, threads, timeLimitSeconds, acCheck, siftingFromBuses, value);
    }
}

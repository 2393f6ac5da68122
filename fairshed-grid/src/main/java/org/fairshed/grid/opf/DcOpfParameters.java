package org.fairshed.grid.opf;

import org.fairshed.grid.lp.LpSolverType;

/**
 * Settings of the DC OPF. Defaults are named constants; values are validated here.
 *
 * @param solver             LP engine
 * @param timeLimitSeconds   wall-time budget of one solve (all its rounds: cutting planes and lazy branch rows), > 0
 * @param costTolerance      relative gap accepted between the true convex cost at the solution and its
 *                           piecewise-linear outer approximation (quadratic costs), in (0, 1e-2]
 * @param initialTangents    tangent lines placed over [Pmin, Pmax] of each quadratic cost before the first solve, >= 2
 * @param maxRounds          cutting-plane rounds at most (each adds a tangent where the approximation is loose), >= 1
 * @param angleLimits        enforce ANGMIN/ANGMAX where the case sets them (MATPOWER's default)
 * @param formulation        how the network enters the LP (same optimum either way)
 */
public record DcOpfParameters(LpSolverType solver, double timeLimitSeconds, double costTolerance, int initialTangents,
                              int maxRounds, boolean angleLimits, DcOpfFormulation formulation) {

    /** GLOP: the PTDF formulation re-solves warm from the last basis after every added row and every new load. */
    public static final LpSolverType DEFAULT_SOLVER = LpSolverType.GLOP;
    public static final double DEFAULT_TIME_LIMIT_SECONDS = 120;
    /** 1e-7 relative: far inside the 1e-4 agreement MATPOWER's own QP solver gives. */
    public static final double DEFAULT_COST_TOLERANCE = 1e-7;
    public static final int DEFAULT_INITIAL_TANGENTS = 8;
    public static final int DEFAULT_MAX_ROUNDS = 30;
    public static final DcOpfFormulation DEFAULT_FORMULATION = DcOpfFormulation.PTDF;

    public static final DcOpfParameters DEFAULT = new DcOpfParameters(DEFAULT_SOLVER, DEFAULT_TIME_LIMIT_SECONDS,
            DEFAULT_COST_TOLERANCE, DEFAULT_INITIAL_TANGENTS, DEFAULT_MAX_ROUNDS, true, DEFAULT_FORMULATION);

    public DcOpfParameters {
        if (solver == null) {
            throw new IllegalArgumentException("solver must not be null");
        }
        if (formulation == null) {
            throw new IllegalArgumentException("formulation must not be null");
        }
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be positive, got " + timeLimitSeconds);
        }
        if (!(costTolerance > 0 && costTolerance <= 1e-2)) {
            throw new IllegalArgumentException("costTolerance must be in (0, 0.01], got " + costTolerance);
        }
        if (initialTangents < 2) {
            throw new IllegalArgumentException("initialTangents must be at least 2, got " + initialTangents);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1, got " + maxRounds);
        }
    }

    public DcOpfParameters withSolver(LpSolverType newSolver) {
        return new DcOpfParameters(newSolver, timeLimitSeconds, costTolerance, initialTangents, maxRounds, angleLimits,
                formulation);
    }

    public DcOpfParameters withTimeLimitSeconds(double seconds) {
        return new DcOpfParameters(solver, seconds, costTolerance, initialTangents, maxRounds, angleLimits, formulation);
    }

    public DcOpfParameters withFormulation(DcOpfFormulation newFormulation) {
        return new DcOpfParameters(solver, timeLimitSeconds, costTolerance, initialTangents, maxRounds, angleLimits,
                newFormulation);
    }
}

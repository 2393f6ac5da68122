package org.fairshed.grid.lp;

import java.util.function.IntFunction;

/**
 * The guard between the models we build and the native LP engines: every number an {@link LpModel} is given is
 * checked here before OR-Tools sees it. OR-Tools refuses a model holding NaN, an infinite coefficient or a bound
 * beyond about 1e30 only when it validates the whole model, and a refused model left the fallback engine empty, so
 * that reading its solution crashed the JVM (SIGSEGV in {@code MPSolver.variable}); HiGHS treats a bound of 1e20 or
 * more as infinite and refuses coefficients of 1e15 or more. A value outside these rules is a bug of the model
 * builder (the readers keep every input far inside them), so it is an {@link IllegalStateException} naming the row
 * or variable, never a crash and never a silently different model.
 * <ul>
 *   <li>coefficients, objective coefficients and the objective offset: finite, |v| &lt;= {@link #MAX_ABS_VALUE}</li>
 *   <li>bounds: a lower bound may be -Infinity and an upper bound +Infinity ("none"); finite bounds within
 *       {@link #MAX_ABS_VALUE}; NaN never</li>
 * </ul>
 * Crossed finite bounds ({@code lb > ub}) are allowed: the engines report such a model infeasible.
 */
final class LpValues {

    /** Largest magnitude of a finite coefficient, bound or cost: below HiGHS's 1e15 matrix limit and 1e20 infinity. */
    static final double MAX_ABS_VALUE = 1e14;

    private LpValues() {
    }

    static void checkCoefficient(double v, String what) {
        if (!(Math.abs(v) <= MAX_ABS_VALUE)) {
            throw new IllegalStateException(what + " is " + v + ": an LP coefficient must be finite and at most "
                    + MAX_ABS_VALUE + " in magnitude (a bug in the model builder; the input should have been refused)");
        }
    }

    /** Whether {@code [lb, ub]} passes {@link #checkBounds} (cheap: callers build the message only when not). */
    static boolean boundsAllowed(double lb, double ub) {
        return (lb == Double.NEGATIVE_INFINITY || Math.abs(lb) <= MAX_ABS_VALUE)
                && (ub == Double.POSITIVE_INFINITY || Math.abs(ub) <= MAX_ABS_VALUE);
    }

    /** A row as {@link LpModel#addRow} takes it: as many coefficients as variables, its bounds and coefficients allowed. */
    static void checkRow(String name, double lb, double ub, int[] vars, double[] coefs, IntFunction<String> variableName) {
        if (vars.length != coefs.length) {
            throw new IllegalArgumentException("row " + name + ": " + vars.length + " variables but " + coefs.length
                    + " coefficients");
        }
        checkBounds(lb, ub, "row " + name);
        for (int i = 0; i < coefs.length; i++) {
            if (!(Math.abs(coefs[i]) <= MAX_ABS_VALUE)) {
                checkCoefficient(coefs[i], "row " + name + ": coefficient of variable " + variableName.apply(vars[i]));
            }
        }
    }

    static void checkOffset(double offset) {
        if (!Double.isFinite(offset)) {
            throw new IllegalStateException("objective offset is " + offset + ": it must be finite (a bug in the model builder)");
        }
    }

    static void checkBounds(double lb, double ub, String what) {
        if (!(lb == Double.NEGATIVE_INFINITY || Math.abs(lb) <= MAX_ABS_VALUE)) {
            throw new IllegalStateException(what + " has lower bound " + lb + ": expected -Infinity or a finite "
                    + "number of at most " + MAX_ABS_VALUE + " in magnitude (a bug in the model builder)");
        }
        if (!(ub == Double.POSITIVE_INFINITY || Math.abs(ub) <= MAX_ABS_VALUE)) {
            throw new IllegalStateException(what + " has upper bound " + ub + ": expected +Infinity or a finite "
                    + "number of at most " + MAX_ABS_VALUE + " in magnitude (a bug in the model builder)");
        }
    }
}

package org.fairshed.grid.lp;

/**
 * A linear program being built and solved, possibly several times with rows added in between (lazy
 * constraints, cutting planes): implementations keep the solver's state to warm-start. Variables and rows are
 * addressed by the index their {@code add} returned, and carry names so exported models are readable.
 * Not thread-safe; holds native memory: close it.
 * <p>
 * Every number given is checked before the engine sees it: NaN never, coefficients and costs finite and at most
 * 1e14 in magnitude, bounds -Infinity/+Infinity for "none" or finite within 1e14. A value outside is a bug of the
 * caller and raises {@link IllegalStateException} naming the row or variable (no input can reach native code in a
 * state that crashes it).
 */
public interface LpModel extends AutoCloseable {

    /** Adds a variable {@code lb <= x <= ub} with objective coefficient {@code cost}; returns its index. */
    int addVariable(double lb, double ub, double cost, String name);

    /** The variable's upper bound as last set. */
    double upperBound(int var);

    /**
     * A starting point for some columns: a model that solves on a working set of its columns (sifting) moves those it
     * leaves out to these values, each clamped into its bounds, before its next solve ({@link #value} then reads them
     * until it); other models ignore it. The next solve's optimum is the same either way, only the way there changes.
     * Returns whether the model took it.
     */
    default boolean suggestStart(int[] vars, double[] values) {
        return false;
    }

    /** Whether {@link #suggestStart} can change anything here (the model leaves columns out of its solves). */
    default boolean takesStartSuggestions() {
        return false;
    }

    /** Adds a row {@code lb <= sum coefs[i] * x[vars[i]] <= ub} (a repeated variable's terms add up); returns its index. */
    int addRow(double lb, double ub, int[] vars, double[] coefs, String name);

    void setVariableBounds(int var, double lb, double ub);

    void setObjectiveCoefficient(int var, double cost);

    /** Changes a row's bounds. */
    void setRowBounds(int row, double lb, double ub);

    /** Sets every objective coefficient and the offset to 0 (before a new lexicographic stage). */
    void clearObjective();

    /** Constant added to the objective. */
    void setObjectiveOffset(double offset);

    int variableCount();

    int rowCount();

    /** Minimizes; values are then available through {@link #value}. */
    LpResult solve(double timeLimitSeconds);

    /** Value of variable {@code var} in the last optimal solution. */
    double value(int var);

    /**
     * Dual value (shadow price) of row {@code row} in the last optimal solution.
     *
     * @throws UnsupportedOperationException when the engine cannot give reliable duals (HiGHS through OR-Tools 9.15)
     */
    double dual(int row);

    /**
     * Makes the next solve start from scratch instead of from the last basis (an engine that keeps none ignores it):
     * after a change that leaves the last basis far from the new optimum, a fresh solve can be much faster.
     */
    default void solveNextFromScratch() {
    }

    /**
     * Makes the next solve run the dual simplex with perturbed costs from the last basis (an engine without that choice
     * ignores it): after a change to an objective with many ties, where the primal simplex from the last vertex crawls
     * and a solve from scratch throws the basis away.
     */
    default void solveNextByPerturbedDual() {
    }

    /**
     * Whether a solve the engine gives up on, or after a warm start wrongly calls infeasible, is handed to a fresh
     * engine before it returns (on by default). A caller with a cheaper answer to such a failure (loosening its own
     * bounds) turns it off around its solves, and on again for a last try.
     */
    default void rescueOnFailure(boolean on) {
    }

    /**
     * Whether a warm re-solve that stalls (runs out of its share of the time) is first solved again by the model's own
     * engine from scratch, so that the basis it ends on serves the next re-solve, before a fresh copy takes over (off
     * by default; an engine that keeps no basis ignores it).
     */
    default void restartStallsFromScratch(boolean on) {
    }

    /**
     * Whether every solve's answer must come with row duals ({@link #dual}) while on (off by default): a solve the
     * engine gives up on is then never handed to an engine without reliable duals, and fails instead when no other
     * engine answers. For a caller whose next step reads duals. An engine that always gives duals ignores it.
     */
    default void requireDuals(boolean on) {
    }

    /** The model in CPLEX LP format, for debugging. */
    String exportLp();

    @Override
    void close();
}

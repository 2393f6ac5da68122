package org.fairshed.grid.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link LpModel} for wide programs (few rows, many columns: a shedding LP's dense PTDF rows span every loaded bus)
 * solved by sifting: GLOP solves a working model that holds every row but only some columns; every other column sits
 * at a fixed value within its bounds (where the last solution left it), its share of each row moved into the row's
 * bounds. After each working solve the reduced cost {@code c - A' y} of every left-out column is computed from the
 * working model's duals; the columns that would improve the objective join, and the working model is solved again,
 * until none would. Then the working solution and its duals are optimal for the whole program (the duals are feasible
 * for every column), so values, duals and statuses mean what they mean in an {@link OrToolsLpModel} of the whole.
 * <p>
 * When the working model is infeasible, a first phase minimizes the rows' violations (two artificial columns a row,
 * in the working model only) and prices the left-out columns against that; a program that stays infeasible with no
 * column to price in is infeasible. A working model that grew far beyond what its solution uses is rebuilt from its
 * basic and interior columns, the rest fixed where they are ({@link WorkingModel}): that start is cold, but small.
 * Sifting pays only on wide programs; which those are is the caller's choice (the planner's, by grid size).
 */
public final class SiftingLpModel implements LpModel {

    /** Columns joining in a solve's first pricing round at most; the limit doubles every round up to the maximum. */
    static final int MIN_BATCH = 500;
    static final int MAX_BATCH = 1000;
    /** A left-out column joins when its reduced cost improves the objective by more than this, per unit of cost. */
    static final double PRICING_TOLERANCE = 1e-9;
    /** The first phase ends feasible when the rows' violations add up to at most this. */
    static final double PHASE_ONE_TOLERANCE = 1e-6;

    private final LpMatrix full = new LpMatrix();
    private final WorkingModel work;
    private double[] duals = new double[0];
    /** of every column, at the last pricing */
    private double[] reducedCosts;
    private final List<Integer> pending = new ArrayList<>();
    private double offset;
    private boolean solvedOnce;
    private boolean lastOptimal;
    /** {@link #solveNextByPerturbedDual} was called since the last solve (kept across a rebuild) */
    private boolean perturbedNext;
    private int rounds;
    private int batch = MIN_BATCH;
    /** Every column is in the working model, and it is never rebuilt, until {@link #release}. */
    private boolean holdingAll;
    /**
     * The last solve's values and duals are still in the working model's engine: read on the first ask, or before the
     * model first changes (a changed engine model no longer holds its last solution).
     */
    private boolean unread;

    /** A model that sifts from its first solve. */
    public SiftingLpModel() {
        this(false);
    }

    /**
     * {@code holdAll}: the working model holds every column (one GLOP model of the whole, as {@link OrToolsLpModel}
     * solves it) until {@link #release}, and sifts from then on.
     */
    public SiftingLpModel(boolean holdAll) {
        this.holdingAll = holdAll;
        this.work = new WorkingModel(full, !holdAll);
    }

    /** From the next solve on, sifts: the working model is rebuilt from the columns its solution uses. */
    public void release() {
        holdingAll = false;
        readIfUnread();
    }

    private void readIfUnread() {
        if (unread) {
            unread = false;
            work.readSolution();
            duals = work.duals();
        }
    }

    /** From the next solve on, every column is in the working model again (those left out join at their values). */
    public void hold() {
        holdingAll = true;
    }

    /** Whether every column is in the working model until {@link #release}. */
    public boolean holdsAll() {
        return holdingAll;
    }

    @Override
    public int addVariable(double lb, double ub, double cost, String name) {
        readIfUnread();
        LpValues.checkBounds(lb, ub, "variable " + name);
        LpValues.checkCoefficient(cost, "objective coefficient of variable " + name);
        int j = full.addColumn(lb, ub, cost, name);
        work.columnAdded(j);
        if (solvedOnce) {
            // added between solves (a leximin level, say): few, and likely needed
            pending.add(j);
        }
        return j;
    }

    @Override
    public int addRow(double lb, double ub, int[] vars, double[] coefs, String name) {
        readIfUnread();
        LpValues.checkRow(name, lb, ub, vars, coefs, full::name);
        int r = full.addRow(lb, ub, vars, coefs, name);
        work.rowAdded(r);
        return r;
    }

    @Override
    public void setVariableBounds(int var, double lb, double ub) {
        readIfUnread();
        if (!LpValues.boundsAllowed(lb, ub)) {
            LpValues.checkBounds(lb, ub, "variable " + full.name(var));
        }
        full.setBounds(var, lb, ub);
        if (work.boundsChanged(var)) {
            // its fixed value is no longer allowed: it joins, and the working model finds where it goes
            pending.add(var);
        }
    }

    @Override
    public void setObjectiveCoefficient(int var, double cost) {
        readIfUnread();
        LpValues.checkCoefficient(cost, "objective coefficient of variable " + full.name(var));
        full.setCost(var, cost);
        work.costChanged(var);
    }

    @Override
    public void setRowBounds(int row, double lb, double ub) {
        readIfUnread();
        if (!LpValues.boundsAllowed(lb, ub)) {
            LpValues.checkBounds(lb, ub, "row " + full.rowName(row));
        }
        full.setRowBounds(row, lb, ub);
        work.rowBoundsChanged(row);
    }

    @Override
    public void clearObjective() {
        readIfUnread();
        full.clearCosts();
        offset = 0;
        work.clearObjective();
    }

    @Override
    public void setObjectiveOffset(double offset) {
        readIfUnread();
        LpValues.checkOffset(offset);
        this.offset = offset;
    }

    @Override
    public int variableCount() {
        return full.columns();
    }

    @Override
    public int rowCount() {
        return full.rows();
    }

    @Override
    public LpResult solve(double timeLimitSeconds) {
        long t0 = System.nanoTime();
        double limit = timeLimitSeconds > 0 && Double.isFinite(timeLimitSeconds) ? timeLimitSeconds : Double.POSITIVE_INFINITY;
        solvedOnce = true;
        unread = false;
        batch = MIN_BATCH;
        work.startSolve();
        if (lastOptimal && !holdingAll) {
            work.rebuildIfOversized(false);
        }
        lastOptimal = false;
        if (perturbedNext) {
            work.solveNextByPerturbedDual();
            perturbedNext = false;
        }
        if (holdingAll) {
            for (int j = 0; j < full.columns(); j++) {
                if (!work.isIn(j)) {
                    pending.add(j);
                }
            }
        }
        work.enter(pending.stream().mapToInt(Integer::intValue).distinct().toArray(), true, null);
        pending.clear();
        boolean phaseOneDone = false;
        boolean rebuiltAfterFailure = false;
        while (true) {
            double left = limit - seconds(t0);
            if (left <= 0) {
                return timeLimit(t0);
            }
            LpResult r = work.solve(left, offset);
            rounds++;
            if (r.status() == LpStatus.INFEASIBLE && !phaseOneDone && work.hasLeftOut()) {
                LpResult infeasible = phaseOne(t0, limit);
                if (infeasible != null) {
                    return infeasible;
                }
                phaseOneDone = true;
                continue;
            }
            if (r.status() == LpStatus.ERROR && !rebuiltAfterFailure && work.rebuildAfterFailure()) {
                // every GLOP engine gave up on this working model (seen on case9241pegase): once more from a new one
                rebuiltAfterFailure = true;
                continue;
            }
            if (!r.status().isOptimal()) {
                return new LpResult(r.status(), r.objective(), seconds(t0), r.message());
            }
            if (holdingAll && !work.hasLeftOut()) {
                // the whole model: nothing to price, and the values and duals are read when first asked for
                unread = true;
                lastOptimal = true;
                return new LpResult(LpStatus.OPTIMAL, r.objective(), seconds(t0), "");
            }
            if (!readDuals()) {
                return noDuals(t0);
            }
            int[] entering = price(true, r.objective());
            work.readSolution();
            if (entering.length == 0) {
                lastOptimal = true;
                return new LpResult(LpStatus.OPTIMAL, r.objective(), seconds(t0), "");
            }
            work.rebuildIfOversized(true);
            work.enter(entering, true, reducedCosts);
        }
    }

    /** Reads the working model's duals; false when its answer has none (an engine that gives no row duals). */
    private boolean readDuals() {
        try {
            duals = work.duals();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static LpResult noDuals(long t0) {
        return new LpResult(LpStatus.ERROR, Double.NaN, seconds(t0), "GLOP (sifting): the working model's answer has no "
                + "row duals to price the columns left out");
    }

    private static LpResult timeLimit(long t0) {
        return new LpResult(LpStatus.TIME_LIMIT, Double.NaN, seconds(t0), "GLOP (sifting): time limit reached");
    }

    /**
     * Phase one: the rows' violations, each by an artificial column of the working model, minimized with the left-out
     * columns priced against them. Returns the infeasible (or failed) result, or null when the program is feasible;
     * the working model's objective is then restored and the artificial columns fixed at 0.
     */
    private LpResult phaseOne(long t0, double limit) {
        work.startPhaseOne();
        batch = MIN_BATCH;
        LpResult outcome = null;
        boolean rebuiltAfterFailure = false;
        while (true) {
            double left = limit - seconds(t0);
            if (left <= 0) {
                outcome = timeLimit(t0);
                break;
            }
            LpResult r = work.solvePhaseOne(left);
            rounds++;
            if (r.status() == LpStatus.ERROR && !rebuiltAfterFailure && work.rebuildAfterFailure()) {
                rebuiltAfterFailure = true;
                work.startPhaseOne();
                continue;
            }
            if (!r.status().isOptimal()) {
                outcome = new LpResult(r.status(), Double.NaN, seconds(t0), r.message());
                break;
            }
            if (!readDuals()) {
                outcome = noDuals(t0);
                break;
            }
            int[] entering = price(false, r.objective());
            work.readSolution();
            if (entering.length == 0) {
                if (r.objective() > PHASE_ONE_TOLERANCE) {
                    outcome = new LpResult(LpStatus.INFEASIBLE, Double.NaN, seconds(t0), String.format(
                            "GLOP (sifting): the constraints cannot all hold (violated by %.3g in total)", r.objective()));
                }
                break;
            }
            if (work.rebuildIfOversized(true)) {
                work.startPhaseOne();
            }
            work.enter(entering, false, reducedCosts);
        }
        work.endPhaseOne();
        return outcome;
    }

    /**
     * Left-out columns whose reduced cost (against the full costs, or none in phase one) would improve the objective:
     * below minus the tolerance with room to rise, or above it with room to fall; the best first, at most a batch.
     */
    private int[] price(boolean withCosts, double objective) {
        double[] d = full.reducedCosts(duals, withCosts);
        reducedCosts = d;
        double scale = 1;
        if (withCosts) {
            for (int j = 0; j < full.columns(); j++) {
                scale = Math.max(scale, Math.abs(full.cost(j)));
            }
        }
        double tol = PRICING_TOLERANCE * scale;
        int n = full.columns();
        double[] gain = new double[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (work.isIn(j)) {
                continue;
            }
            if (d[j] < -tol && work.value(j) < full.ub(j)) {
                gain[j] = -d[j];
                count++;
            } else if (d[j] > tol && work.value(j) > full.lb(j)) {
                gain[j] = d[j];
                count++;
            }
        }
        int batch = this.batch;
        this.batch = Math.min(MAX_BATCH, 2 * batch);
        double threshold = 0;
        if (count > batch) {
            double[] sorted = new double[count];
            for (int j = 0, i = 0; j < n; j++) {
                if (gain[j] > 0) {
                    sorted[i++] = gain[j];
                }
            }
            Arrays.sort(sorted);
            threshold = sorted[count - batch];
        }
        if (OrToolsLpModel.TRACE) {
            double best = 0;
            for (double g : gain) {
                best = Math.max(best, g);
            }
            System.err.printf("      sifting: objective %.9g, %d columns price in (best %.3g, tolerance %.1g), %d join%n",
                    objective, count, best, tol, Math.min(count, batch));
        }
        int[] entering = new int[Math.min(count, batch)];
        int i = 0;
        for (int j = 0; j < n && i < entering.length; j++) {
            if (gain[j] > 0 && gain[j] >= threshold) {
                entering[i++] = j;
            }
        }
        return i == entering.length ? entering : Arrays.copyOf(entering, i);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    @Override
    public double value(int var) {
        readIfUnread();
        return work.value(var);
    }

    @Override
    public double dual(int row) {
        readIfUnread();
        return duals[row];
    }

    @Override
    public void solveNextFromScratch() {
        work.solveNextFromScratch();
    }

    @Override
    public void solveNextByPerturbedDual() {
        perturbedNext = true;
    }

    @Override
    public void rescueOnFailure(boolean on) {
        work.rescueOnFailure(on);
    }

    /**
     * Ignored: a working model is small, and when its warm re-solve stalls a fresh GLOP with presolve solves it in a
     * fraction of a second (100,000 buses: 2,000-3,000 iterations), where the same engine from scratch ran 11,000
     * iterations into its budget.
     */
    @Override
    public void restartStallsFromScratch(boolean on) {
    }

    @Override
    public double upperBound(int var) {
        return full.ub(var);
    }

    @Override
    public boolean takesStartSuggestions() {
        // a model held whole leaves no column out: there is nothing to park
        return !holdingAll;
    }

    /** Parks the left-out columns among {@code vars} at their values (clamped into their bounds); working ones keep theirs. */
    @Override
    public boolean suggestStart(int[] vars, double[] values) {
        readIfUnread();
        work.park(vars, values);
        return true;
    }

    /** The working model (the columns left out are not in it), for debugging. */
    @Override
    public String exportLp() {
        return work.exportLp();
    }

    /** Working solves so far, rebuilds, and the working model's columns against the whole. */
    public String report() {
        return rounds + " working solves, " + work.rebuilds() + " rebuilds, " + work.size() + " of " + full.columns()
                + " columns in the working model, " + full.nonZeros() + " non-zeros in the whole";
    }

    @Override
    public void close() {
        work.close();
    }
}

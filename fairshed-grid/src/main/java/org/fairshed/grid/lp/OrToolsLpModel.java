package org.fairshed.grid.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@link LpModel} on OR-Tools' MPSolver (GLOP, HiGHS or PDLP). {@link #incremental} models keep GLOP's basis from one
 * solve to the next (see {@link GlopRestart}); others re-solve with GLOP's presolve on.
 */
public final class OrToolsLpModel implements LpModel {

    /** GLOP settings for re-solves (text-format GlopParameters). */
    static final String GLOP_WARM_PARAMETERS = "use_dual_simplex: true";
    /**
     * A warm dual-simplex re-solve gets this many times the previous answer's time, and at least the floor, but never
     * more than {@link #WARM_BUDGET_SHARE} of the solve's limit.
     */
    static final double WARM_BUDGET_FACTOR = 20;
    static final double WARM_BUDGET_FLOOR_SECONDS = 1;
    /**
     * The most of a solve's time limit a warm re-solve may take, so that the fresh GLOP that takes over when it stalls
     * always has the rest. Without it a stall after a stall had the whole limit: a 10,000-bus demo slot's warm re-solve
     * of 8 rows ran 69,043 iterations for 51.8 s, and the fresh GLOP that solves it in a second had no time left.
     */
    static final double WARM_BUDGET_SHARE = 0.25;
    static final double MIN_TIME_LIMIT_SECONDS = 0.01;
    /** An engine that gave up after this share of its time limit is taken to have run out of time. */
    static final double TIME_LIMIT_REACHED = 0.99;
    /** HiGHS prints a banner and a log on stdout unless told not to. */
    static final String HIGHS_QUIET = "output_flag=false\nlog_to_console=false\n";

    /** FAIRSHED_TRACE set: every solve's status, simplex iterations and time on stderr. */
    static final boolean TRACE = System.getenv("FAIRSHED_TRACE") != null;
    private final LpSolverType type;
    /** A stalled warm re-solve is first solved again from scratch ({@link #restartStallsFromScratch}). */
    private boolean stallRestartsFromScratch;
    /** Seconds of the model's last solve from scratch, NaN before one. */
    private double lastScratchSeconds = Double.NaN;
    /** A failed or wrongly infeasible solve is handed to a fresh engine ({@link #rescueOnFailure}). */
    private boolean rescueOnFailure = true;
    /** GLOP restart choice of an incremental model; null otherwise */
    private final GlopRestart restart;
    private final MPSolver solver;
    private final List<MPVariable> variables = new ArrayList<>();
    private final List<MPConstraint> rows = new ArrayList<>();
    /** Variables and rows whose bounds are crossed (lb > ub): OR-Tools refuses such a model, so solve() reports it */
    private final CrossedBounds crossed = new CrossedBounds();
    /** Copy of the model that answered the last solve when the model's own engine could not */
    private final Takeover takeover = new Takeover();
    private int solveCount;
    /** {@link #solveNextFromScratch} was called since the last solve */
    private boolean fromScratch;
    /** {@link #solveNextByPerturbedDual} was called since the last solve */
    private boolean perturbedDual;
    /** {@link #solveNextByDualSimplex} was called since the last solve */
    private boolean dualNext;
    /** {@link #requireDuals}: no rescue by HiGHS, whose row duals do not come back through OR-Tools */
    private boolean dualsRequired;
    /** Columns [spareFrom, spareEnd) are reserved and not filled yet ({@link #reserveColumns}); none when equal. */
    private int spareFrom;
    private int spareEnd;
    private double lastSeconds;
    /** The time of the last solve's answer: the engine that took over when the warm re-solve stalled, or the whole. */
    private double lastAnswerSeconds;

    /** @throws IllegalStateException when the engine is not available on this platform */
    public OrToolsLpModel(LpSolverType type) {
        this(type, false);
    }

    private OrToolsLpModel(LpSolverType type, boolean incremental) {
        NativeLibraries.ensureLoaded();
        this.type = type;
        this.restart = incremental && type == LpSolverType.GLOP ? new GlopRestart() : null;
        this.solver = MPSolver.createSolver(type.orToolsId());
        if (solver == null) {
            throw new IllegalStateException("LP engine " + type + " (OR-Tools id " + type.orToolsId()
                    + ") is not available in this OR-Tools build");
        }
        solver.objective().setMinimization();
        solver.suppressOutput();

        if (type == LpSolverType.HIGHS) {
            solver.setSolverSpecificParametersAsString(HIGHS_QUIET);
        }
    }

    /**
     * A model meant to be solved many times with small changes in between (lazy rows, lexicographic stages): every
     * GLOP solve starts from the previous basis, with the simplex that the changes left a valid start for.
     *
     * @throws IllegalStateException when the engine is not available on this platform
     */
    public static OrToolsLpModel incremental(LpSolverType type) {
        return new OrToolsLpModel(type, true);
    }

    @Override
    public int addVariable(double lb, double ub, double cost, String name) {
        if (spareFrom < spareEnd) {
            // after the reserved columns it would be taken for one of them
            throw new IllegalStateException("variable " + name + " added while reserved columns are left: use addColumn");
        }
        LpValues.checkBounds(lb, ub, "variable " + name);
        LpValues.checkCoefficient(cost, "objective coefficient of variable " + name);
        noteObjectiveOrMatrixChange();
        MPVariable v = solver.makeNumVar(lb, ub, name);
        if (cost != 0) {
            solver.objective().setCoefficient(v, cost);
        }
        variables.add(v);
        crossed.variable(variables.size() - 1, lb, ub);
        return variables.size() - 1;
    }

    @Override
    public int addRow(double lb, double ub, int[] vars, double[] coefs, String name) {
        LpValues.checkRow(name, lb, ub, vars, coefs, i -> variables.get(i).name());
        MPConstraint c = solver.makeConstraint(lb, ub, name);
        if (RowTerms.hasRepeats(vars)) {
            // MPSolver overwrites a repeated variable's coefficient; a row's terms must add up (parallel branches)
            for (int i = 0; i < vars.length; i++) {
                MPVariable v = variables.get(vars[i]);
                c.setCoefficient(v, c.getCoefficient(v) + coefs[i]);
            }
        } else {
            for (int i = 0; i < vars.length; i++) {
                c.setCoefficient(variables.get(vars[i]), coefs[i]);
            }
        }
        rows.add(c);
        crossed.row(rows.size() - 1, lb, ub);
        return rows.size() - 1;
    }

    /**
     * Adds a variable with its coefficients in rows that exist already (a column, as column generation adds them);
     * returns its index. The next solve starts from the last basis with the new column at a bound (primal simplex).
     */
    public int addColumn(double lb, double ub, double cost, int[] rowIndices, double[] coefs, String name) {
        if (rowIndices.length != coefs.length) {
            throw new IllegalArgumentException("column " + name + ": " + rowIndices.length + " rows but " + coefs.length
                    + " coefficients");
        }
        for (double c : coefs) {
            LpValues.checkCoefficient(c, "column " + name + ": a coefficient");
        }
        int var;
        if (spareFrom < spareEnd) {
            // a reserved column: the number of columns stays, and with it where GLOP numbers the slacks
            var = spareFrom++;
            setVariableBounds(var, lb, ub);
            if (cost != 0) {
                setObjectiveCoefficient(var, cost);
            }
        } else {
            var = addVariable(lb, ub, cost, name);
        }
        MPVariable v = variables.get(var);
        boolean increasing = true;
        for (int i = 1; i < rowIndices.length && increasing; i++) {
            increasing = rowIndices[i] > rowIndices[i - 1];
        }
        for (int i = 0; i < rowIndices.length; i++) {
            MPConstraint c = rows.get(rowIndices[i]);
            // a new or reserved column has no coefficient yet: only a row repeated in its list needs the sum
            c.setCoefficient(v, increasing ? coefs[i] : c.getCoefficient(v) + coefs[i]);
        }
        return var;
    }

    /**
     * Adds {@code n} empty columns fixed at 0, which {@link #addColumn} fills before it adds any: GLOP numbers its slack
     * columns after the structural ones, so a column added after a solve moves them all, and as OR-Tools 9.15 rescales
     * the whole matrix on every solve, GLOP then reads the last basis's statuses at the old positions (seen: 151 of
     * 182 basic columns refused, and the dual simplex ending ABNORMAL at once). Reserve before the solve whose basis
     * the next ones start from.
     */
    void reserveColumns(int n) {
        if (spareFrom < spareEnd) {
            throw new IllegalStateException("columns are reserved already");
        }
        int from = variables.size();
        for (int i = 0; i < n; i++) {
            addVariable(0, 0, 0, "spare_" + variables.size());
        }
        spareFrom = from;
        spareEnd = variables.size();
    }

    /** Simplex iterations of the model's own engine in the last solve (not those of an engine that took over). */
    long lastIterations() {
        return solver.iterations();
    }

    /** Columns reserved and not yet filled by {@link #addColumn}. */
    int spareColumns() {
        return spareEnd - spareFrom;
    }

    /**
     * While on, every answer comes with row duals: a failed solve is never handed to HiGHS (OR-Tools 9.15 hands back its
     * row activities as duals), only to the GLOP engines; if they fail too, the solve fails. For a caller that reads
     * row duals after its solves (the leximin's steps; sifting prices columns with them).
     */
    @Override
    public void requireDuals(boolean on) {
        dualsRequired = on;
    }

    /** Whether variable {@code var} is basic in the last optimal solution (GLOP). */
    boolean isBasic(int var) {
        MPSolver copy = takeover.copy();
        MPVariable v = copy == null ? variables.get(var) : copy.variable(var);
        return v.basisStatus() == MPSolver.BasisStatus.BASIC;
    }

    @Override
    public void setVariableBounds(int var, double lb, double ub) {
        MPVariable v = variables.get(var);
        if (!LpValues.boundsAllowed(lb, ub)) {
            LpValues.checkBounds(lb, ub, "variable " + v.name());
        }
        if (restart != null) {
            restart.boundsChanged(v.lb(), v.ub(), lb, ub);
        }
        v.setBounds(lb, ub);
        crossed.variable(var, lb, ub);
    }

    @Override
    public double upperBound(int var) {
        return variables.get(var).ub();
    }

    @Override
    public void setRowBounds(int row, double lb, double ub) {
        MPConstraint c = rows.get(row);
        if (!LpValues.boundsAllowed(lb, ub)) {
            LpValues.checkBounds(lb, ub, "row " + c.name());
        }
        if (restart != null) {
            restart.boundsChanged(c.lb(), c.ub(), lb, ub);
        }
        c.setBounds(lb, ub);
        crossed.row(row, lb, ub);
    }

    @Override
    public void clearObjective() {
        noteObjectiveOrMatrixChange();
        solver.objective().clear();
        solver.objective().setMinimization();
    }

    @Override
    public void setObjectiveCoefficient(int var, double cost) {
        if (!(Math.abs(cost) <= LpValues.MAX_ABS_VALUE)) {
            LpValues.checkCoefficient(cost, "objective coefficient of variable " + variables.get(var).name());
        }
        noteObjectiveOrMatrixChange();
        solver.objective().setCoefficient(variables.get(var), cost);
    }

    private void noteObjectiveOrMatrixChange() {
        if (restart != null) {
            restart.objectiveOrMatrixChanged();
        }
    }

    @Override
    public void setObjectiveOffset(double offset) {
        LpValues.checkOffset(offset);
        solver.objective().setOffset(offset);
    }

    @Override
    public int variableCount() {
        return variables.size();
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public LpResult solve(double timeLimitSeconds) {
        double limit = timeLimitSeconds > 0 && Double.isFinite(timeLimitSeconds) ? timeLimitSeconds : Double.POSITIVE_INFINITY;
        long t0 = System.nanoTime();
        takeover.reset();
        if (!crossed.isEmpty()) {
            // OR-Tools validates a model with crossed bounds as invalid, not infeasible (and GLOP ends ABNORMAL)
            return new LpResult(LpStatus.INFEASIBLE, Double.NaN, 0, type + ": not solved, " + crossed.describe(
                    i -> variables.get(i).name(), i -> rows.get(i).name()) + " (lower bound above upper bound)");
        }
        boolean scratch = fromScratch;
        fromScratch = false;
        boolean perturbed = perturbedDual;
        perturbedDual = false;
        boolean dual = dualNext;
        dualNext = false;
        boolean warm = solveCount++ > 0 && !scratch;
        long answerStart = t0;
        MPSolver.ResultStatus status;
        if (type == LpSolverType.GLOP && (warm || restart != null)) {
            // a re-solve after rows were added (lazy branch limits, stage bounds): GLOP's dual simplex keeps the previous
            // basis dual feasible and is 2-4 times faster than its default there (case9241pegase heavy-deficit slot:
            // 3.5 s against 8.1 s), and an incremental model even keeps the basis itself (GlopRestart); on a few
            // synthetic-grid models it stalls, so a re-solve gets a budget of its own, and a fresh default GLOP takes
            // over when the budget runs out
            String parameters = restart != null ? restart.nextSolveParameters(warm) : GLOP_WARM_PARAMETERS;
            solver.setSolverSpecificParametersAsString((scratch || perturbed || dual) && restart != null
                    ? GlopRestart.DUAL_SIMPLEX : parameters);
            // the dual simplex from a cold basis stalls too (10,000-bus demo: 78,028 iterations in 60 s on 6 rows): a
            // re-solve from scratch is budgeted on the model's last answer as a warm one is, a model's first solve
            // gets a share of the limit
            setTimeLimit(solver, solveCount > 1 ? warmBudget(limit, lastAnswerSeconds) : limit * WARM_BUDGET_SHARE);
            status = solveOnce(solver);
            if (scratch) {
                lastScratchSeconds = elapsed(t0);
            }
            if (ranOut(status) && stallRestartsFromScratch && restart != null && !scratch) {
                // the model's own GLOP anew from the slack basis (dual simplex, perturbed costs): the planner's
                // leximin steps stalled warm, and the fresh default GLOP then needed 31,000-34,000 iterations (16-18 s)
                // where this needs about what the step's first solve from scratch did; and its basis stays here
                answerStart = System.nanoTime();
                solver.reset();
                solver.setSolverSpecificParametersAsString(GlopRestart.DUAL_SIMPLEX);
                double left = limit - elapsed(t0);
                setTimeLimit(solver, Math.min(left * WARM_BUDGET_SHARE, Double.isNaN(lastScratchSeconds) ? left
                        : Math.max(WARM_BUDGET_FLOOR_SECONDS, WARM_BUDGET_FACTOR * lastScratchSeconds)));
                status = solveOnce(solver);
                if (TRACE) {
                    System.err.printf("    %s stalled warm; from scratch: %s, %d iterations, %.3f s%n", type, status,
                            solver.iterations(), elapsed(answerStart));
                }
            }
            if (ranOut(status)) {
                answerStart = System.nanoTime();
                status = takeOver(RescueEngine.GLOP_DEFAULT, status, limit - elapsed(t0));
            }
            if (ranOut(status) && limit - elapsed(t0) > MIN_TIME_LIMIT_SECONDS) {
                // the fresh GLOP stalled as well: GLOP without presolve, on another path, has the rest (not HiGHS:
                // OR-Tools does not hand back its row duals, and the leximin reads duals)
                answerStart = System.nanoTime();
                status = takeOver(RescueEngine.GLOP_WITHOUT_PRESOLVE, status, limit - elapsed(t0));
            }
        } else {
            setTimeLimit(solver, limit);
            status = solveOnce(solver);
        }
        boolean coldDefaultGlop = type == LpSolverType.GLOP && !warm && restart == null;
        if (rescueOnFailure && takeover.engine() == null && !coldDefaultGlop && (failed(status)
                || (warm && type == LpSolverType.GLOP && status == MPSolver.ResultStatus.INFEASIBLE))) {
            // OR-Tools passes some HiGHS outcomes (seen: an infeasible model) on as status 99, which its Java enum
            // cannot hold, and GLOP warm-started after rows and columns were added sometimes ends ABNORMAL or, wrongly,
            // INFEASIBLE (both seen on PEGASE and ACTIVSg2000 slots); a fresh GLOP on the same model names the
            // outcome, and its solution is then the one read
            status = takeOver(RescueEngine.GLOP_DEFAULT, status, limit - elapsed(t0));
        }
        if (rescueOnFailure) {
            status = rescue(status, limit, t0);
        }
        lastSeconds = elapsed(t0);
        lastAnswerSeconds = elapsed(answerStart);
        if (TRACE) {
            System.err.printf("    %s %s%s: %d iterations%s, %.3f s, %d columns, %d rows%n", type, status,
                    scratch ? " from scratch" : perturbed ? " warm, perturbed dual" : warm ? " warm" : "", solver.iterations(),
                    takeover.copy() != null ? " + " + takeover.copy().iterations() + " in " + takeover.engine().label() : "",
                    lastSeconds, variables.size() - spareColumns(), rows.size());
        }
        return result(status, limit, lastSeconds);
    }

    /**
     * A warm re-solve's budget: {@link #WARM_BUDGET_FACTOR} times the previous answer's time (the time of a stalled
     * warm attempt does not count), at least the floor, at most {@link #WARM_BUDGET_SHARE} of the limit.
     */
    static double warmBudget(double limit, double lastAnswerSeconds) {
        return Math.min(limit * WARM_BUDGET_SHARE, Math.max(WARM_BUDGET_FLOOR_SECONDS,
                WARM_BUDGET_FACTOR * lastAnswerSeconds));
    }

    private LpResult result(MPSolver.ResultStatus status, double limit, double seconds) {
        String note = takeover.note().isEmpty() ? "" : " (" + takeover.note() + ")";
        if (failed(status) && seconds >= limit * TIME_LIMIT_REACHED) {
            // HiGHS stopped by its time limit comes out of OR-Tools as ABNORMAL
            return new LpResult(LpStatus.TIME_LIMIT, Double.NaN, seconds, type + ": stopped at the time limit of " + limit
                    + " s without an answer" + note);
        }
        if (status == null) {
            return new LpResult(LpStatus.ERROR, Double.NaN, seconds, type + " ended with a status OR-Tools does not name "
                    + "(neither optimal, infeasible nor unbounded)" + note);
        }
        return switch (status) {
            case OPTIMAL -> new LpResult(LpStatus.OPTIMAL, active().objective().value(), seconds, "");
            case INFEASIBLE -> new LpResult(LpStatus.INFEASIBLE, Double.NaN, seconds, type + ": the constraints cannot all hold");
            case UNBOUNDED -> new LpResult(LpStatus.UNBOUNDED, Double.NaN, seconds, type + ": the objective is unbounded");
            case FEASIBLE -> new LpResult(LpStatus.TIME_LIMIT, Double.NaN, seconds,
                    type + ": stopped at the time limit with a feasible, not proven optimal, point");
            case NOT_SOLVED -> new LpResult(LpStatus.TIME_LIMIT, Double.NaN, seconds, type + ": not solved within the time limit");
            default -> new LpResult(LpStatus.ERROR, Double.NaN, seconds, type + " reported " + status + note);
        };
    }

    /** The engine stopped at its time limit: not solved, or a feasible point not proven optimal. */
    private static boolean ranOut(MPSolver.ResultStatus status) {
        return status == MPSolver.ResultStatus.NOT_SOLVED || status == MPSolver.ResultStatus.FEASIBLE;
    }

    /** An outcome that names nothing about the model: the engine gave up. */
    private static boolean failed(MPSolver.ResultStatus status) {
        return status == null || status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.MODEL_INVALID;
    }

    /**
     * When the engine that answered gave up, or it is GLOP with its presolve and called the model infeasible or
     * unbounded, hands a copy of the model to each {@link RescueEngine} not tried yet, in order, until one answers.
     * An answer of the model's own engine is never replaced, so wherever it succeeds the result is what it was.
     * Incremental models are rescued only when their engine gave up: their callers read an infeasible re-solve as
     * data (round-off against a stage bound), and GLOP has already been asked twice.
     */
    private MPSolver.ResultStatus rescue(MPSolver.ResultStatus status, double limit, long t0) {
        EnumSet<RescueEngine> tried = EnumSet.noneOf(RescueEngine.class);
        if (takeover.engine() != null) {
            tried.add(takeover.engine());
        }
        if (type == LpSolverType.HIGHS || dualsRequired) {
            tried.add(RescueEngine.HIGHS);
        }
        for (RescueEngine next : RescueEngine.values()) {
            if (!needsRescue(status)) {
                break;
            }
            double left = limit - elapsed(t0);
            if (left <= MIN_TIME_LIMIT_SECONDS) {
                break;
            }
            if (tried.add(next)) {
                status = takeOver(next, status, left);
            }
        }
        return status;
    }

    private boolean needsRescue(MPSolver.ResultStatus status) {
        if (failed(status)) {
            return true;
        }
        if (restart != null || (status != MPSolver.ResultStatus.INFEASIBLE && status != MPSolver.ResultStatus.UNBOUNDED)) {
            return false;
        }
        return takeover.engine() == null ? type == LpSolverType.GLOP : takeover.engine().presolves();
    }

    private MPSolver.ResultStatus takeOver(RescueEngine engine, MPSolver.ResultStatus previous, double seconds) {
        return takeover.solve(engine, solver, type.toString(), previous, Math.max(MIN_TIME_LIMIT_SECONDS, seconds));
    }

    private static double elapsed(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * How another engine answered the last solve when the model's own could not, e.g. "GLOP ended ABNORMAL, GLOP
     * without presolve answered OPTIMAL"; empty when the model's own engine answered.
     */
    public String rescueNote() {
        return takeover.note();
    }

    private static void setTimeLimit(MPSolver engine, double seconds) {
        if (Double.isFinite(seconds)) {
            engine.setTimeLimit(Math.max(1L, (long) (seconds * 1000)));
        }
    }

    /** One solve; null when the engine returns a status the Java enum does not know. */
    static MPSolver.ResultStatus solveOnce(MPSolver engine) {
        try {
            return engine.solve();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public double value(int var) {
        MPSolver copy = takeover.copy();
        return copy == null ? variables.get(var).solutionValue() : copy.variable(var).solutionValue();
    }

    private MPSolver active() {
        return takeover.copy() == null ? solver : takeover.copy();
    }

    @Override
    public double dual(int row) {
        RescueEngine answered = takeover.engine();
        if (answered == null ? type == LpSolverType.HIGHS : answered.isHighs()) {
            // OR-Tools 9.15 hands back the row activity, not the dual, from HiGHS (OrToolsLpModelTest shows it)
            throw new UnsupportedOperationException("row duals are not reliable from HiGHS through OR-Tools 9.15; use GLOP");
        }
        if (answered == null) {
            return rows.get(row).dualValue();
        }
        // the copy lacks the model's free rows, so its row indices differ (MPSolver.constraint does not check its index:
        // read unmapped, a leximin step after a takeover read another row's dual, or crashed the JVM past the end)
        return takeover.dual(row);
    }

    @Override
    public void restartStallsFromScratch(boolean on) {
        stallRestartsFromScratch = on;
    }

    @Override
    public void rescueOnFailure(boolean on) {
        rescueOnFailure = on;
    }

    /**
     * GLOP, incremental: the next solve runs the dual simplex from the last basis whatever changed, for a caller that
     * knows the basis is still dual feasible (columns added at the bound their reduced cost puts them at).
     */
    void solveNextByDualSimplex() {
        dualNext = true;
    }

    /** GLOP: the next solve runs the dual simplex ({@link GlopRestart#DUAL_SIMPLEX}, costs perturbed) from the last basis. */
    @Override
    public void solveNextByPerturbedDual() {
        perturbedDual = true;
    }

    /** GLOP: the next solve runs {@link GlopRestart#DUAL_SIMPLEX} on a freshly extracted model (from the slack basis). */
    @Override
    public void solveNextFromScratch() {
        // MPSolver.reset drops the extracted model, GLOP's basis with it: the next solve extracts it anew
        solver.reset();
        fromScratch = true;
    }

    @Override
    public String exportLp() {
        return solver.exportModelAsLpFormat();
    }

    @Override
    public void close() {
        takeover.close();
        solver.delete();
    }
}

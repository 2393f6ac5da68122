package org.fairshed.grid.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The working model of a {@link SiftingLpModel}: one incremental GLOP model with every row of the whole program and
 * some of its columns. A left-out column sits at a fixed value within its bounds; a working column is x = base + x'
 * (base - x' when flipped), x' the working model's variable, so that a column can join at the bound its reduced cost
 * puts it at (x' = 0 there) and the last basis stays dual feasible. Each row's constant part (left-out columns at
 * their values, working ones at their base) is moved into its bounds, and the objective's into the offset.
 */
final class WorkingModel implements AutoCloseable {

    /** A working model is rebuilt only beyond this many columns. */
    static final int MIN_REBUILD_COLUMNS = 4000;
    /** Within a solve, only a working model beyond this many columns is rebuilt (a rebuild loses the basis). */
    static final int MID_SOLVE_REBUILD_COLUMNS = 8000;
    /** Rebuilds within one solve at most (each is a cold start; the objective only improves in between). */
    static final int MAX_REBUILDS_PER_SOLVE = 50;
    /** Rebuild when the working model holds more than this many times the columns its solution uses (and rows). */
    static final double REBUILD_RATIO = 4;
    /** Columns reserved in a new working model for those that join it before its next rebuild. */
    static final int SPARE_COLUMNS = MID_SOLVE_REBUILD_COLUMNS + 1000;
    /** A value this close to a bound is at it, when a rebuild leaves the column out. */
    static final double SNAP = 1e-9;

    private final LpMatrix full;
    private OrToolsLpModel inner = OrToolsLpModel.incremental(LpSolverType.GLOP);
    /** full column to working column, -1 when left out */
    private int[] innerOf = new int[64];
    /** a left-out column's fixed value; after a solve, every column's value */
    private double[] value = new double[64];
    private double[] base = new double[64];
    private boolean[] flipped = new boolean[64];
    /** a working column is basic in the last working solution */
    private boolean[] basic = new boolean[64];
    /** per row, the constant part of its activity */
    private double[] shift = new double[64];
    private int[] artificialPlus = new int[0];
    private int[] artificialMinus = new int[0];
    private boolean rescue = true;
    /**
     * Another engine answered the last working solve: the working model's own basis is where its engine gave up, so
     * the next start is a rebuild (from the answer), not a warm dual simplex from that basis (which failed at once).
     */
    private boolean staleBasis;
    private int rebuilds;
    private int rebuildsThisSolve;

    /** {@code spare}: reserve the columns that join later (none when every column joins before the first solve). */
    WorkingModel(LpMatrix full, boolean spare) {
        this.full = full;
        inner.requireDuals(true);
        if (spare) {
            inner.reserveColumns(SPARE_COLUMNS);
        }
    }

    /** Column {@code j} was added to the whole program: left out, at the value of its bounds nearest 0. */
    void columnAdded(int j) {
        if (j == innerOf.length) {
            innerOf = Arrays.copyOf(innerOf, 2 * j);
            value = Arrays.copyOf(value, 2 * j);
            base = Arrays.copyOf(base, 2 * j);
            flipped = Arrays.copyOf(flipped, 2 * j);
            basic = Arrays.copyOf(basic, 2 * j);
        }
        innerOf[j] = -1;
        double lb = full.lb(j);
        double ub = full.ub(j);
        value[j] = lb <= 0 && 0 <= ub ? 0 : Double.isFinite(lb) ? lb : ub;
    }

    /** Row {@code r} was added to the whole program. */
    void rowAdded(int r) {
        if (r == shift.length) {
            shift = Arrays.copyOf(shift, 2 * r);
        }
        shift[r] = full.constantActivity(r, innerOf, value, base);
        addInnerRow(r);
    }

    private void addInnerRow(int r) {
        int[] vars = full.rowVars(r);
        double[] coefs = full.rowCoefs(r);
        int n = 0;
        for (int v : vars) {
            n += innerOf[v] >= 0 ? 1 : 0;
        }
        int[] iv = new int[n];
        double[] ic = new double[n];
        for (int k = 0, i = 0; k < vars.length; k++) {
            if (innerOf[vars[k]] >= 0) {
                iv[i] = innerOf[vars[k]];
                ic[i++] = flipped[vars[k]] ? -coefs[k] : coefs[k];
            }
        }
        inner.addRow(full.rowLb(r) - shift[r], full.rowUb(r) - shift[r], iv, ic, full.rowName(r));
    }

    /** Column {@code j}'s bounds changed in the whole program; true when its fixed value is no longer allowed. */
    boolean boundsChanged(int j) {
        if (innerOf[j] >= 0) {
            inner.setVariableBounds(innerOf[j], innerLb(j), innerUb(j));
            return false;
        }
        return !(value[j] >= full.lb(j) && value[j] <= full.ub(j));
    }

    void costChanged(int j) {
        if (innerOf[j] >= 0) {
            inner.setObjectiveCoefficient(innerOf[j], flipped[j] ? -full.cost(j) : full.cost(j));
        }
    }

    void rowBoundsChanged(int r) {
        inner.setRowBounds(r, full.rowLb(r) - shift[r], full.rowUb(r) - shift[r]);
    }

    void clearObjective() {
        inner.clearObjective();
    }

    boolean isIn(int j) {
        return innerOf[j] >= 0;
    }

    double value(int j) {
        return value[j];
    }

    int size() {
        return inner.variableCount() - inner.spareColumns();
    }

    int rebuilds() {
        return rebuilds;
    }

    /** Before a solve of the whole program: its rebuilds are counted anew. */
    void startSolve() {
        rebuildsThisSolve = 0;
    }

    /** One working solve, the objective's constant part (and {@code offset}) in its offset. */
    LpResult solve(double seconds, double offset) {
        inner.setObjectiveOffset(offset + constantCost());
        return solveInner(seconds);
    }

    /** One working solve of phase one (the artificial columns' sum, no offset). */
    LpResult solvePhaseOne(double seconds) {
        inner.setObjectiveOffset(0);
        return solveInner(seconds);
    }

    private LpResult solveInner(double seconds) {
        LpResult r = inner.solve(seconds);
        staleBasis = !inner.rescueNote().isEmpty();
        return r;
    }

    /** The objective's constant part: left-out columns at their values, working ones at their base. */
    private double constantCost() {
        double sum = 0;
        for (int j = 0; j < full.columns(); j++) {
            double v = innerOf[j] < 0 ? value[j] : base[j];
            if (v != 0 && full.cost(j) != 0) {
                sum += full.cost(j) * v;
            }
        }
        return sum;
    }

    private double innerLb(int j) {
        return flipped[j] ? base[j] - full.ub(j) : full.lb(j) - base[j];
    }

    private double innerUb(int j) {
        return flipped[j] ? base[j] - full.lb(j) : full.ub(j) - base[j];
    }

    boolean hasLeftOut() {
        for (int j = 0; j < full.columns(); j++) {
            if (innerOf[j] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Every row's dual in the last working solution. */
    double[] duals() {
        double[] y = new double[full.rows()];
        for (int r = 0; r < y.length; r++) {
            y[r] = inner.dual(r);
        }
        return y;
    }

    /** Reads every working column's value and basis status from the last working solution. */
    void readSolution() {
        for (int j = 0; j < full.columns(); j++) {
            if (innerOf[j] >= 0) {
                double x = inner.value(innerOf[j]);
                value[j] = base[j] + (flipped[j] ? -x : x);
                basic[j] = inner.isBasic(innerOf[j]);
            }
        }
    }

    /** Gives every row its two artificial columns (once), at cost 1 and free to rise, the real columns at cost 0. */
    void startPhaseOne() {
        int rows = full.rows();
        if (artificialPlus.length < rows) {
            int from = artificialPlus.length;
            artificialPlus = Arrays.copyOf(artificialPlus, rows);
            artificialMinus = Arrays.copyOf(artificialMinus, rows);
            for (int r = from; r < rows; r++) {
                artificialPlus[r] = inner.addColumn(0, Double.POSITIVE_INFINITY, 0, new int[] {r}, new double[] {1},
                        "artificial_plus_" + r);
                artificialMinus[r] = inner.addColumn(0, Double.POSITIVE_INFINITY, 0, new int[] {r}, new double[] {-1},
                        "artificial_minus_" + r);
            }
        }
        inner.clearObjective();
        for (int r = 0; r < rows; r++) {
            inner.setVariableBounds(artificialPlus[r], 0, Double.POSITIVE_INFINITY);
            inner.setVariableBounds(artificialMinus[r], 0, Double.POSITIVE_INFINITY);
            inner.setObjectiveCoefficient(artificialPlus[r], 1);
            inner.setObjectiveCoefficient(artificialMinus[r], 1);
        }
    }

    /** After phase one: the artificial columns fixed at 0, the real objective back. */
    void endPhaseOne() {
        for (int r = 0; r < artificialPlus.length; r++) {
            inner.setVariableBounds(artificialPlus[r], 0, 0);
            inner.setVariableBounds(artificialMinus[r], 0, 0);
        }
        inner.clearObjective();
        for (int j = 0; j < full.columns(); j++) {
            if (innerOf[j] >= 0 && full.cost(j) != 0) {
                inner.setObjectiveCoefficient(innerOf[j], flipped[j] ? -full.cost(j) : full.cost(j));
            }
        }
    }

    /**
     * Moves the given left-out columns into the working model, with their costs or (phase one) without. With the
     * reduced costs they were priced at, each joins at the bound that makes it dual feasible (x' = 0 there), and the
     * next working solve is the dual simplex from the last basis (its bound flips move many columns an iteration); a
     * column without such a finite bound, or one joining unpriced, joins at its value, and the next solve is GLOP's
     * choice.
     */
    void enter(int[] columns, boolean withCosts, double[] reducedCosts) {
        if (columns.length == 0) {
            return;
        }
        int[] position = new int[full.columns()];
        Arrays.fill(position, -1);
        int m = 0;
        boolean dualFeasible = reducedCosts != null;
        for (int j : columns) {
            if (innerOf[j] < 0 && position[j] < 0) {
                position[j] = m++;
                double joinAt = value[j];
                boolean flip = false;
                if (reducedCosts != null && reducedCosts[j] < 0 && Double.isFinite(full.ub(j))) {
                    joinAt = full.ub(j);
                    flip = true;
                } else if (reducedCosts != null && reducedCosts[j] > 0 && Double.isFinite(full.lb(j))) {
                    joinAt = full.lb(j);
                } else {
                    dualFeasible = false;
                }
                base[j] = joinAt;
                flipped[j] = flip;
                basic[j] = false;
            }
        }
        boolean[] shifted = new boolean[full.rows()];
        for (int j : columns) {
            int p = position[j];
            if (p < 0) {
                continue;
            }
            position[j] = -1;
            // the column's constant part goes from its fixed value to its base
            moveConstantPart(j, base[j] - value[j], shifted);
            int[] rows = full.columnRows(j);
            double[] coefs = full.columnCoefs(j);
            if (flipped[j]) {
                for (int k = 0; k < coefs.length; k++) {
                    coefs[k] = -coefs[k];
                }
            }
            double cost = withCosts ? (flipped[j] ? -full.cost(j) : full.cost(j)) : 0;
            innerOf[j] = inner.addColumn(innerLb(j), innerUb(j), cost, rows, coefs, full.name(j));
        }
        boundShiftedRows(shifted);
        if (dualFeasible && !staleBasis) {
            inner.solveNextByDualSimplex();
        }
    }

    /**
     * After an optimal working solve: when the working model holds far more columns than its solution uses (basic or
     * strictly inside their bounds), or its last answer came from another engine, a new one is built from those alone,
     * every other column fixed where it is (a cold but small start; the solution stays the same). {@code midSolve}: only
     * beyond {@link #MID_SOLVE_REBUILD_COLUMNS} (or a stale basis). True when it was rebuilt (the artificial columns go
     * with the old one).
     */
    boolean rebuildIfOversized(boolean midSolve) {
        if (midSolve && !staleBasis && size() <= MID_SOLVE_REBUILD_COLUMNS) {
            return false;
        }
        return rebuild(false);
    }

    /**
     * After a working solve that every GLOP engine gave up on: a new working model from the last optimal working
     * solution (every column at its value there), which is feasible for the whole program. False when the solve's
     * rebuilds are used up.
     */
    boolean rebuildAfterFailure() {
        return rebuild(true);
    }

    private boolean rebuild(boolean force) {
        if (rebuildsThisSolve >= MAX_REBUILDS_PER_SOLVE) {
            return false;
        }
        int interior = 0;
        for (int j = 0; j < full.columns(); j++) {
            if (innerOf[j] >= 0 && keep(j)) {
                interior++;
            }
        }
        int size = size();
        if (!force && !staleBasis && size <= Math.max(MIN_REBUILD_COLUMNS, REBUILD_RATIO * (interior + full.rows()))) {
            return false;
        }
        staleBasis = false;
        rebuildsThisSolve++;
        inner.close();
        inner = OrToolsLpModel.incremental(LpSolverType.GLOP);
        inner.requireDuals(true);
        inner.rescueOnFailure(rescue);
        rebuilds++;
        artificialPlus = new int[0];
        artificialMinus = new int[0];
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < full.columns(); j++) {
            if (innerOf[j] >= 0 && keep(j)) {
                kept.add(j);
            } else if (innerOf[j] >= 0) {
                value[j] = Math.abs(value[j] - full.lb(j)) <= SNAP ? full.lb(j) : full.ub(j);
            }
            innerOf[j] = -1;
        }
        for (int j : kept) {
            base[j] = 0;
            flipped[j] = false;
            innerOf[j] = inner.addVariable(full.lb(j), full.ub(j), full.cost(j), full.name(j));
        }
        double[] constant = full.constantActivities(innerOf, value, base);
        System.arraycopy(constant, 0, shift, 0, constant.length);
        int rows = full.rows();
        int[] count = new int[rows];
        for (int j : kept) {
            for (int r : full.columnRows(j)) {
                count[r]++;
            }
        }
        int[][] rowVars = new int[rows][];
        double[][] rowCoefs = new double[rows][];
        for (int r = 0; r < rows; r++) {
            rowVars[r] = new int[count[r]];
            rowCoefs[r] = new double[count[r]];
            count[r] = 0;
        }
        for (int j : kept) {
            int[] rs = full.columnRows(j);
            double[] cs = full.columnCoefs(j);
            for (int k = 0; k < rs.length; k++) {
                int r = rs[k];
                rowVars[r][count[r]] = innerOf[j];
                rowCoefs[r][count[r]++] = cs[k];
            }
        }
        for (int r = 0; r < rows; r++) {
            // every kept column has base 0 and is not flipped
            inner.addRow(full.rowLb(r) - shift[r], full.rowUb(r) - shift[r], rowVars[r], rowCoefs[r], full.rowName(r));
        }
        inner.reserveColumns(Math.max(SPARE_COLUMNS - kept.size(), 2 * full.rows()));
        return true;
    }

    /** A working column a rebuild keeps: basic, or strictly inside its bounds. */
    private boolean keep(int j) {
        return basic[j] || !atBound(j);
    }

    private boolean atBound(int j) {
        return Math.abs(value[j] - full.lb(j)) <= SNAP || Math.abs(value[j] - full.ub(j)) <= SNAP;
    }

    /**
     * Moves left-out columns to new fixed values (clamped into their bounds), their rows' constant parts with them; the
     * working columns among them keep theirs. The working model's rows then have new bounds: its basis stays dual
     * feasible, and the next solve is the dual simplex from it (or phase one, when the rows cannot all hold).
     */
    void park(int[] vars, double[] values) {
        boolean[] shifted = new boolean[full.rows()];
        for (int i = 0; i < vars.length; i++) {
            int j = vars[i];
            if (innerOf[j] >= 0) {
                continue;
            }
            double v = Math.max(full.lb(j), Math.min(full.ub(j), values[i]));
            moveConstantPart(j, v - value[j], shifted);
            value[j] = v;
        }
        boundShiftedRows(shifted);
    }

    /** Column {@code j}'s share of its rows' constant parts moves by {@code moved} times its coefficients. */
    private void moveConstantPart(int j, double moved, boolean[] shifted) {
        if (moved == 0) {
            return;
        }
        int[] rows = full.columnRows(j);
        double[] coefs = full.columnCoefs(j);
        for (int k = 0; k < rows.length; k++) {
            shift[rows[k]] += coefs[k] * moved;
            shifted[rows[k]] = true;
        }
    }

    /** The working model's bounds of the rows whose constant part moved. */
    private void boundShiftedRows(boolean[] shifted) {
        for (int r = 0; r < shifted.length; r++) {
            if (shifted[r]) {
                inner.setRowBounds(r, full.rowLb(r) - shift[r], full.rowUb(r) - shift[r]);
            }
        }
    }

    void solveNextFromScratch() {
        inner.solveNextFromScratch();
    }

    void solveNextByPerturbedDual() {
        inner.solveNextByPerturbedDual();
    }

    void rescueOnFailure(boolean on) {
        rescue = on;
        inner.rescueOnFailure(on);
    }

    String exportLp() {
        return inner.exportLp();
    }

    @Override
    public void close() {
        inner.close();
    }
}

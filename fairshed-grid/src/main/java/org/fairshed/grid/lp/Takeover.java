package org.fairshed.grid.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;

/**
 * The copy of a model that another engine solved when the model's own engine could not answer, and a note of how it
 * came to that ("GLOP ended ABNORMAL, GLOP without presolve answered OPTIMAL"). One per {@link OrToolsLpModel};
 * {@link #reset} before each solve.
 */
final class Takeover {

    /** FAIRSHED_TRACE set: every takeover on stderr. */
    private static final boolean TRACE = System.getenv("FAIRSHED_TRACE") != null;

    private MPSolver copy;
    /** the copy's index of each of the model's rows, -1 for a free row (OR-Tools' export leaves those out) */
    private int[] rowInCopy = new int[0];
    private RescueEngine engine;
    private String note = "";

    /**
     * Solves a copy of {@code model} in {@code next} within {@code seconds}; its solution is then the one read.
     *
     * @param failedEngine name of the engine whose outcome {@code previous} is taken over
     */
    MPSolver.ResultStatus solve(RescueEngine next, MPSolver model, String failedEngine, MPSolver.ResultStatus previous,
                                double seconds) {
        String before = engine == null ? failedEngine : engine.label();
        close();
        copy = next.copyOf(model);
        engine = next;
        rowInCopy = rowsInCopy(model, copy);
        if (Double.isFinite(seconds)) {
            copy.setTimeLimit(Math.max(1L, (long) (seconds * 1000)));
        }
        MPSolver.ResultStatus status = OrToolsLpModel.solveOnce(copy);
        note = (note.isEmpty() ? "" : note + "; ") + before + " ended " + name(previous) + ", " + next.label()
                + (status == null ? " ended with an unnamed status" : " answered " + status);
        if (TRACE) {
            System.err.println("lp: " + note);
        }
        return status;
    }

    /**
     * Where each row of {@code model} is in {@code copy}: {@code exportModelToProto} drops the rows without bounds
     * (-Infinity to +Infinity, with or without terms), so every later row moves up. Checked against the copy's count.
     */
    static int[] rowsInCopy(MPSolver model, MPSolver copy) {
        MPConstraint[] rows = model.constraints();
        int[] at = new int[rows.length];
        int k = 0;
        for (int i = 0; i < rows.length; i++) {
            boolean free = rows[i].lb() == Double.NEGATIVE_INFINITY && rows[i].ub() == Double.POSITIVE_INFINITY;
            at[i] = free ? -1 : k++;
        }
        if (k != copy.numConstraints()) {
            throw new IllegalStateException("the copy of a model of " + rows.length + " rows (" + k + " bounded) holds "
                    + copy.numConstraints() + ": OR-Tools exported the model in a way this code does not know");
        }
        return at;
    }

    /** The dual of the model's row {@code row} in the copy's solution (0 for a free row, as at any optimum). */
    double dual(int row) {
        int k = rowInCopy[row];
        return k < 0 ? 0 : copy.constraint(k).dualValue();
    }

    private static String name(MPSolver.ResultStatus status) {
        return status == null ? "with an unnamed status" : status.toString();
    }

    /** The engine of the copy that answered the last solve, or null when the model's own engine did. */
    RescueEngine engine() {
        return engine;
    }

    /** The copy that answered the last solve, or null. */
    MPSolver copy() {
        return copy;
    }

    String note() {
        return note;
    }

    /** Before a solve: no copy, no note. */
    void reset() {
        close();
        note = "";
    }

    void close() {
        if (copy != null) {
            copy.delete();
            copy = null;
        }
        rowInCopy = new int[0];
        engine = null;
    }
}

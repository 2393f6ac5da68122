package org.fairshed.grid.lp;

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
        engine = null;
    }
}

package org.fairshed.grid.lp;

import java.util.Locale;

/** LP engines available through OR-Tools on this platform. */
public enum LpSolverType {
    /** Google's primal/dual simplex: exact vertex solutions, incremental re-solves. */
    GLOP("GLOP"),
    /** HiGHS dual simplex / IPM. */
    HIGHS("HIGHS_LP"),
    /** First-order method for very large LPs; low accuracy, no vertex. */
    PDLP("PDLP");

    private final String orToolsId;

    LpSolverType(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    public String orToolsId() {
        return orToolsId;
    }

    /** Case-insensitive parse with a message listing the choices. */
    public static LpSolverType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown LP solver '" + name + "'; expected one of glop, highs, pdlp", e);
        }
    }
}

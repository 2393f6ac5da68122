package org.fairshed.grid.lp;

import com.google.ortools.linearsolver.MPSolver;

/**
 * The engines that take a copy of a model over when the engine it was built on could not answer it, in the order they
 * are tried (see {@link OrToolsLpModel#solve}). GLOP's presolve ends ABNORMAL, or wrongly INFEASIBLE, on some DC OPF
 * models that GLOP without presolve, HiGHS and PDLP all solve to the same optimum (pglib_opf_case30_ieee with any of
 * several branch rows deleted); HiGHS is a different code base altogether.
 */
enum RescueEngine {
    /** GLOP from the slack basis, presolve off. */
    GLOP_WITHOUT_PRESOLVE("GLOP", "use_preprocessing: false", "GLOP without presolve"),
    /** HiGHS as it comes, silent. */
    HIGHS("HIGHS_LP", OrToolsLpModel.HIGHS_QUIET, "HiGHS"),
    /** GLOP as it comes (presolve on): the first engine tried after HiGHS or PDLP, or after a warm GLOP ran out. */
    GLOP_DEFAULT("GLOP", "", "GLOP");

    private final String orToolsId;
    private final String parameters;
    private final String label;

    RescueEngine(String orToolsId, String parameters, String label) {
        this.orToolsId = orToolsId;
        this.parameters = parameters;
        this.label = label;
    }

    /** A fresh, silent engine of this kind holding a copy of {@code model}. */
    MPSolver copyOf(MPSolver model) {
        MPSolver engine = MPSolver.createSolver(orToolsId);
        if (engine == null) {
            throw new IllegalStateException("LP engine " + orToolsId + " is not available in this OR-Tools build");
        }
        engine.suppressOutput();
        String refused = engine.loadModelFromProto(model.exportModelToProto());
        if (!refused.isEmpty()) {
            // the values are guarded on the way in, so this is a bug; an empty copy would crash value()
            engine.delete();
            throw new IllegalStateException("OR-Tools refused the model it exported: " + refused);
        }
        if (!parameters.isEmpty()) {
            engine.setSolverSpecificParametersAsString(parameters);
        }
        return engine;
    }

    /** Whether this engine's INFEASIBLE or UNBOUNDED needs a second opinion: GLOP's presolve has been wrong. */
    boolean presolves() {
        return this == GLOP_DEFAULT;
    }

    boolean isHighs() {
        return this == HIGHS;
    }

    String label() {
        return label;
    }
}

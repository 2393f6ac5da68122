package org.fairshed.grid.lp;

/**
 * For a model re-solved many times with small changes in between, which simplex GLOP restarts with: the one whose
 * starting point the changes since the last solve left intact. Adding rows or tightening bounds keeps the last basis
 * dual feasible (dual simplex); changing the objective or a coefficient, adding a column, or loosening a bound keeps
 * the last solution feasible (primal simplex). Presolve stays off, so that GLOP starts from the last basis at all.
 */
final class GlopRestart {

    /**
     * The first solve too: the dual simplex from the slack basis needs far fewer iterations on shedding models. Its
     * costs are perturbed: a least-shed objective (every MW shed costs the same) ties at every bus, and there the plain
     * dual simplex stalled on re-solves after a few rows were added (the 10,000-bus demo: 8,000-13,600 iterations on
     * models of 7-10 rows, then as many again in the fresh GLOP that took over, 5-10 s a time; its plan took 53.3 s
     * against 7.2 s perturbed). GLOP removes the perturbation before it reports, so the optimum is that of the model.
     * The same serves a change of objective to one with many ties (the leximin's largest share, the only cost): the
     * synthetic grid of 30,000 buses ran 14,000-32,000 iterations into the time limit unperturbed, 1,700-2,300 perturbed;
     * and a solve from scratch (on a model extracted anew, from the slack basis).
     */
    static final String DUAL_SIMPLEX = "use_preprocessing: false\nuse_dual_simplex: true\n"
            + "perturb_costs_in_dual_simplex: true";
    static final String PRIMAL_SIMPLEX = "use_preprocessing: false\nuse_dual_simplex: false";

    private boolean lastSolutionStillFeasible;

    /** The objective, a coefficient or the set of columns changed (before the first solve: of no consequence). */
    void objectiveOrMatrixChanged() {
        lastSolutionStillFeasible = true;
    }

    /**
     * A variable's or row's bounds went from [oldLb, oldUb] to [lb, ub]. Only a pure loosening keeps the last solution
     * feasible; an interval that moved (a new right-hand side: one side loosened, the other tightened) may cut it off,
     * and like a tightening it keeps the last basis dual feasible instead.
     */
    void boundsChanged(double oldLb, double oldUb, double lb, double ub) {
        if ((lb < oldLb || ub > oldUb) && !(lb > oldLb || ub < oldUb)) {
            lastSolutionStillFeasible = true;
        }
    }

    /** GLOP parameters for the next solve ({@code warm}: not the first); forgets the changes seen so far. */
    String nextSolveParameters(boolean warm) {
        String parameters = warm && lastSolutionStillFeasible ? PRIMAL_SIMPLEX : DUAL_SIMPLEX;
        lastSolutionStillFeasible = false;
        return parameters;
    }
}

package org.fairshed.plan.model;

import java.util.Arrays;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.lp.SiftingLpModel;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;

/**
 * A slot model after its shed stages, waiting for the fair sharing (in cumulative mode it needs the shed of the slots
 * before) and the cost stage. The time spent waiting counts neither in the slot's time limit nor in its seconds.
 * Holds the LP's native memory: close it.
 */
final class ShedStages implements AutoCloseable {

    private final LpModel lp;
    private final SheddingSolver solver;
    private final long ready = System.nanoTime();

    private ShedStages(LpModel lp, SheddingSolver solver) {
        this.lp = lp;
        this.solver = solver;
    }

    /**
     * Builds the model of the given slots and runs its shed stages (0) to (2), which do not depend on the slots before
     * them; {@link #finish} runs the rest once their shed is known.
     *
     * @param seedBranches  branches (0-based) whose limit rows the model starts with (found binding elsewhere)
     * @param cancellation  polled before every solve; the solver's time limit never exceeds its remaining budget
     */
    static ShedStages of(PlanInput input, NetworkSensitivities net, PlannerParameters parameters, int[] slots,
                         int[] seedBranches, Cancellation cancellation, boolean withoutCriticalFirst) {
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (parameters.timeLimitSeconds() * 1e9);
        if (withoutCriticalFirst && Arrays.stream(input.criticalShare()).anyMatch(c -> c > 0)) {
            // critical load is shed only when nothing else balances: first without its variables (half the columns of
            // every dense branch row when every load has a critical part), with them only when that is infeasible
            LpModel lp = newLp(input, parameters, slots);
            SheddingModel model = new SheddingModel(input, net, lp, slots, seedBranches, false);
            SheddingSolver solver = new SheddingSolver(model, parameters, cancellation, deadline, t0);
            if (solver.runShedStages()) {
                return new ShedStages(lp, solver);
            }
            lp.close();
            if (SheddingSolver.TRACE) {
                System.err.printf("slot %d: no plan without critical shed; solved again with critical shed variables%n",
                        slots[0]);
            }
        }
        LpModel lp = newLp(input, parameters, slots);
        SheddingModel model = new SheddingModel(input, net, lp, slots, seedBranches, true);
        SheddingSolver solver = new SheddingSolver(model, parameters, cancellation, deadline, t0);
        solver.runShedStages();
        return new ShedStages(lp, solver);
    }

    /**
     * The LP a slot model is built in: GLOP by sifting for grids of at least {@link PlannerParameters#siftingFromBuses}
     * loaded buses (a column each in every dense branch row); below that, for a fair plan, GLOP holding every column
     * until the leximin (which sifts when the model has many branch rows:
     * {@link PlannerParameters#siftLeximinFromBranchRows}); else one incremental model of the engine chosen.
     */
    static LpModel newLp(PlanInput input, PlannerParameters parameters, int[] slots) {
        if (parameters.solver() == LpSolverType.GLOP && loadedBuses(input, slots) >= parameters.siftingFromBuses()) {
            return new SiftingLpModel();
        }
        if (parameters.solver() == LpSolverType.GLOP && input.fairness().mode() == FairnessMode.FAIR
                && parameters.siftingFromBuses() < Integer.MAX_VALUE
                && parameters.siftLeximinFromBranchRows() < Integer.MAX_VALUE) {
            // one model through the shed stages; the leximin may sift from their solution (SheddingSolver)
            return new SiftingLpModel(true);
        }
        return OrToolsLpModel.incremental(parameters.solver());
    }

    private static int loadedBuses(PlanInput input, int[] slots) {
        double[] load = input.busLoadMw()[slots[0]];
        int n = 0;
        for (double pd : load) {
            n += pd > 0 ? 1 : 0;
        }
        return n;
    }

    /** Fair sharing (given the energy shed before these slots, cumulative mode) and the cost stage; the outcome. */
    SolvedSlots finish(double[] historyShedMwh, double[] historyLoadMwh) {
        solver.waited(System.nanoTime() - ready);
        return solver.outcome() != null ? solver.outcome() : solver.runFairAndCost(historyShedMwh, historyLoadMwh);
    }

    @Override
    public void close() {
        lp.close();
    }
}

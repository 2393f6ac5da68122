package org.fairshed.plan;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/**
 * Checks a plan the way a sceptical engineer would, from its published numbers only: DC flows recomputed from the
 * dispatch and the served load must respect every branch limit, every live island must balance, generation must stay
 * within [0, available Pmax] and shed within [0, load].
 */
public final class PlanVerifier {

    public static final double DEFAULT_TOLERANCE_MW = 1e-3;

    private PlanVerifier() {
    }

    /** Every violation found, as readable lines; empty when the plan holds. Slots without a usable plan are skipped. */
    public static List<String> violations(PlanResult plan, double toleranceMw) {
        PlanInput in = plan.input();
        Grid grid = in.grid();
        List<String> out = new ArrayList<>();
        try (DcModel dc = DcModel.of(grid)) {
            Islands islands = dc.islands();
            for (SlotPlan p : plan.slots()) {
                if (!p.status().isUsable()) {
                    continue;
                }
                double[] pd = in.busLoadMw()[p.slot()];
                double[] served = new double[pd.length];
                for (int b = 0; b < pd.length; b++) {
                    served[b] = pd[b] - p.busShedMw()[b];
                    // a negative load (embedded generation) may be curtailed: its 'shed' lies between Pd and 0
                    if (p.busShedMw()[b] < Math.min(0, pd[b]) - toleranceMw || p.busShedMw()[b] > Math.max(0, pd[b]) + toleranceMw) {
                        out.add("slot " + p.slot() + ": bus " + grid.buses().get(b).number() + " sheds " + p.busShedMw()[b]
                                + " MW of a " + pd[b] + " MW load");
                    }
                }
                checkGenerators(in, p, out, toleranceMw);
                double[] flows = dc.branchFlowsMw(dc.solveAngles(dc.busInjectionsMw(p.genMw(), served)));
                for (int k = 0; k < flows.length; k++) {
                    Branch br = grid.branches().get(k);
                    if (br.inService() && br.isLimited() && Math.abs(flows[k]) > br.rateA() + toleranceMw) {
                        out.add(String.format("slot %d: branch %d (%d-%d) carries %.4f MW over its %.1f MW limit", p.slot(),
                                k + 1, br.from(), br.to(), flows[k], br.rateA()));
                    }
                }
                checkBalance(in, islands, p, served, out, toleranceMw);
            }
        }
        return out;
    }

    private static void checkGenerators(PlanInput in, SlotPlan p, List<String> out, double tol) {
        List<Generator> gens = in.grid().generators();
        for (int g = 0; g < gens.size(); g++) {
            double pmax = gens.get(g).inService() ? in.genPmaxMw()[p.slot()][g] : 0;
            if (p.genMw()[g] < -tol || p.genMw()[g] > pmax + tol) {
                out.add("slot " + p.slot() + ": generator " + (g + 1) + " at " + p.genMw()[g] + " MW, available 0.." + pmax);
            }
        }
    }

    private static void checkBalance(PlanInput in, Islands islands, SlotPlan p, double[] served, List<String> out, double tol) {
        Grid grid = in.grid();
        double[] mismatch = new double[islands.count()];
        double[] capacity = new double[islands.count()];
        for (int g = 0; g < grid.generators().size(); g++) {
            int k = islands.islandOfBusIndex(grid.busIndex(grid.generators().get(g).bus()));
            if (k != Islands.NO_ISLAND && grid.generators().get(g).inService()) {
                mismatch[k] += p.genMw()[g];
                capacity[k] += in.genPmaxMw()[p.slot()][g];
            }
        }
        for (int b = 0; b < served.length; b++) {
            int k = islands.islandOfBusIndex(b);
            if (k != Islands.NO_ISLAND) {
                mismatch[k] -= served[b] + grid.buses().get(b).gsMw();
            }
        }
        for (Island island : islands.all()) {
            // an island without available generation is dark: everything in it is shed, nothing to balance
            if (capacity[island.index()] > 0 && Math.abs(mismatch[island.index()]) > tol) {
                out.add(String.format("slot %d: island %d is out of balance by %.4f MW", p.slot(), island.index(),
                        mismatch[island.index()]));
            }
        }
    }
}

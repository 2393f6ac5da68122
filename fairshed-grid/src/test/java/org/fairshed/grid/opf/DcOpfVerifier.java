package org.fairshed.grid.opf;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.dc.DcPowerFlow;
import org.fairshed.grid.dc.DcPowerFlowResult;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/**
 * An independent check of an optimal DC OPF result, from the grid alone: a DC power flow of the grid with the result's
 * dispatch (no LP involved) must close every live island's balance without its slack, give the result's flows, keep
 * every limited branch within RATE_A, and the generators within [Pmin, Pmax]; the objective must be the cost curves
 * at the dispatch. Returns the violations found, in words (none: an empty list).
 */
final class DcOpfVerifier {

    /** Balance, flow and limit tolerance (MW): the OPF enforces limits to 1e-6 MW plus the LP's own tolerance. */
    static final double TOLERANCE_MW = 1e-4;
    static final double COST_TOLERANCE = 1e-9;

    private DcOpfVerifier() {
    }

    static List<String> violations(Grid grid, DcOpfResult r) {
        List<String> found = new ArrayList<>();
        List<Generator> gens = grid.generators();
        List<Generator> dispatched = new ArrayList<>(gens.size());
        double cost = 0;
        Islands islands = Islands.of(grid);
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            double p = r.genMw()[g];
            int island = islands.islandOfBusIndex(grid.busIndex(gen.bus()));
            boolean live = gen.inService() && island != Islands.NO_ISLAND && !islands.all().get(island).isDead();
            if (live && (p < gen.pminMw() - TOLERANCE_MW || p > gen.pmaxMw() + TOLERANCE_MW)) {
                found.add("generator " + (g + 1) + " at " + p + " MW outside [" + gen.pminMw() + ", " + gen.pmaxMw() + "]");
            }
            cost += live ? gen.cost().evaluate(p) : 0;
            dispatched.add(gen.withPg(live ? p : 0));
        }
        if (Math.abs(cost - r.objective()) > COST_TOLERANCE * Math.max(1, Math.abs(cost))) {
            found.add("objective " + r.objective() + " is not the cost at the dispatch, " + cost);
        }
        DcPowerFlowResult pf = DcPowerFlow.run(grid.with(grid.buses(), dispatched, grid.branches()));
        for (Island island : islands.all()) {
            if (!island.isDead() && Math.abs(pf.slackMw()[island.index()]) > TOLERANCE_MW) {
                found.add("island " + island.index() + " out of balance by " + pf.slackMw()[island.index()] + " MW");
            }
        }
        for (int k = 0; k < grid.branches().size(); k++) {
            Branch br = grid.branches().get(k);
            int island = islands.islandOfBusIndex(grid.busIndex(br.from()));
            if (!br.inService() || island == Islands.NO_ISLAND || islands.all().get(island).isDead()) {
                continue;
            }
            double flow = pf.flowsMw()[k];
            if (Math.abs(flow - r.flowsMw()[k]) > TOLERANCE_MW) {
                found.add("branch " + (k + 1) + ": result flow " + r.flowsMw()[k] + " MW, DC power flow " + flow + " MW");
            }
            if (br.isLimited() && Math.abs(flow) > br.rateA() + TOLERANCE_MW) {
                found.add("branch " + (k + 1) + " carries " + flow + " MW over its RATE_A " + br.rateA());
            }
        }
        return found;
    }
}

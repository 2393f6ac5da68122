package org.fairshed.grid.dc;

import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * MATPOWER's {@code rundcpf}: the case's PG and PD, one slack bus per island absorbing the mismatch.
 */
public final class DcPowerFlow {

    private DcPowerFlow() {
    }

    /** Runs a DC power flow of the grid as it stands. */
    public static DcPowerFlowResult run(Grid grid) {
        try (DcModel model = DcModel.of(grid)) {
            return run(model, model.caseInjectionsMw());
        }
    }

    /** Runs a DC power flow on an already factorized model for net bus injections {@code pBusMw}. */
    public static DcPowerFlowResult run(DcModel model, double[] pBusMw) {
        double[] theta = model.solveAngles(pBusMw);
        double[] flows = model.branchFlowsMw(theta);
        Islands islands = model.islands();
        double[] slack = new double[islands.count()];
        for (int i = 0; i < pBusMw.length; i++) {
            int island = islands.islandOfBusIndex(i);
            if (island != Islands.NO_ISLAND) {
                slack[island] -= pBusMw[i];
            }
        }
        double[] deg = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            deg[i] = Math.toDegrees(theta[i]);
        }
        return new DcPowerFlowResult(deg, flows, slack);
    }
}

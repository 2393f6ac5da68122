package org.fairshed.grid.opf;

import org.fairshed.grid.model.Grid;

/**
 * DC optimal power flow: minimum generation cost subject to DC power balance, branch limits (RATE_A, 0 = unlimited),
 * angle-difference limits where the case sets them, and generator limits. Curved (quadratic) costs are solved to
 * {@link DcOpfParameters#costTolerance()} by cutting planes: tangent lines are added where the LP's outer
 * approximation is loose, and the LP is re-solved warm. Dead islands are left out and their load reported unserved.
 * The network enters the LP as {@link DcOpfParameters#formulation()} says. The outcome, including failure, is data in
 * the {@link DcOpfResult}. For many load vectors of one grid, {@link DcOpfSeries} reuses one model.
 */
public final class DcOpf {

    private DcOpf() {
    }

    public static DcOpfResult run(Grid grid) {
        return run(grid, DcOpfParameters.DEFAULT);
    }

    /** @throws org.fairshed.common.InputException when a cost or a branch is one the DC OPF cannot take */
    public static DcOpfResult run(Grid grid, DcOpfParameters parameters) {
        if (parameters.formulation() == DcOpfFormulation.ANGLES) {
            return AngleDcOpf.run(grid, parameters);
        }
        long t0 = System.nanoTime();
        try (DcOpfSeries series = DcOpfSeries.of(grid, parameters)) {
            DcOpfResult r = series.solve(grid.buses().stream().mapToDouble(org.fairshed.grid.model.Bus::pdMw).toArray());
            // the total includes building the network model and the LP
            return r.withTotalSeconds((System.nanoTime() - t0) / 1e9);
        }
    }
}

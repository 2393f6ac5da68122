package org.fairshed.grid.opf;

import org.fairshed.grid.lp.LpSolverType;

/** The DC OPF contract for MATPOWER's angle formulation, on HiGHS as before the PTDF formulation became the default. */
class AngleDcOpfTest extends DcOpfContractTest {

    @Override
    DcOpfParameters parameters() {
        return DcOpfParameters.DEFAULT.withFormulation(DcOpfFormulation.ANGLES).withSolver(LpSolverType.HIGHS);
    }

    @Override
    String refusalOfLoad(double pd) {
        // the LP guard refuses the balance row of the bus
        return "row balance_b3";
    }
}

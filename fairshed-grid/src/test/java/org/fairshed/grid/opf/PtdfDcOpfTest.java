package org.fairshed.grid.opf;

/** The DC OPF contract for the PTDF formulation with lazy branch rows (the default). */
class PtdfDcOpfTest extends DcOpfContractTest {

    @Override
    DcOpfParameters parameters() {
        return DcOpfParameters.DEFAULT;
    }

    @Override
    String refusalOfLoad(double pd) {
        // a non-finite load is refused naming the bus; a finite absurd one by the LP guard on the island's balance row
        return Double.isFinite(pd) ? "row balance_i0" : "load of bus 3 is " + pd;
    }
}

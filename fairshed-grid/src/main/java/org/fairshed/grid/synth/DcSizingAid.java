package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.List;

import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;

/**
 * SIZING AID ONLY, not a general power flow: a lossless DC flow (branch susceptance 1 / (x · tap), no phase shift, no
 * shunts, one connected network with the REF bus as slack, which absorbs any mismatch) used to raise branch ratings
 * above the flows of the merit-order peak dispatches. The project's DC power flow lives elsewhere.
 */
final class DcSizingAid {

    static final double RATING_STEP_MVA = 10.0;

    /** The sized grid, the evening-peak dispatch and what was done. */
    record Result(Grid grid, double[] eveningPeakPgMw, SyntheticSizingReport report) {
    }

    private DcSizingAid() {
    }

    /**
     * Raises RATE_A (and RATE_B/C in proportion) of every branch below {@code margin} × its largest |flow| over the
     * {@link MeritOrderDispatch.PeakScenario}s, rounded up to {@value #RATING_STEP_MVA} MVA.
     */
    static Result size(Grid grid, double margin) {
        MeritOrderDispatch.PeakScenario[] scenarios = MeritOrderDispatch.PeakScenario.values();
        List<Branch> branches = grid.branches();
        double[] maxFlow = new double[branches.size()];
        double[][] dispatches = new double[scenarios.length][];
        for (int s = 0; s < scenarios.length; s++) {
            dispatches[s] = MeritOrderDispatch.dispatch(grid, scenarios[s]);
        }
        double[] evening = dispatches[MeritOrderDispatch.PeakScenario.EVENING_PEAK.ordinal()];
        for (double[] flow : flowsMw(grid, dispatches)) {
            for (int k = 0; k < flow.length; k++) {
                maxFlow[k] = Math.max(maxFlow[k], Math.abs(flow[k]));
            }
        }
        List<Branch> sized = new ArrayList<>(branches.size());
        double before = 0;
        double after = 0;
        double largest = 0;
        int raised = 0;
        for (int k = 0; k < branches.size(); k++) {
            Branch b = branches.get(k);
            before = Math.max(before, maxFlow[k] / b.rateA());
            double needed = RATING_STEP_MVA * Math.ceil(margin * maxFlow[k] / RATING_STEP_MVA);
            if (needed > b.rateA()) {
                double f = needed / b.rateA();
                b = new Branch(b.from(), b.to(), b.r(), b.x(), b.b(), needed, Math.round(b.rateB() * f * 10) / 10.0,
                        Math.round(b.rateC() * f * 10) / 10.0, b.tap(), b.shiftDeg(), b.inService(),
                        b.angMinDeg(), b.angMaxDeg());
                raised++;
            }
            after = Math.max(after, maxFlow[k] / b.rateA());
            largest = Math.max(largest, b.rateA());
            sized.add(b);
        }
        Grid result = grid.with(grid.buses(), grid.generators(), sized);
        return new Result(result, evening, new SyntheticSizingReport(margin, scenarios.length, before, after, raised,
                largest));
    }

    /** Largest |flow| / RATE_A over limited in-service branches for the dispatch {@code pgMw}. */
    static double maxLoading(Grid grid, double[] pgMw) {
        double[] flow = flowsMw(grid, pgMw)[0];
        double max = 0;
        for (int k = 0; k < flow.length; k++) {
            Branch b = grid.branches().get(k);
            if (b.inService() && b.isLimited()) {
                max = Math.max(max, Math.abs(flow[k]) / b.rateA());
            }
        }
        return max;
    }

    /** From-end active flows (MW) of every branch (0 when out of service), one array per dispatch (Pg in MW). */
    static double[][] flowsMw(Grid grid, double[]... dispatches) {
        List<Bus> buses = grid.buses();
        int n = buses.size();
        double base = grid.baseMva();
        int slack = -1;
        for (int i = 0; i < n; i++) {
            if (buses.get(i).type() == BusType.REF) {
                slack = i;
            }
        }
        if (slack < 0) {
            throw new IllegalArgumentException("grid " + grid.name() + " has no REF bus");
        }
        double[][] p = new double[dispatches.length][n];
        for (int s = 0; s < dispatches.length; s++) {
            for (int i = 0; i < n; i++) {
                p[s][i] = -buses.get(i).pdMw() / base;
            }
            for (int g = 0; g < dispatches[s].length; g++) {
                p[s][grid.busIndex(grid.generators().get(g).bus())] += dispatches[s][g] / base;
            }
        }
        List<Branch> branches = grid.branches();
        int m = branches.size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] b = new double[m];
        for (int k = 0; k < m; k++) {
            Branch br = branches.get(k);
            from[k] = grid.busIndex(br.from());
            to[k] = grid.busIndex(br.to());
            b[k] = br.inService() ? 1.0 / (br.x() * br.ratio()) : 0.0;
        }
        double[][] theta = SusceptanceMatrix.solve(n, slack, from, to, b, p);
        double[][] flow = new double[dispatches.length][m];
        for (int s = 0; s < dispatches.length; s++) {
            for (int k = 0; k < m; k++) {
                flow[s][k] = b[k] * (theta[s][from[k]] - theta[s][to[k]]) * base;
            }
        }
        return flow;
    }
}

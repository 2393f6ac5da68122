package org.fairshed.plan.model;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * The DC network of a plan's topology, shared by every slot: one factorization, PTDF rows computed on demand (only for
 * branches that turn out to bind) and cached, and full flow evaluation for checking a candidate dispatch.
 * Thread-safe. Close it to free the factorization.
 */
final class NetworkSensitivities implements AutoCloseable {

    /** A PTDF row may leave out entries whose largest possible effect on the flow adds up to at most this (MW). */
    static final double ROW_ERROR_BUDGET_MW = 1e-6;

    private final Grid grid;
    private final DcModel dc;
    private final ConcurrentHashMap<Integer, SparseRow> ptdf = new ConcurrentHashMap<>();
    /** per bus, the largest injection change the LP can make there (MW): generation plus load, any slot */
    private final double[] reach;

    NetworkSensitivities(Grid grid, Islands islands, double[] reachMw) {
        this.grid = grid;
        this.dc = DcModel.of(grid, islands);
        this.reach = reachMw.clone();
    }

    Grid grid() {
        return grid;
    }

    Islands islands() {
        return dc.islands();
    }

    /** Sparse PTDF row of branch k (0-based) over bus indices, exact to {@link #ROW_ERROR_BUDGET_MW}. */
    SparseRow ptdf(int k) {
        return ptdf.computeIfAbsent(k, key -> SparseRow.within(dc.ptdfRow(key), reach, ROW_ERROR_BUDGET_MW));
    }

    /**
     * Net bus injections (MW) for a dispatch and served loads: generation minus (load - shed) minus Gs, with the
     * phase-shifter pseudo-injections, as the DC power flow sees them.
     */
    double[] injections(double[] genMw, double[] servedLoadMw) {
        return dc.busInjectionsMw(genMw, servedLoadMw);
    }

    /** From-end DC flows (MW) of every branch for net injections {@code pBusMw}. */
    double[] flows(double[] pBusMw) {
        return dc.branchFlowsMw(dc.solveAngles(pBusMw));
    }

    /** In-service limited branches (0-based) whose |flow| exceeds RATE_A by more than {@code toleranceMw}. */
    int[] violated(double[] flowsMw, double toleranceMw) {
        List<Branch> branches = grid.branches();
        return java.util.stream.IntStream.range(0, branches.size())
                .filter(k -> dc.susceptance(k) != 0 && branches.get(k).isLimited()
                        && Math.abs(flowsMw[k]) > branches.get(k).rateA() + toleranceMw)
                .toArray();
    }

    /** Bus index of each generator (by row - 1). */
    int[] generatorBus() {
        List<Generator> gens = grid.generators();
        int[] bus = new int[gens.size()];
        for (int g = 0; g < bus.length; g++) {
            bus[g] = grid.busIndex(gens.get(g).bus());
        }
        return bus;
    }

    @Override
    public void close() {
        dc.close();
    }
}

package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.dc.ErrorBudget;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * The DC network of one topology as the PTDF formulation of the DC OPF sees it: the factorized B matrix (one
 * {@link DcModel}), each branch's allowed flow interval, and its power transfer distribution factors over the
 * generators. Buses of dead islands and isolated buses are not live: nothing is dispatched or checked there.
 */
final class PtdfNetwork implements AutoCloseable {

    /** A branch row may leave out generator terms whose largest possible effect on the flow adds up to at most this. */
    static final double ROW_ERROR_BUDGET_MW = 1e-6;

    final Grid grid;
    final Islands islands;
    final DcModel dc;
    /** per bus index: in an island that is not dead */
    final boolean[] liveBus;
    /** per branch: lowest and highest from-end flow (MW) its RATE_A and angle-difference limits allow, +-Infinity for none */
    final double[] flowMin;
    final double[] flowMax;
    /** per branch: in service between live buses with a limit the OPF enforces */
    final boolean[] limited;
    private final int[] genBus;

    PtdfNetwork(Grid grid, Islands islands, boolean angleLimits) {
        this.grid = grid;
        this.islands = islands;
        this.dc = DcModel.of(grid, islands);
        int nb = grid.buses().size();
        liveBus = new boolean[nb];
        for (int i = 0; i < nb; i++) {
            int k = islands.islandOfBusIndex(i);
            liveBus[i] = k != Islands.NO_ISLAND && !islands.all().get(k).isDead();
        }
        List<Branch> branches = grid.branches();
        flowMin = new double[branches.size()];
        flowMax = new double[branches.size()];
        limited = new boolean[branches.size()];
        for (int k = 0; k < branches.size(); k++) {
            setLimits(k, branches.get(k), angleLimits);
        }
        List<Generator> gens = grid.generators();
        genBus = new int[gens.size()];
        for (int g = 0; g < genBus.length; g++) {
            genBus[g] = grid.busIndex(gens.get(g).bus());
        }
    }

    /** -RATE_A <= flow <= RATE_A, and with flow = base b (theta_f - theta_t - shift) the angle-difference limits. */
    private void setLimits(int k, Branch br, boolean angleLimits) {
        flowMin[k] = Double.NEGATIVE_INFINITY;
        flowMax[k] = Double.POSITIVE_INFINITY;
        if (!isLive(k)) {
            return;
        }
        if (br.isLimited()) {
            flowMin[k] = -br.rateA();
            flowMax[k] = br.rateA();
        }
        double[] angle = angleLimits ? DcOpfModel.angleDifferenceLimitsRad(br) : null;
        if (angle != null) {
            double bb = grid.baseMva() * dc.susceptance(k);
            double shift = Math.toRadians(br.shiftDeg());
            double atMin = bb * (angle[0] - shift);
            double atMax = bb * (angle[1] - shift);
            flowMin[k] = Math.max(flowMin[k], Math.min(atMin, atMax));
            flowMax[k] = Math.min(flowMax[k], Math.max(atMin, atMax));
        }
        limited[k] = flowMin[k] > Double.NEGATIVE_INFINITY || flowMax[k] < Double.POSITIVE_INFINITY;
    }

    /** In service (with a susceptance) between two live buses. */
    boolean isLive(int k) {
        Branch br = grid.branches().get(k);
        int f = grid.busIndex(br.from());
        int t = grid.busIndex(br.to());
        return dc.susceptance(k) != 0 && f != t && liveBus[f] && liveBus[t];
    }

    /**
     * Bus angles (rad) of the DC power flow with generation {@code genMw} (by generator row - 1) and bus loads
     * {@code busPdMw}; reference buses at their case angle.
     */
    double[] anglesRad(double[] genMw, double[] busPdMw) {
        return dc.solveAngles(dc.busInjectionsMw(genMw, busPdMw));
    }

    /** From-end flows (MW) for {@code thetaRad}; 0 on branches that are not live. */
    double[] flowsMw(double[] thetaRad) {
        double[] flows = dc.branchFlowsMw(thetaRad);
        for (int k = 0; k < flows.length; k++) {
            if (!isLive(k)) {
                flows[k] = 0;
            }
        }
        return flows;
    }

    /**
     * The change of branch k's flow (MW) per MW of each generator in {@code pgVar} (generators with {@code pgVar[g] <
     * 0} get 0), the smallest terms left out while their largest effect {@code |ptdf| * reach_g} adds up to at most
     * {@link #ROW_ERROR_BUDGET_MW}. One transposed solve on the factorization.
     */
    double[] generatorPtdf(int k, int[] pgVar, double[] reachMw) {
        double[] row = dc.ptdfRow(k);
        double[] ptdf = new double[genBus.length];
        double[] contribution = new double[genBus.length];
        for (int g = 0; g < genBus.length; g++) {
            if (pgVar[g] >= 0) {
                ptdf[g] = row[genBus[g]];
                contribution[g] = Math.abs(ptdf[g]) * reachMw[g];
            }
        }
        double threshold = ErrorBudget.keepFrom(contribution, ROW_ERROR_BUDGET_MW);
        for (int g = 0; g < ptdf.length; g++) {
            if (contribution[g] < threshold) {
                ptdf[g] = 0;
            }
        }
        return ptdf;
    }

    @Override
    public void close() {
        dc.close();
    }
}

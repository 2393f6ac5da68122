package org.fairshed.grid.opf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;

/**
 * The DC OPF as a linear program in PTDF form: dispatch {@code pg_g<row>} (MW) and the {@link DcOpfCosts}; one power
 * balance row {@code balance_i<island>} per live island; and, only for branches a DC power flow of a dispatch found
 * outside their limits, a row {@code flow_l<row>}: {@code min - f0 <= sum_g ptdf_g pg_g <= max - f0}, where {@code f0}
 * is the branch's flow with every generator at 0 under the present loads. The loads enter the right-hand sides only,
 * so one model serves any number of load vectors ({@link #setLoads}), its rows and tangents kept from one to the next.
 * <p>
 * An elastic model has no cost: each branch row gets variables {@code over_l<row>} and {@code under_l<row>} (MW) that
 * let the flow leave its limits, and the objective is their sum: the least total overload any dispatch leaves.
 */
final class PtdfModel {

    final PtdfNetwork net;
    final LpModel lp;
    /** LP variable of each generator's dispatch, -1 when it is out of service or in a dead island */
    final int[] pgVar;
    /** the generation cost; null in an elastic model */
    final DcOpfCosts costs;
    private final boolean elastic;
    /** LP row of each island's balance, -1 for dead islands */
    private final int[] balanceRow;
    /** branch (0-based) -> its row, for the branches added so far */
    private final Map<Integer, Integer> branchRow = new HashMap<>();
    private final List<Integer> branchesInModel = new ArrayList<>();
    /** largest |output| of each generator (MW): how far a PTDF term can move the flow */
    private final double[] reachMw;
    /** per branch, its flow (MW) with every generator at 0 under the present loads */
    private double[] flowAtZeroMw;

    /** A cost-minimizing model; quadratic costs start with {@code initialTangents} tangents. */
    PtdfModel(PtdfNetwork net, LpModel lp, int initialTangents) {
        this(net, lp, initialTangents, false);
    }

    /** An elastic model: least total branch overload, no cost. */
    static PtdfModel elastic(PtdfNetwork net, LpModel lp) {
        return new PtdfModel(net, lp, 0, true);
    }

    private PtdfModel(PtdfNetwork net, LpModel lp, int initialTangents, boolean elastic) {
        this.net = net;
        this.lp = lp;
        this.elastic = elastic;
        Grid grid = net.grid;
        List<Generator> gens = grid.generators();
        pgVar = new int[gens.size()];
        reachMw = new double[gens.size()];
        Arrays.fill(pgVar, -1);
        addDispatchVariables(gens);
        costs = elastic ? null : new DcOpfCosts(grid, lp, pgVar, initialTangents);
        balanceRow = new int[net.islands.count()];
        addIslandBalance(gens);
    }

    private void addDispatchVariables(List<Generator> gens) {
        // Pmin_g <= pg_g <= Pmax_g for in-service generators in live islands
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            if (gen.inService() && net.liveBus[net.grid.busIndex(gen.bus())]) {
                pgVar[g] = lp.addVariable(gen.pminMw(), gen.pmaxMw(), 0, "pg_g" + (g + 1));
                reachMw[g] = Math.max(Math.abs(gen.pminMw()), Math.abs(gen.pmaxMw()));
            }
        }
    }

    private void addIslandBalance(List<Generator> gens) {
        // sum of pg_g in the island = its load Pd + Gs (set by setLoads; phase-shifter injections cancel in an island)
        List<List<Integer>> varsOf = new ArrayList<>();
        for (int i = 0; i < balanceRow.length; i++) {
            varsOf.add(new ArrayList<>());
        }
        for (int g = 0; g < gens.size(); g++) {
            if (pgVar[g] >= 0) {
                varsOf.get(net.islands.islandOfBusIndex(net.grid.busIndex(gens.get(g).bus()))).add(pgVar[g]);
            }
        }
        for (Island island : net.islands.all()) {
            int i = island.index();
            if (!net.liveBus[net.grid.busIndex(island.referenceBus())]) {
                balanceRow[i] = -1;
                continue;
            }
            int[] vars = varsOf.get(i).stream().mapToInt(Integer::intValue).toArray();
            double[] ones = new double[vars.length];
            Arrays.fill(ones, 1.0);
            balanceRow[i] = lp.addRow(0, 0, vars, ones, "balance_i" + i);
        }
    }

    /** Sets the loads (MW, by bus index) every right-hand side depends on. */
    void setLoads(double[] busPdMw) {
        Grid grid = net.grid;
        double[] demand = new double[balanceRow.length];
        List<Bus> buses = grid.buses();
        for (int b = 0; b < buses.size(); b++) {
            int island = net.islands.islandOfBusIndex(b);
            if (net.liveBus[b]) {
                demand[island] += busPdMw[b] + buses.get(b).gsMw();
            }
        }
        for (int i = 0; i < balanceRow.length; i++) {
            if (balanceRow[i] >= 0) {
                lp.setRowBounds(balanceRow[i], demand[i], demand[i]);
            }
        }
        flowAtZeroMw = net.flowsMw(net.anglesRad(new double[pgVar.length], busPdMw));
        for (int k : branchesInModel) {
            lp.setRowBounds(branchRow.get(k), net.flowMin[k] - flowAtZeroMw[k], net.flowMax[k] - flowAtZeroMw[k]);
        }
    }

    /**
     * Adds the rows of the branches not yet in the model whose {@code flowsMw} lie outside their limits by more than
     * {@code toleranceMw}, the most overloaded first and at most {@code maxRows}; returns how many were added.
     */
    int addOverloaded(double[] flowsMw, double toleranceMw, int maxRows) {
        List<double[]> over = new ArrayList<>();
        for (int k = 0; k < flowsMw.length; k++) {
            if (net.limited[k] && !branchRow.containsKey(k)) {
                double excess = Math.max(flowsMw[k] - net.flowMax[k], net.flowMin[k] - flowsMw[k]);
                if (excess > toleranceMw) {
                    over.add(new double[] {k, excess});
                }
            }
        }
        over.sort((a, b) -> Double.compare(b[1], a[1]));
        int added = 0;
        for (double[] o : over.subList(0, Math.min(maxRows, over.size()))) {
            addBranchRow((int) o[0]);
            added++;
        }
        return added;
    }

    /** Adds the rows of {@code branches} that are limited and not in the model yet (rows found under other loads). */
    void addBranches(List<Integer> branches) {
        for (int k : branches) {
            if (net.limited[k] && !branchRow.containsKey(k)) {
                addBranchRow(k);
            }
        }
    }

    private void addBranchRow(int k) {
        double[] ptdf = net.generatorPtdf(k, pgVar, reachMw);
        int n = 0;
        for (double v : ptdf) {
            if (v != 0) {
                n++;
            }
        }
        int[] vars = new int[n + (elastic ? 2 : 0)];
        double[] coefs = new double[vars.length];
        int j = 0;
        for (int g = 0; g < ptdf.length; g++) {
            if (ptdf[g] != 0) {
                vars[j] = pgVar[g];
                coefs[j++] = ptdf[g];
            }
        }
        if (elastic) {
            // ... - over_l + under_l: over lets the flow pass its upper limit, under its lower one
            vars[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, 1, "over_l" + (k + 1));
            coefs[j++] = -1;
            vars[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, 1, "under_l" + (k + 1));
            coefs[j] = 1;
        }
        int row = lp.addRow(net.flowMin[k] - flowAtZeroMw[k], net.flowMax[k] - flowAtZeroMw[k], vars, coefs, "flow_l" + (k + 1));
        branchRow.put(k, row);
        branchesInModel.add(k);
    }

    /** Branches (0-based) whose rows are in the model, in the order they were added. */
    List<Integer> branchesInModel() {
        return List.copyOf(branchesInModel);
    }

    /** Dispatch (MW) of the last optimal solution; 0 for generators without a variable. */
    double[] dispatch() {
        double[] gen = new double[pgVar.length];
        for (int g = 0; g < gen.length; g++) {
            gen[g] = pgVar[g] >= 0 ? lp.value(pgVar[g]) : 0.0;
        }
        return gen;
    }
}

package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;
import org.fairshed.plan.PlanInput;

/**
 * The load-shedding LP of a set of slots (one slot, or the whole horizon when ramp limits link them), in PTDF form.
 * Per slot s: dispatch {@code pg_s<t>_g<row>} in [0, Pmax], critical and non-critical shed {@code shedc_s<t>_b<n>},
 * {@code shedn_s<t>_b<n>} within each bus's critical and non-critical load, one power balance per island with
 * balance slacks {@code unserved_/spilled_s<t>_i<k>} (non-zero only when even shedding everything cannot balance
 * fixed injections), ramp rows between consecutive slots, and branch-limit rows {@code flow_s<t>_l<row>} added only
 * for branches found overloaded. Buses of islands without available generation in a slot are shed whole and get
 * no variables.
 */
final class SheddingModel {

    final PlanInput input;
    final NetworkSensitivities net;
    final LpModel lp;
    /** global slot index of each local slot */
    final int[] slots;
    final int[][] pgVar;
    final int[][] shedCVar;
    /**
     * Whether critical load has shed variables: without them the model plans no critical shed at all (its least total
     * shed is then also the lexicographic one, since no plan sheds less critical load than none).
     */
    final boolean criticalVariables;
    final int[][] shedNVar;
    /** [s][bus] curtailment of a negative load (embedded generation), -1 when none */
    final int[][] curtailVar;
    final int[][] unservedVar;
    final int[][] spilledVar;
    /** [s][bus] load shed because the bus's island has no generation available in that slot */
    final double[][] deadShedMw;
    /** [s][branch] DC flow of the fixed injections (loads, shunts, phase shifters) with no generation and no shed */
    final double[][] constFlowMw;
    /** A row tightened after an exact flow check moves this much further (MW) than the excess found. */
    static final double TIGHTEN_MARGIN_MW = 1e-6;

    private final Map<Long, Integer> branchRows = new HashMap<>();
    /** per local slot, bus index to the dispatch variables at that bus (every branch row needs them) */
    private final List<Map<Integer, List<Integer>>> generatorsAt = new ArrayList<>();
    private final Map<Integer, double[]> rowBounds = new HashMap<>();
    /** Coefficients in the branch rows added so far (the rows are dense: their width drives the simplex's work). */
    private long branchNonZeros;
    private final int[] genBus;

    /**
     * @param seedBranches branches (0-based) whose limit rows the model starts with: found binding in other slots, they
     *                     are likely to bind here too, saving lazy rounds. Extra rows never move the optimum, but
     *                     they can change which of several optimal splits the simplex returns: callers pass seeds
     *                     that do not depend on the thread count.
     * @param criticalVariables whether critical load gets shed variables (see {@link #criticalVariables})
     */
    SheddingModel(PlanInput input, NetworkSensitivities net, LpModel lp, int[] slots, int[] seedBranches,
                  boolean criticalVariables) {
        this.input = input;
        this.criticalVariables = criticalVariables;
        this.net = net;
        this.lp = lp;
        this.slots = slots.clone();
        int n = slots.length;
        Grid grid = input.grid();
        int nb = grid.buses().size();
        int ng = grid.generators().size();
        genBus = net.generatorBus();
        pgVar = new int[n][ng];
        shedCVar = new int[n][nb];
        shedNVar = new int[n][nb];
        curtailVar = new int[n][nb];
        unservedVar = new int[n][];
        spilledVar = new int[n][];
        deadShedMw = new double[n][nb];
        constFlowMw = new double[n][];
        for (int s = 0; s < n; s++) {
            Arrays.fill(pgVar[s], -1);
            Arrays.fill(shedCVar[s], -1);
            Arrays.fill(shedNVar[s], -1);
            Arrays.fill(curtailVar[s], -1);
            boolean[] liveIsland = liveIslands(slots[s]);
            addDispatchVariables(s, liveIsland);
            addShedVariables(s, liveIsland);
            addIslandBalance(s, liveIsland);
            constFlowMw[s] = net.flows(net.injections(new double[ng], input.busLoadMw()[slots[s]]));
        }
        if (input.rampLinked()) {
            addRampLimits();
        }
        for (int s = 0; s < n; s++) {
            generatorsAt.add(generatorsByBus(s));
        }
        for (int s = 0; s < n; s++) {
            for (int k : seedBranches) {
                Branch br = input.grid().branches().get(k);
                if (br.inService() && br.isLimited() && shedOrGenerationOnBothSides(s, k)) {
                    enforceBranchLimit(s, k, Double.NaN);
                }
            }
        }
    }

    private boolean shedOrGenerationOnBothSides(int s, int k) {
        Branch br = input.grid().branches().get(k);
        int f = input.grid().busIndex(br.from());
        int t = input.grid().busIndex(br.to());
        Islands islands = net.islands();
        int island = islands.islandOfBusIndex(f);
        return island != Islands.NO_ISLAND && island == islands.islandOfBusIndex(t) && deadShedMw[s][f] == 0 && deadShedMw[s][t] == 0;
    }

    /** An island is live in a slot when it has load and some generation available then. */
    private boolean[] liveIslands(int t) {
        Islands islands = net.islands();
        double[] capacity = new double[islands.count()];
        List<Generator> gens = input.grid().generators();
        for (int g = 0; g < gens.size(); g++) {
            int k = islands.islandOfBusIndex(genBus[g]);
            if (gens.get(g).inService() && k != Islands.NO_ISLAND) {
                capacity[k] += input.genPmaxMw()[t][g];
            }
        }
        boolean[] live = new boolean[islands.count()];
        for (int k = 0; k < live.length; k++) {
            live[k] = capacity[k] > 0;
        }
        return live;
    }

    boolean busLive(boolean[] liveIsland, int busIndex) {
        int k = net.islands().islandOfBusIndex(busIndex);
        return k != Islands.NO_ISLAND && liveIsland[k];
    }

    private void addDispatchVariables(int s, boolean[] liveIsland) {
        // 0 <= pg_g <= Pmax_g(t) (Pmin taken as 0: unit commitment is out of scope)
        int t = slots[s];
        List<Generator> gens = input.grid().generators();
        for (int g = 0; g < gens.size(); g++) {
            if (gens.get(g).inService() && busLive(liveIsland, genBus[g]) && (input.genPmaxMw()[t][g] > 0 || input.rampLinked())) {
                pgVar[s][g] = lp.addVariable(0, Math.max(0, input.genPmaxMw()[t][g]), 0, "pg_s" + t + "_g" + (g + 1));
            }
        }
    }

    private void addShedVariables(int s, boolean[] liveIsland) {
        // 0 <= shedc_b <= c_b Pd_b(t), 0 <= shedn_b <= (1 - c_b) Pd_b(t) for positive loads; dead islands shed all
        int t = slots[s];
        List<Bus> buses = input.grid().buses();
        for (int b = 0; b < buses.size(); b++) {
            double pd = input.busLoadMw()[t][b];
            if (pd < 0 && busLive(liveIsland, b)) {
                // 0 <= curtail_b <= -Pd_b: embedded generation disconnected, only when limits leave no other way
                curtailVar[s][b] = lp.addVariable(0, -pd, 0, "curtail_s" + t + "_b" + buses.get(b).number());
            }
            if (pd <= 0) {
                continue;
            }
            if (!busLive(liveIsland, b)) {
                // a dead island, or an isolated bus (bus outage): its load is demand that cannot be served
                deadShedMw[s][b] = pd;
                continue;
            }
            // only parts with load get a variable: fewer columns in every (dense) branch row
            double c = input.criticalShare()[b];
            int number = buses.get(b).number();
            if (c > 0 && criticalVariables) {
                shedCVar[s][b] = lp.addVariable(0, c * pd, 0, "shedc_s" + t + "_b" + number);
            }
            if (c < 1) {
                shedNVar[s][b] = lp.addVariable(0, (1 - c) * pd, 0, "shedn_s" + t + "_b" + number);
            }
        }
    }

    private void addIslandBalance(int s, boolean[] liveIsland) {
        // sum pg + sum shed - sum curtail + unserved - spilled = sum (Pd + Gs) over the island's buses
        int t = slots[s];
        Islands islands = net.islands();
        int count = islands.count();
        List<List<Integer>> vars = new ArrayList<>();
        List<List<Integer>> curtailed = new ArrayList<>();
        double[] demand = new double[count];
        for (int k = 0; k < count; k++) {
            vars.add(new ArrayList<>());
            curtailed.add(new ArrayList<>());
        }
        for (int g = 0; g < pgVar[s].length; g++) {
            if (pgVar[s][g] >= 0) {
                vars.get(islands.islandOfBusIndex(genBus[g])).add(pgVar[s][g]);
            }
        }
        List<Bus> buses = input.grid().buses();
        for (int b = 0; b < buses.size(); b++) {
            int k = islands.islandOfBusIndex(b);
            if (k == Islands.NO_ISLAND || !liveIsland[k]) {
                continue;
            }
            demand[k] += input.busLoadMw()[t][b] + buses.get(b).gsMw();
            if (shedCVar[s][b] >= 0) {
                vars.get(k).add(shedCVar[s][b]);
            }
            if (shedNVar[s][b] >= 0) {
                vars.get(k).add(shedNVar[s][b]);
            }
            if (curtailVar[s][b] >= 0) {
                curtailed.get(k).add(curtailVar[s][b]);
            }
        }
        unservedVar[s] = new int[count];
        spilledVar[s] = new int[count];
        Arrays.fill(unservedVar[s], -1);
        Arrays.fill(spilledVar[s], -1);
        for (int k = 0; k < count; k++) {
            if (!liveIsland[k]) {
                continue;
            }
            unservedVar[s][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, 0, "unserved_s" + t + "_i" + k);
            spilledVar[s][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, 0, "spilled_s" + t + "_i" + k);
            List<Integer> v = vars.get(k);
            List<Integer> c = curtailed.get(k);
            int size = v.size() + c.size() + 2;
            int[] idx = new int[size];
            double[] coef = new double[size];
            for (int j = 0; j < v.size(); j++) {
                idx[j] = v.get(j);
                coef[j] = 1;
            }
            for (int j = 0; j < c.size(); j++) {
                idx[v.size() + j] = c.get(j);
                coef[v.size() + j] = -1;
            }
            idx[size - 2] = unservedVar[s][k];
            coef[size - 2] = 1;
            idx[size - 1] = spilledVar[s][k];
            coef[size - 1] = -1;
            lp.addRow(demand[k], demand[k], idx, coef, "balance_s" + t + "_i" + k);
        }
    }

    private void addRampLimits() {
        // -R_g <= pg_g(t) - pg_g(t-1) <= R_g
        double[] ramp = input.rampMwPerSlot();
        for (int s = 1; s < slots.length; s++) {
            for (int g = 0; g < ramp.length; g++) {
                int now = pgVar[s][g];
                int before = pgVar[s - 1][g];
                if (now >= 0 && before >= 0 && Double.isFinite(ramp[g])) {
                    lp.addRow(-ramp[g], ramp[g], new int[] {now, before}, new double[] {1, -1},
                            "ramp_s" + slots[s] + "_g" + (g + 1));
                }
            }
        }
    }

    /**
     * Adds the limit row of branch k (0-based) in local slot s: -RATE_A <= const + PTDF (pg + shed) <= RATE_A. When the
     * row exists but the exact flow {@code flowMw} still exceeds the limit (PTDF entries below
     * {@link NetworkSensitivities#ROW_ERROR_BUDGET_MW} may be left out of rows), the row is tightened by the excess instead.
     * Returns false when neither was needed.
     */
    boolean enforceBranchLimit(int s, int k, double flowMw) {
        long key = (long) s * Integer.MAX_VALUE + k;
        Integer existing = branchRows.get(key);
        if (existing != null && Double.isNaN(flowMw)) {
            return false;
        }
        if (existing != null) {
            Branch br = input.grid().branches().get(k);
            double excess = Math.abs(flowMw) - br.rateA();
            if (excess <= 0) {
                return false;
            }
            double[] bounds = rowBounds.get(existing);
            if (flowMw > 0) {
                bounds[1] -= excess + TIGHTEN_MARGIN_MW;
            } else {
                bounds[0] += excess + TIGHTEN_MARGIN_MW;
            }
            lp.setRowBounds(existing, bounds[0], bounds[1]);
            return true;
        }
        SparseRow row = net.ptdf(k);
        List<Integer> idx = new ArrayList<>();
        List<Double> coef = new ArrayList<>();
        Map<Integer, List<Integer>> gensAt = generatorsAt.get(s);
        for (int j = 0; j < row.index().length; j++) {
            int b = row.index()[j];
            double p = row.value()[j];
            for (int var : gensAt.getOrDefault(b, List.of())) {
                idx.add(var);
                coef.add(p);
            }
            if (shedCVar[s][b] >= 0) {
                idx.add(shedCVar[s][b]);
                coef.add(p);
            }
            if (shedNVar[s][b] >= 0) {
                idx.add(shedNVar[s][b]);
                coef.add(p);
            }
            if (curtailVar[s][b] >= 0) {
                idx.add(curtailVar[s][b]);
                coef.add(-p);
            }
        }
        Branch br = input.grid().branches().get(k);
        double c = constFlowMw[s][k];
        int rowIndex = lp.addRow(-br.rateA() - c, br.rateA() - c, idx.stream().mapToInt(Integer::intValue).toArray(),
                coef.stream().mapToDouble(Double::doubleValue).toArray(), "flow_s" + slots[s] + "_l" + (k + 1));
        branchRows.put(key, rowIndex);
        branchNonZeros += idx.size();
        rowBounds.put(rowIndex, new double[] {-br.rateA() - c, br.rateA() - c});
        return true;
    }

    private Map<Integer, List<Integer>> generatorsByBus(int s) {
        Map<Integer, List<Integer>> at = new HashMap<>();
        for (int g = 0; g < pgVar[s].length; g++) {
            if (pgVar[s][g] >= 0) {
                at.computeIfAbsent(genBus[g], b -> new ArrayList<>()).add(pgVar[s][g]);
            }
        }
        return at;
    }

    /** Debug: the largest gap between a branch row's bounds and the branch's rating (MW), and rows tightened. */
    String rowReport() {
        double worst = 0;
        int tightened = 0;
        for (var e : branchRows.entrySet()) {
            int s = (int) (e.getKey() / Integer.MAX_VALUE);
            int k = (int) (e.getKey() % Integer.MAX_VALUE);
            double[] b = rowBounds.get(e.getValue());
            double rate = input.grid().branches().get(k).rateA();
            double c = constFlowMw[s][k];
            double gap = Math.max(Math.abs(b[1] - (rate - c)), Math.abs(b[0] - (-rate - c)));
            if (gap > 0) {
                tightened++;
            }
            worst = Math.max(worst, gap);
        }
        return tightened + " rows tightened, by up to " + worst + " MW; " + branchNonZeros + " non-zeros in branch rows";
    }

    int branchRowCount() {
        return branchRows.size();
    }
}

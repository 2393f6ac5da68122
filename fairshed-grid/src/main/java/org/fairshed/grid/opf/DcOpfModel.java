package org.fairshed.grid.opf;

import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/**
 * The DC OPF as a linear program, in MATPOWER's angle formulation. Variables: bus angles {@code theta_b<n>} (rad),
 * dispatch {@code pg_g<row>} (MW), and the {@link DcOpfCosts}. Buses of dead islands and isolated buses get no
 * variables.
 */
final class DcOpfModel {

    /** MATPOWER ignores ANGMIN/ANGMAX of 0 or at/beyond +-360 degrees. */
    private static final double NO_ANGLE_LIMIT_DEG = 360;

    final Grid grid;
    final Islands islands;
    final LpModel lp;
    /** LP variable of each bus angle, -1 when the bus has none */
    final int[] thetaVar;
    /** LP variable of each generator's dispatch, -1 when it is out of service or in a dead island */
    final int[] pgVar;
    final DcOpfCosts costs;
    final double[] susceptance;
    final double[] shiftRad;

    DcOpfModel(Grid grid, Islands islands, LpModel lp, DcOpfParameters parameters) {
        this.grid = grid;
        this.islands = islands;
        this.lp = lp;
        int nb = grid.buses().size();
        int ng = grid.generators().size();
        int nl = grid.branches().size();
        thetaVar = new int[nb];
        pgVar = new int[ng];
        susceptance = new double[nl];
        shiftRad = new double[nl];
        Arrays.fill(thetaVar, -1);
        Arrays.fill(pgVar, -1);
        DcOpfCostCheck.check(grid);
        addAngleVariables();
        addDispatchVariables();
        costs = new DcOpfCosts(grid, lp, pgVar, parameters.initialTangents());
        addPowerBalance();
        addBranchLimits();
        if (parameters.angleLimits()) {
            addAngleDifferenceLimits();
        }
    }

    private boolean live(int busIndex) {
        int k = islands.islandOfBusIndex(busIndex);
        return k != Islands.NO_ISLAND && !islands.all().get(k).isDead();
    }

    private void addAngleVariables() {
        // theta_b free, theta_ref = VA_ref (one reference per island)
        List<Bus> buses = grid.buses();
        for (int i = 0; i < buses.size(); i++) {
            if (live(i)) {
                thetaVar[i] = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        "theta_b" + buses.get(i).number());
            }
        }
        for (Island island : islands.all()) {
            int i = grid.busIndex(island.referenceBus());
            if (thetaVar[i] >= 0) {
                double va = Math.toRadians(buses.get(i).vaDeg());
                lp.setVariableBounds(thetaVar[i], va, va);
            }
        }
    }

    private void addDispatchVariables() {
        // Pmin_g <= pg_g <= Pmax_g for in-service generators in live islands
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            if (gen.inService() && live(grid.busIndex(gen.bus()))) {
                pgVar[g] = lp.addVariable(gen.pminMw(), gen.pmaxMw(), 0, "pg_g" + (g + 1));
            }
        }
    }

    private void addPowerBalance() {
        // sum_g pg_g - sum_k base b_k (theta_f - theta_t) (out) + ... (in) = Pd_b + Gs_b + phase-shifter injections
        List<Bus> buses = grid.buses();
        List<Branch> branches = grid.branches();
        double base = grid.baseMva();
        int nb = buses.size();
        double[] rhs = new double[nb];
        int[] degree = new int[nb];
        for (int k = 0; k < branches.size(); k++) {
            Branch br = branches.get(k);
            int f = grid.busIndex(br.from());
            int t = grid.busIndex(br.to());
            if (br.inService() && thetaVar[f] >= 0 && thetaVar[t] >= 0 && f != t) {
                susceptance[k] = DcModel.susceptancePu(grid, k);
                shiftRad[k] = Math.toRadians(br.shiftDeg());
                double pfinj = -susceptance[k] * shiftRad[k] * base;
                rhs[f] += pfinj;
                rhs[t] -= pfinj;
                degree[f]++;
                degree[t]++;
            }
        }
        for (Generator gen : grid.generators()) {
            degree[grid.busIndex(gen.bus())]++;
        }
        int[][] vars = new int[nb][];
        double[][] coefs = new double[nb][];
        int[] fill = new int[nb];
        for (int i = 0; i < nb; i++) {
            vars[i] = new int[degree[i] + 1];
            coefs[i] = new double[degree[i] + 1];
            vars[i][0] = thetaVar[i];
            fill[i] = 1;
        }
        for (int k = 0; k < branches.size(); k++) {
            if (susceptance[k] == 0) {
                continue;
            }
            int f = grid.busIndex(branches.get(k).from());
            int t = grid.busIndex(branches.get(k).to());
            double bb = base * susceptance[k];
            coefs[f][0] -= bb;
            coefs[t][0] -= bb;
            vars[f][fill[f]] = thetaVar[t];
            coefs[f][fill[f]++] = bb;
            vars[t][fill[t]] = thetaVar[f];
            coefs[t][fill[t]++] = bb;
        }
        for (int g = 0; g < pgVar.length; g++) {
            if (pgVar[g] >= 0) {
                int i = grid.busIndex(grid.generators().get(g).bus());
                vars[i][fill[i]] = pgVar[g];
                coefs[i][fill[i]++] = 1;
            }
        }
        for (int i = 0; i < nb; i++) {
            if (thetaVar[i] < 0) {
                continue;
            }
            double demand = buses.get(i).pdMw() + buses.get(i).gsMw() + rhs[i];
            lp.addRow(demand, demand, Arrays.copyOf(vars[i], fill[i]), Arrays.copyOf(coefs[i], fill[i]),
                    "balance_b" + buses.get(i).number());
        }
    }

    private void addBranchLimits() {
        // -RATE_A <= base b_k (theta_f - theta_t - shift_k) <= RATE_A for in-service branches with RATE_A > 0
        double base = grid.baseMva();
        List<Branch> branches = grid.branches();
        for (int k = 0; k < branches.size(); k++) {
            Branch br = branches.get(k);
            if (susceptance[k] == 0 || !br.isLimited()) {
                continue;
            }
            double bb = base * susceptance[k];
            double shiftFlow = bb * shiftRad[k];
            lp.addRow(-br.rateA() + shiftFlow, br.rateA() + shiftFlow,
                    new int[] {thetaVar[grid.busIndex(br.from())], thetaVar[grid.busIndex(br.to())]},
                    new double[] {bb, -bb}, "flow_l" + (k + 1));
        }
    }

    private void addAngleDifferenceLimits() {
        // ANGMIN_k <= theta_f - theta_t <= ANGMAX_k where the case sets a limit (MATPOWER's makeAang rule)
        List<Branch> branches = grid.branches();
        for (int k = 0; k < branches.size(); k++) {
            Branch br = branches.get(k);
            double[] limits = angleDifferenceLimitsRad(br);
            if (susceptance[k] == 0 || limits == null) {
                continue;
            }
            lp.addRow(limits[0], limits[1],
                    new int[] {thetaVar[grid.busIndex(br.from())], thetaVar[grid.busIndex(br.to())]},
                    new double[] {1, -1}, "angle_l" + (k + 1));
        }
    }

    /**
     * {lower, upper} limit (rad, infinite for none) of {@code theta_from - theta_to} that MATPOWER's makeAang enforces
     * for {@code br}, or null when it enforces none: ANGMIN/ANGMAX of 0 or at/beyond +-360 degrees mean no limit, and a
     * limit of 0 on one side is no limit on that side even when the other side has one.
     */
    static double[] angleDifferenceLimitsRad(Branch br) {
        boolean hasMin = br.angMinDeg() != 0 && br.angMinDeg() > -NO_ANGLE_LIMIT_DEG;
        boolean hasMax = br.angMaxDeg() != 0 && br.angMaxDeg() < NO_ANGLE_LIMIT_DEG;
        if (!(hasMin || hasMax)) {
            return null;
        }
        double lb = br.angMinDeg() != 0 ? Math.toRadians(br.angMinDeg()) : Double.NEGATIVE_INFINITY;
        double ub = br.angMaxDeg() != 0 ? Math.toRadians(br.angMaxDeg()) : Double.POSITIVE_INFINITY;
        return new double[] {lb, ub};
    }
}

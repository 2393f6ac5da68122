package org.fairshed.plan.testing;

import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;
import org.fairshed.plan.PlanInput;

/**
 * The simplest correct minimum-shed model, to cross-check the planner: one slot, angle formulation, every bus
 * balance and every branch limit written out (no PTDF, no lazy rows, no stages), minimize total shed.
 */
public final class ReferenceMinShed {

    private ReferenceMinShed() {
    }

    /** The angle model of one slot in an LP: its shed variables per bus (-1 where none) and the load of dead islands. */
    public record AngleModel(int[] shed, double deadMw) {
    }

    /** Minimum total shed (MW) of slot t, dead islands included; NaN when the LP is not optimal. */
    public static double minShedMw(PlanInput in, int t) {
        try (LpModel lp = new OrToolsLpModel(LpSolverType.HIGHS)) {
            AngleModel m = build(lp, in, t);
            for (int v : m.shed()) {
                if (v >= 0) {
                    lp.setObjectiveCoefficient(v, 1);
                }
            }
            LpResult r = lp.solve(60);
            return r.status().isOptimal() ? r.objective() + m.deadMw() : Double.NaN;
        }
    }

    /**
     * Adds slot t's angle model to {@code lp}: angles, dispatch and shed variables (no cost), every bus balance and
     * every branch limit.
     */
    public static AngleModel build(LpModel lp, PlanInput in, int t) {
        Grid grid = in.grid();
        Islands islands = Islands.of(grid);
        List<Bus> buses = grid.buses();
        int nb = buses.size();
        double dead = 0;
        boolean[] live = new boolean[islands.count()];
        for (Island island : islands.all()) {
            double cap = 0;
            for (int g = 0; g < grid.generators().size(); g++) {
                if (grid.generators().get(g).inService()
                        && islands.islandOfBusIndex(grid.busIndex(grid.generators().get(g).bus())) == island.index()) {
                    cap += in.genPmaxMw()[t][g];
                }
            }
            live[island.index()] = cap > 0;
        }
        int[] theta = new int[nb];
        int[] shed = new int[nb];
        for (int b = 0; b < nb; b++) {
            int k = islands.islandOfBusIndex(b);
            theta[b] = -1;
            shed[b] = -1;
            double pd = in.busLoadMw()[t][b];
            if (k == Islands.NO_ISLAND || !live[k]) {
                dead += k == Islands.NO_ISLAND ? 0 : Math.max(0, pd);
                continue;
            }
            boolean ref = islands.all().get(k).referenceBus() == buses.get(b).number();
            theta[b] = lp.addVariable(ref ? 0 : -1e3, ref ? 0 : 1e3, 0, "theta" + b);
            if (pd > 0) {
                shed[b] = lp.addVariable(0, pd, 0, "shed" + b);
            }
        }
        int[] gen = new int[grid.generators().size()];
        for (int g = 0; g < gen.length; g++) {
            int b = grid.busIndex(grid.generators().get(g).bus());
            gen[g] = grid.generators().get(g).inService() && theta[b] >= 0
                    ? lp.addVariable(0, in.genPmaxMw()[t][g], 0, "pg" + g) : -1;
        }
        double base = grid.baseMva();
        // balance at each bus: gen + shed - sum of flows out = Pd + Gs
        for (int b = 0; b < nb; b++) {
            if (theta[b] < 0) {
                continue;
            }
            java.util.List<Integer> idx = new java.util.ArrayList<>();
            java.util.List<Double> coef = new java.util.ArrayList<>();
            double rhs = in.busLoadMw()[t][b] + buses.get(b).gsMw();
            for (int g = 0; g < gen.length; g++) {
                if (gen[g] >= 0 && grid.busIndex(grid.generators().get(g).bus()) == b) {
                    idx.add(gen[g]);
                    coef.add(1.0);
                }
            }
            if (shed[b] >= 0) {
                idx.add(shed[b]);
                coef.add(1.0);
            }
            for (Branch br : grid.branches()) {
                int f = grid.busIndex(br.from());
                int to = grid.busIndex(br.to());
                if (!br.inService() || theta[f] < 0 || theta[to] < 0 || (f != b && to != b) || f == to) {
                    continue;
                }
                double bb = base / (br.x() * br.ratio());
                double shift = Math.toRadians(br.shiftDeg());
                double sign = f == b ? -1 : 1;
                idx.add(theta[f]);
                coef.add(sign * bb);
                idx.add(theta[to]);
                coef.add(-sign * bb);
                rhs += sign * bb * shift;
            }
            lp.addRow(rhs, rhs, idx.stream().mapToInt(Integer::intValue).toArray(),
                    coef.stream().mapToDouble(Double::doubleValue).toArray(), "bal" + b);
        }
        for (Branch br : grid.branches()) {
            int f = grid.busIndex(br.from());
            int to = grid.busIndex(br.to());
            if (br.inService() && br.isLimited() && theta[f] >= 0 && theta[to] >= 0 && f != to) {
                double bb = base / (br.x() * br.ratio());
                double shiftFlow = bb * Math.toRadians(br.shiftDeg());
                lp.addRow(-br.rateA() + shiftFlow, br.rateA() + shiftFlow, new int[] {theta[f], theta[to]},
                        new double[] {bb, -bb}, "lim");
            }
        }
        return new AngleModel(shed, dead);
    }
}

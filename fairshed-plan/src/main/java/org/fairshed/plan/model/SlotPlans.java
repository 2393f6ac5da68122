package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.Regions;
import org.fairshed.plan.SlotPlan;

/** Turns a solved model into {@link SlotPlan}s: per-bus, per-region and per-generator figures, status and binding branches. */
final class SlotPlans {

    /** Critical shed below this (MW) is round-off of the stage bounds, not a decision. */
    static final double STATUS_TOLERANCE_MW = 1e-4;
    /** Balance slacks below this (MW) are round-off of a balanced island. */
    static final double IMBALANCE_TOLERANCE_MW = 1e-4;
    /** A branch within this of its limit (MW) is reported binding. */
    static final double BINDING_TOLERANCE_MW = 1e-3;

    private SlotPlans() {
    }

    static SlotPlan of(SolvedSlots solved, int s) {
        SheddingModel m = solved.model();
        PlanInput in = m.input;
        int t = m.slots[s];
        double seconds = solved.seconds() / m.slots.length;
        int nb = in.grid().buses().size();
        int nr = in.regions().count();
        double[] pd = in.busLoadMw()[t];
        double[] regionLoad = new double[nr];
        double[] regionNcLoad = new double[nr];
        double load = 0;
        for (int b = 0; b < nb; b++) {
            int r = in.regions().regionOf(b);
            if (pd[b] > 0) {
                load += pd[b];
                if (r != Regions.NO_REGION) {
                    regionLoad[r] += pd[b];
                    regionNcLoad[r] += (1 - in.criticalShare()[b]) * pd[b];
                }
            }
        }
        if (solved.solution() == null) {
            PlanStatus status = switch (solved.status()) {
                case TIME_LIMIT -> PlanStatus.TIME_LIMIT;
                case INFEASIBLE -> PlanStatus.INFEASIBLE;
                default -> PlanStatus.ERROR;
            };
            return new SlotPlan(t, status, "no plan: " + solved.message(), load, Double.NaN, Double.NaN, Double.NaN,
                    new double[nr], regionLoad, new double[nr], regionNcLoad, new double[nr], new double[nb],
                    new double[in.grid().generators().size()], List.of(), null, seconds);
        }
        Solution x = solved.solution();
        double[] busShed = new double[nb];
        double[] regionShed = new double[nr];
        double[] regionNcShed = new double[nr];
        double critical = 0;
        double dead = 0;
        double shed = 0;
        for (int b = 0; b < nb; b++) {
            // curtailed embedded generation enters as negative shed, so served = Pd - busShed holds at every bus
            busShed[b] = x.shedCMw()[s][b] + x.shedNMw()[s][b] + m.deadShedMw[s][b] - x.curtailMw()[s][b];
            critical += x.shedCMw()[s][b];
            dead += m.deadShedMw[s][b];
            shed += x.shedCMw()[s][b] + x.shedNMw()[s][b] + m.deadShedMw[s][b];
            int r = in.regions().regionOf(b);
            if (r != Regions.NO_REGION) {
                regionShed[r] += x.shedCMw()[s][b] + x.shedNMw()[s][b] + m.deadShedMw[s][b];
                regionNcShed[r] += x.shedNMw()[s][b] + (1 - in.criticalShare()[b]) * m.deadShedMw[s][b];
            }
        }
        double[] minShedNc = nonCriticalByRegion(m, solved.minShed(), s);
        double[] flows = m.net.flows(m.net.injections(x.genMw()[s], x.servedMw(m, s)));
        PlanStatus status = PlanStatus.OPTIMAL;
        String message = "";
        if (x.imbalanceMw()[s] > IMBALANCE_TOLERANCE_MW) {
            status = PlanStatus.INFEASIBLE;
            message = String.format("fixed injections (embedded generation, shunts) cannot be balanced even with all load shed: "
                    + "%.3f MW left over", x.imbalanceMw()[s]);
        } else if (critical > STATUS_TOLERANCE_MW) {
            status = PlanStatus.CRITICAL_SHED;
            message = String.format("CRITICAL LOAD SHED: %.3f MW; the network leaves no other way", critical);
        }
        if (!solved.message().isEmpty()) {
            message = (message.isEmpty() ? "" : message + "; ") + solved.message();
        }
        double curtailed = 0;
        for (double c : x.curtailMw()[s]) {
            curtailed += c;
        }
        if (curtailed > IMBALANCE_TOLERANCE_MW) {
            message = (message.isEmpty() ? "" : message + "; ") + String.format(
                    "embedded generation (negative load) curtailed: %.3f MW, its export path is over its limits", curtailed);
        }
        return new SlotPlan(t, status, message, load, shed, critical, dead, regionShed, regionLoad, regionNcShed,
                regionNcLoad, minShedNc, busShed, x.genMw()[s], binding(m.net, in.grid(), flows), null, seconds);
    }

    /** The plan of a slot with the same inputs as {@code solved}'s, which it copies (no solve of its own: 0 s). */
    static SlotPlan sameAs(SlotPlan solved, int slot) {
        return new SlotPlan(slot, solved.status(), solved.message(), solved.loadMw(), solved.shedMw(), solved.criticalShedMw(),
                solved.deadIslandShedMw(), solved.regionShedMw(), solved.regionLoadMw(), solved.regionNonCriticalShedMw(),
                solved.regionNonCriticalLoadMw(), solved.minShedRegionNonCriticalShedMw(), solved.busShedMw(), solved.genMw(),
                solved.binding(), solved.ac(), 0);
    }

    private static double[] nonCriticalByRegion(SheddingModel m, Solution x, int s) {
        PlanInput in = m.input;
        double[] out = new double[in.regions().count()];
        for (int b = 0; b < in.grid().buses().size(); b++) {
            int r = in.regions().regionOf(b);
            if (r != Regions.NO_REGION) {
                out[r] += x.shedNMw()[s][b] + (1 - in.criticalShare()[b]) * m.deadShedMw[s][b];
            }
        }
        return out;
    }

    private static List<BindingBranch> binding(NetworkSensitivities net, Grid grid, double[] flows) {
        List<BindingBranch> out = new ArrayList<>();
        for (int k = 0; k < flows.length; k++) {
            Branch br = grid.branches().get(k);
            if (br.inService() && br.isLimited() && Math.abs(flows[k]) >= br.rateA() - BINDING_TOLERANCE_MW) {
                out.add(new BindingBranch(k + 1, br.from(), br.to(), flows[k], br.rateA()));
                net.recordBinding(k);
            }
        }
        return out;
    }
}

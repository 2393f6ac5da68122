package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.Regions;
import org.fairshed.plan.SlotPlan;

/**
 * Turns a solved model into {@link SlotPlan}s: per-bus, per-region and per-generator figures, status and binding
 * branches. Load in a dead island (no generation available, or a bus cut off by an outage) is shed, and its critical
 * part is critical shed.
 */
final class SlotPlans {

    /** Critical shed below this (MW) is round-off of the stage bounds, not a decision. */
    static final double STATUS_TOLERANCE_MW = 1e-4;
    /** Balance slacks below this (MW) are round-off of a balanced island. */
    static final double IMBALANCE_TOLERANCE_MW = 1e-4;
    /** A branch within this of its limit (MW) is reported binding. */
    static final double BINDING_TOLERANCE_MW = 1e-3;

    private SlotPlans() {
    }

    /** The known load figures of slot t: total positive load and, per region, load, non-critical and critical load. */
    private record Loads(double totalMw, double[] regionMw, double[] nonCriticalMw, double[] criticalMw) {

        static Loads of(PlanInput in, int t) {
            int nr = in.regions().count();
            double[] pd = in.busLoadMw()[t];
            double[] region = new double[nr];
            double[] nonCritical = new double[nr];
            double[] critical = new double[nr];
            double total = 0;
            for (int b = 0; b < pd.length; b++) {
                if (pd[b] <= 0) {
                    continue;
                }
                total += pd[b];
                int r = in.regions().regionOf(b);
                if (r != Regions.NO_REGION) {
                    region[r] += pd[b];
                    nonCritical[r] += (1 - in.criticalShare()[b]) * pd[b];
                    critical[r] += in.criticalShare()[b] * pd[b];
                }
            }
            return new Loads(total, region, nonCritical, critical);
        }
    }

    static SlotPlan of(SolvedSlots solved, int s) {
        SheddingModel m = solved.model();
        PlanInput in = m.input;
        int t = m.slots[s];
        double seconds = solved.seconds() / m.slots.length;
        Loads loads = Loads.of(in, t);
        if (solved.solution() == null) {
            PlanStatus status = solved.cancelled() ? PlanStatus.CANCELLED : switch (solved.status()) {
                case TIME_LIMIT -> PlanStatus.TIME_LIMIT;
                case INFEASIBLE -> PlanStatus.INFEASIBLE;
                default -> PlanStatus.ERROR;
            };
            return SlotPlan.unsolved(t, status, "no plan: " + solved.message(), loads.totalMw(), unknownShed(loads),
                    seconds);
        }
        Solution x = solved.solution();
        int nb = in.grid().buses().size();
        int nr = in.regions().count();
        double[] busShed = new double[nb];
        double[] regionShed = new double[nr];
        double[] regionNcShed = new double[nr];
        double[] regionCritical = new double[nr];
        double critical = 0;
        double dead = 0;
        double shed = 0;
        for (int b = 0; b < nb; b++) {
            // curtailed embedded generation enters as negative shed, so served = Pd - busShed holds at every bus
            double deadMw = m.deadShedMw[s][b];
            double c = in.criticalShare()[b];
            busShed[b] = x.shedCMw()[s][b] + x.shedNMw()[s][b] + deadMw - x.curtailMw()[s][b];
            double criticalHere = x.shedCMw()[s][b] + c * deadMw;
            critical += criticalHere;
            dead += deadMw;
            shed += x.shedCMw()[s][b] + x.shedNMw()[s][b] + deadMw;
            int r = in.regions().regionOf(b);
            if (r != Regions.NO_REGION) {
                regionShed[r] += x.shedCMw()[s][b] + x.shedNMw()[s][b] + deadMw;
                regionNcShed[r] += x.shedNMw()[s][b] + (1 - c) * deadMw;
                regionCritical[r] += criticalHere;
            }
        }
        double[] minShedNc = nonCriticalByRegion(m, solved.minShed(), s);
        RegionShed regions = new RegionShed(regionShed, loads.regionMw(), regionNcShed, loads.nonCriticalMw(),
                regionCritical, loads.criticalMw(), minShedNc);
        double[] flows = m.net.flows(m.net.injections(x.genMw()[s], x.servedMw(m, s)));
        PlanStatus status = solved.degraded() ? PlanStatus.DEGRADED : PlanStatus.OPTIMAL;
        List<String> notes = new ArrayList<>();
        if (x.imbalanceMw()[s] > IMBALANCE_TOLERANCE_MW) {
            status = PlanStatus.INFEASIBLE;
            notes.add(String.format("fixed injections (embedded generation, shunts) cannot be balanced even with all "
                    + "load shed: %.3f MW left over", x.imbalanceMw()[s]));
        } else if (critical > STATUS_TOLERANCE_MW) {
            status = PlanStatus.CRITICAL_SHED;
            double deadCritical = critical - sum(x.shedCMw()[s]);
            notes.add(String.format("CRITICAL LOAD SHED: %.3f MW; %s", critical, deadCritical > STATUS_TOLERANCE_MW
                    ? String.format("%.3f MW of it is dark (islands without generation)", deadCritical)
                    : "the network leaves no other way"));
        }
        if (!solved.message().isEmpty()) {
            notes.add(solved.message());
        }
        double curtailed = sum(x.curtailMw()[s]);
        if (curtailed > IMBALANCE_TOLERANCE_MW) {
            notes.add(String.format("embedded generation (negative load) curtailed: %.3f MW, its export path is over "
                    + "its limits", curtailed));
        }
        return new SlotPlan(t, status, solved.degraded(), String.join("; ", notes), loads.totalMw(), shed, critical,
                dead, regions, busShed, x.genMw()[s], binding(in.grid(), flows), null, seconds);
    }

    /** A slot that was not solved: the job was stopped before it. */
    static SlotPlan cancelled(PlanInput in, int t, String why) {
        Loads loads = Loads.of(in, t);
        return SlotPlan.unsolved(t, PlanStatus.CANCELLED, "not planned: " + why, loads.totalMw(), unknownShed(loads), 0);
    }

    private static RegionShed unknownShed(Loads loads) {
        return RegionShed.unknownShed(loads.regionMw(), loads.nonCriticalMw(), loads.criticalMw());
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
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

    private static List<BindingBranch> binding(Grid grid, double[] flows) {
        List<BindingBranch> out = new ArrayList<>();
        for (int k = 0; k < flows.length; k++) {
            Branch br = grid.branches().get(k);
            if (br.inService() && br.isLimited() && Math.abs(flows[k]) >= br.rateA() - BINDING_TOLERANCE_MW) {
                out.add(new BindingBranch(k + 1, br.from(), br.to(), flows[k], br.rateA()));
            }
        }
        return out;
    }
}

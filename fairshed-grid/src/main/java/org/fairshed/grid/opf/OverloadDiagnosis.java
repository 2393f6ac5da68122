package org.fairshed.grid.opf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;

/**
 * Why a DC OPF whose islands have generation enough is infeasible: the dispatch that leaves the least total overload
 * on the branches ({@link PtdfModel#elastic}, branch rows added as they overload, as in the OPF itself), and the
 * branches it leaves over their limits. When that least overload is nil the engine was wrong to call the OPF
 * infeasible.
 */
final class OverloadDiagnosis {

    /** Branches named in a message at most; the others are counted. */
    static final int NAMED_BRANCHES = 5;

    /** A branch left outside its limits: from-end flow and the limit it passes (MW). */
    record Overload(int branch, double flowMw, double limitMw) {
        double excessMw() {
            return Math.abs(flowMw - limitMw);
        }
    }

    /**
     * @param status    OPTIMAL when the least overload was found
     * @param totalMw   sum of the overloads (MW)
     * @param overloads the branches over their limits, the largest excess first
     * @param message   the engine's words when not OPTIMAL
     */
    record Result(LpStatus status, double totalMw, List<Overload> overloads, String message) {

        /** The least overload is within the OPF's flow tolerance: a dispatch within every limit exists. */
        boolean feasible() {
            return status == LpStatus.OPTIMAL && overloads.isEmpty();
        }
    }

    private OverloadDiagnosis() {
    }

    /** The least-overload dispatch under loads {@code pd}, starting with the rows of {@code branches}. */
    static Result find(PtdfNetwork net, double[] pd, List<Integer> branches, double timeLimitSeconds) {
        long t0 = System.nanoTime();
        try (OrToolsLpModel lp = OrToolsLpModel.incremental(LpSolverType.GLOP)) {
            PtdfModel model = PtdfModel.elastic(net, lp);
            model.setLoads(pd);
            model.addBranches(branches);
            while (true) {
                double remaining = timeLimitSeconds - (System.nanoTime() - t0) / 1e9;
                if (remaining <= 0) {
                    return new Result(LpStatus.TIME_LIMIT, Double.NaN, List.of(), "time limit reached");
                }
                LpResult r = lp.solve(remaining);
                if (r.status() != LpStatus.OPTIMAL) {
                    return new Result(r.status(), Double.NaN, List.of(), r.message());
                }
                double[] flows = net.flowsMw(net.anglesRad(model.dispatch(), pd));
                if (model.addOverloaded(flows, DcOpfSeries.FLOW_TOLERANCE_MW, DcOpfSeries.MAX_ROWS_PER_ROUND) == 0) {
                    return overloads(net, flows);
                }
            }
        }
    }

    private static Result overloads(PtdfNetwork net, double[] flows) {
        List<Overload> over = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < flows.length; k++) {
            if (!net.limited[k]) {
                continue;
            }
            double limit = flows[k] > net.flowMax[k] ? net.flowMax[k] : flows[k] < net.flowMin[k] ? net.flowMin[k] : Double.NaN;
            if (!Double.isNaN(limit) && Math.abs(flows[k] - limit) > DcOpfSeries.FLOW_TOLERANCE_MW) {
                over.add(new Overload(k, flows[k], limit));
                total += Math.abs(flows[k] - limit);
            }
        }
        over.sort((a, b) -> Double.compare(b.excessMw(), a.excessMw()));
        return new Result(LpStatus.OPTIMAL, total, over, "");
    }

    /** The words for an OPF found infeasible although its islands have generation enough. */
    static String explain(Result d, Grid grid, double capacityMw, double loadMw) {
        if (d.status() == LpStatus.INFEASIBLE) {
            return "no dispatch meets every limit, even with every branch limit relaxed: the generator limits cannot "
                    + "meet the load (" + d.message() + ")";
        }
        if (d.status() != LpStatus.OPTIMAL) {
            return String.format(Locale.ROOT, "no dispatch meets every limit: the capacity is enough (%,.1f MW for %,.1f MW "
                    + "of load), so the network cannot deliver it (the least-overload dispatch that would name the branches "
                    + "ended %s: %s)", capacityMw, loadMw, d.status(), d.message());
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "the network cannot deliver the load: the capacity is "
                + "enough (%,.1f MW for %,.1f MW of load), but the dispatch that overloads the branches least leaves %d "
                + "branch(es) %,.1f MW over their limits in all", capacityMw, loadMw, d.overloads().size(), d.totalMw()));
        List<Overload> named = d.overloads().subList(0, Math.min(NAMED_BRANCHES, d.overloads().size()));
        for (int i = 0; i < named.size(); i++) {
            Overload o = named.get(i);
            Branch br = grid.branches().get(o.branch());
            sb.append(i == 0 ? ": " : "; ").append(String.format(Locale.ROOT, "branch %d (bus %d to %d, %.0f kV) by %,.1f MW "
                    + "(flow %,.1f MW, limit %,.1f MW)", o.branch() + 1, br.from(), br.to(), grid.bus(br.from()).baseKv(),
                    o.excessMw(), o.flowMw(), o.limitMw()));
        }
        if (d.overloads().size() > named.size()) {
            sb.append("; and ").append(d.overloads().size() - named.size()).append(" more");
        }
        return sb.append(" (shed load behind them with the planner)").toString();
    }
}

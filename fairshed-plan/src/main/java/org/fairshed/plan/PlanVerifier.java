package org.fairshed.plan;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/**
 * Checks a plan the way a sceptical engineer would, from its published numbers only, slot by usable slot: every
 * figure finite; DC flows recomputed from the dispatch and the served load within every branch limit; every live
 * island balanced and every dead one dark; generation within [0, available Pmax]; shed within [0, load]; the slot
 * and region totals the sums of the bus figures; critical shed at least the critical load that is dark or shed
 * beyond the non-critical part, and a status that says so. Slots without a usable plan are skipped.
 *
 * <p>{@link #verified} is what the {@link Planner} returns: a usable slot with a violation becomes
 * {@link PlanStatus#ERROR}, so a plan that breaks a limit is never published as usable.
 */
public final class PlanVerifier implements AutoCloseable {

    public static final double DEFAULT_TOLERANCE_MW = 1e-3;
    /** Violations quoted in a rejected slot's message at most. */
    static final int MAX_QUOTED = 5;

    private final PlanInput input;
    private final DcModel dc;
    private final double tolerance;

    private PlanVerifier(PlanInput input, double toleranceMw) {
        this.input = input;
        this.dc = DcModel.of(input.grid());
        this.tolerance = toleranceMw;
    }

    /** A verifier of plans of {@code input} (one DC factorization, reused for every slot). Close it. */
    public static PlanVerifier of(PlanInput input, double toleranceMw) {
        return new PlanVerifier(input, toleranceMw);
    }

    /**
     * Every violation of every usable slot, as readable lines; empty when the plan holds. A plan with a loss share is
     * checked at generation level (its loads and shed times {@code 1 + lossShare}), as it was solved.
     */
    public static List<String> violations(PlanResult consumersPlan, double toleranceMw) {
        PlanResult plan = LossAllowance.atGenerationLevel(consumersPlan);
        List<String> out = new ArrayList<>();
        try (PlanVerifier v = of(plan.input(), toleranceMw)) {
            for (SlotPlan p : plan.slots()) {
                out.addAll(v.violations(p));
            }
        }
        return out;
    }

    /** The plan with every usable slot that breaks a rule turned into an ERROR slot naming its violations. */
    public static PlanResult verified(PlanResult plan) {
        List<SlotPlan> checked = new ArrayList<>(plan.slots().size());
        boolean changed = false;
        try (PlanVerifier v = of(plan.input(), DEFAULT_TOLERANCE_MW)) {
            for (SlotPlan p : plan.slots()) {
                List<String> found = v.violations(p);
                if (found.isEmpty()) {
                    checked.add(p);
                    continue;
                }
                String quoted = String.join("; ", found.subList(0, Math.min(MAX_QUOTED, found.size())))
                        + (found.size() > MAX_QUOTED ? "; and " + (found.size() - MAX_QUOTED) + " more" : "");
                checked.add(p.rejected(quoted));
                changed = true;
            }
        }
        return changed ? plan.withSlots(checked) : plan;
    }

    /** The violations of one slot; empty when it holds or is not usable. */
    public List<String> violations(SlotPlan p) {
        List<String> out = new ArrayList<>();
        if (!p.usable()) {
            return out;
        }
        if (!shapeAndNumbersOk(p, out)) {
            return out;
        }
        double[] served = served(p, out);
        checkGenerators(p, out);
        checkFlows(p, served, out);
        checkIslands(p, served, out);
        checkTotals(p, out);
        return out;
    }

    private boolean shapeAndNumbersOk(SlotPlan p, List<String> out) {
        int nb = input.grid().buses().size();
        int ng = input.grid().generators().size();
        if (p.slot() < 0 || p.slot() >= input.slotCount()) {
            out.add("slot " + p.slot() + " is not a slot of the scenario (0.." + (input.slotCount() - 1) + ")");
            return false;
        }
        if (p.busShedMw().length != nb || p.genMw().length != ng || p.regions().count() != input.regions().count()) {
            out.add("slot " + p.slot() + ": figures do not cover the " + nb + " buses, " + ng + " generators and "
                    + input.regions().count() + " regions");
            return false;
        }
        int before = out.size();
        finite(p, "shedMw", p.shedMw(), out);
        finite(p, "criticalShedMw", p.criticalShedMw(), out);
        finite(p, "deadIslandShedMw", p.deadIslandShedMw(), out);
        for (int b = 0; b < nb; b++) {
            finite(p, "bus " + input.grid().buses().get(b).number() + " shed", p.busShedMw()[b], out);
        }
        for (int g = 0; g < ng; g++) {
            finite(p, "generator " + (g + 1) + " dispatch", p.genMw()[g], out);
        }
        RegionShed r = p.regions();
        for (int k = 0; k < r.count(); k++) {
            String name = "region " + input.regions().names().get(k);
            finite(p, name + " shed", r.shedMw()[k], out);
            finite(p, name + " non-critical shed", r.nonCriticalShedMw()[k], out);
            finite(p, name + " critical shed", r.criticalShedMw()[k], out);
        }
        return out.size() == before;
    }

    private void finite(SlotPlan p, String what, double v, List<String> out) {
        if (!Double.isFinite(v)) {
            out.add("slot " + p.slot() + ": " + what + " is " + v + ", not a number of MW");
        }
    }

    /** Served load per bus; a shed outside [min(0, Pd), max(0, Pd)] is a violation (negative: embedded generation curtailed). */
    private double[] served(SlotPlan p, List<String> out) {
        double[] pd = input.busLoadMw()[p.slot()];
        double[] served = new double[pd.length];
        for (int b = 0; b < pd.length; b++) {
            double shed = p.busShedMw()[b];
            served[b] = pd[b] - shed;
            if (shed < Math.min(0, pd[b]) - tolerance || shed > Math.max(0, pd[b]) + tolerance) {
                out.add("slot " + p.slot() + ": bus " + input.grid().buses().get(b).number() + " sheds " + shed
                        + " MW of a " + pd[b] + " MW load");
            }
        }
        return served;
    }

    private void checkGenerators(SlotPlan p, List<String> out) {
        List<Generator> gens = input.grid().generators();
        for (int g = 0; g < gens.size(); g++) {
            double pmax = gens.get(g).inService() ? input.genPmaxMw()[p.slot()][g] : 0;
            if (p.genMw()[g] < -tolerance || p.genMw()[g] > pmax + tolerance) {
                out.add("slot " + p.slot() + ": generator " + (g + 1) + " at " + p.genMw()[g] + " MW, available 0.." + pmax);
            }
        }
    }

    private void checkFlows(SlotPlan p, double[] served, List<String> out) {
        Grid grid = input.grid();
        double[] flows = dc.branchFlowsMw(dc.solveAngles(dc.busInjectionsMw(p.genMw(), served)));
        for (int k = 0; k < flows.length; k++) {
            Branch br = grid.branches().get(k);
            if (!br.inService()) {
                continue;
            }
            if (!Double.isFinite(flows[k])) {
                out.add(String.format("slot %d: branch %d (%d-%d) carries %s MW: the flows cannot be recomputed", p.slot(),
                        k + 1, br.from(), br.to(), flows[k]));
            } else if (br.isLimited() && Math.abs(flows[k]) > br.rateA() + tolerance) {
                out.add(String.format("slot %d: branch %d (%d-%d) carries %.4f MW over its %.1f MW limit", p.slot(),
                        k + 1, br.from(), br.to(), flows[k], br.rateA()));
            }
        }
    }

    /** Live islands (some generation available) balance; dead ones and isolated buses serve nothing and generate nothing. */
    private void checkIslands(SlotPlan p, double[] served, List<String> out) {
        Grid grid = input.grid();
        Islands islands = dc.islands();
        double[] mismatch = new double[islands.count()];
        double[] capacity = new double[islands.count()];
        for (int g = 0; g < grid.generators().size(); g++) {
            int k = islands.islandOfBusIndex(grid.busIndex(grid.generators().get(g).bus()));
            if (k != Islands.NO_ISLAND && grid.generators().get(g).inService()) {
                mismatch[k] += p.genMw()[g];
                capacity[k] += input.genPmaxMw()[p.slot()][g];
            }
        }
        double[] pd = input.busLoadMw()[p.slot()];
        double deadLoad = 0;
        for (int b = 0; b < served.length; b++) {
            int k = islands.islandOfBusIndex(b);
            boolean dark = k == Islands.NO_ISLAND || capacity[k] <= 0;
            if (dark && pd[b] > 0) {
                deadLoad += pd[b];
                if (served[b] > tolerance) {
                    out.add(String.format("slot %d: bus %d has no generation in its island but is served %.4f MW",
                            p.slot(), grid.buses().get(b).number(), served[b]));
                }
            }
            if (k != Islands.NO_ISLAND) {
                mismatch[k] -= served[b] + grid.buses().get(b).gsMw();
            }
        }
        for (int k = 0; k < islands.count(); k++) {
            if (capacity[k] > 0 && Math.abs(mismatch[k]) > tolerance) {
                out.add(String.format("slot %d: island %d is out of balance by %.4f MW", p.slot(), k, mismatch[k]));
            }
        }
        if (Math.abs(p.deadIslandShedMw() - deadLoad) > tolerance) {
            out.add(String.format("slot %d: reports %.4f MW of dead-island load, the islands without generation hold %.4f MW",
                    p.slot(), p.deadIslandShedMw(), deadLoad));
        }
    }

    /**
     * The slot's and regions' shed are the sums of their buses' shed; critical shed lies between the critical load that
     * must be dark (shed beyond a bus's non-critical load) and the critical load of the shed buses; a slot that sheds
     * critical load says so in its status.
     */
    private void checkTotals(SlotPlan p, List<String> out) {
        double[] pd = input.busLoadMw()[p.slot()];
        double[] critical = input.criticalShare();
        int nr = input.regions().count();
        double shed = 0;
        double criticalLow = 0;
        double criticalHigh = 0;
        double[] regionShed = new double[nr];
        double[] regionLow = new double[nr];
        double[] regionHigh = new double[nr];
        for (int b = 0; b < pd.length; b++) {
            if (pd[b] <= 0) {
                continue;
            }
            double s = p.busShedMw()[b];
            double low = Math.max(0, s - (1 - critical[b]) * pd[b]);
            double high = Math.min(Math.max(0, s), critical[b] * pd[b]);
            shed += s;
            criticalLow += low;
            criticalHigh += high;
            int r = input.regions().regionOf(b);
            if (r != Regions.NO_REGION) {
                regionShed[r] += s;
                regionLow[r] += low;
                regionHigh[r] += high;
            }
        }
        double tol = tolerance + 1e-9 * Math.abs(p.loadMw());
        total(p, "shed", p.shedMw(), shed, "the sum of its buses' shed", tol, out);
        between(p, "critical shed", p.criticalShedMw(), criticalLow, criticalHigh, tol, out);
        RegionShed rs = p.regions();
        for (int r = 0; r < nr; r++) {
            String name = "region " + input.regions().names().get(r);
            total(p, name + " shed", rs.shedMw()[r], regionShed[r], "the sum of its buses' shed", tol, out);
            total(p, name + " critical + non-critical shed", rs.criticalShedMw()[r] + rs.nonCriticalShedMw()[r],
                    rs.shedMw()[r], "its shed", tol, out);
            between(p, name + " critical shed", rs.criticalShedMw()[r], regionLow[r], regionHigh[r], tol, out);
        }
        if (p.criticalShedMw() > tolerance && p.status() != PlanStatus.CRITICAL_SHED) {
            out.add(String.format("slot %d: sheds %.4f MW of critical load but its status is %s", p.slot(),
                    p.criticalShedMw(), p.status()));
        }
    }

    private static void total(SlotPlan p, String what, double reported, double expected, String basis, double tol,
                              List<String> out) {
        if (Math.abs(reported - expected) > tol) {
            out.add(String.format("slot %d: %s is reported as %.4f MW, but %s is %.4f MW", p.slot(), what, reported,
                    basis, expected));
        }
    }

    private static void between(SlotPlan p, String what, double reported, double low, double high, double tol,
                                List<String> out) {
        if (reported < low - tol || reported > high + tol) {
            out.add(String.format("slot %d: %s is reported as %.4f MW, its buses' shed puts it between %.4f and %.4f MW",
                    p.slot(), what, reported, low, high));
        }
    }

    @Override
    public void close() {
        dc.close();
    }
}

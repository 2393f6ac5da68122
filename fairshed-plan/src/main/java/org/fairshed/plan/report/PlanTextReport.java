package org.fairshed.plan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.SlotPlan;

/**
 * The plan as a dispatcher reads it in a terminal (at most {@value #WIDTH} columns): a header with the horizon and
 * the slot statuses, loud {@code !!!} lines when slots are not usable (infeasible, timed out, failed, cancelled),
 * when critical load is shed, when a slot is degraded (fair sharing or cost not finished) and when dead islands lose
 * load; a table per region; the peak slot; and the fairness of the plan next to the min-shed solution, so the price
 * of fairness is visible. A figure that a slot without a plan leaves unknown is printed as "unknown", never as 0.
 */
public final class PlanTextReport {

    /** Widest line the report aims at. */
    public static final int WIDTH = 100;
    /** Regions listed at most; with more, the ones with the highest share are listed. */
    public static final int MAX_REGION_ROWS = 30;
    /** Binding branches of the peak slot listed at most. */
    public static final int MAX_BINDING_SHOWN = 5;
    /** Slot numbers listed at most in a warning line. */
    private static final int MAX_SLOTS_LISTED = 12;
    private static final int NAME_WIDTH = 24;
    private static final String LOUD = "!!! ";
    private static final String UNKNOWN = "unknown";

    private PlanTextReport() {
    }

    /** Renders the report, lines ending in '\n'. */
    public static String render(PlanResult result) {
        PlanSummary summary = PlanSummary.of(result);
        StringBuilder out = new StringBuilder();
        header(out, result, summary);
        warnings(out, result, summary);
        out.append('\n');
        regions(out, summary);
        out.append('\n');
        peakSlot(out, result, summary);
        fairness(out, summary);
        return out.toString();
    }

    private static void header(StringBuilder out, PlanResult result, PlanSummary s) {
        PlanInput input = result.input();
        line(out, "Plan %s on %s: %d slot(s) of %d min, %s to %s", input.name(), input.grid().name(), s.slotCount(),
                s.slotMinutes(), s.start(), s.slotStart(s.slotCount()));
        line(out, "Fairness %s (price of fairness %s), %d region(s) from %s; solved in %.2f s",
                input.fairness().mode().label(), percent(input.fairness().priceOfFairness()),
                input.regions().count(), input.regions().source(), result.solveSeconds());
        if (input.lossShare() > 0) {
            line(out, "Losses: the generators supply %s of the served load on top of it (the scenario's lossShare)",
                    percent(input.lossShare()));
        }
        List<String> counts = new ArrayList<>();
        s.statusCounts().forEach((status, n) -> {
            if (n > 0) {
                counts.add(n + " " + status.name());
            }
        });
        line(out, "Slots: %s", counts.isEmpty() ? "none" : String.join(", ", counts));
        if (s.complete()) {
            double share = s.totalLoadMwh() > 0 ? s.unservedMwh() / s.totalLoadMwh() : 0;
            line(out, "Load %,.1f MWh; unserved %,.1f MWh (%s); critical unserved %,.1f MWh", s.totalLoadMwh(),
                    s.unservedMwh(), percent(share), s.criticalUnservedMwh());
        } else {
            line(out, "Load %,.1f MWh; unserved unknown: %d slot(s) have no plan", s.totalLoadMwh(), s.unsolvedSlots());
        }
    }

    private static void warnings(StringBuilder out, PlanResult result, PlanSummary s) {
        List<SlotPlan> slots = result.slots();
        warn(out, slots, st -> !st.usable(), "NOT USABLE: these slots have no plan to publish; the rota refuses them",
                false);
        warn(out, slots, st -> st.status() == PlanStatus.INFEASIBLE,
                "INFEASIBLE: limits cannot all be met even shedding everything; the plan serves what it can", true);
        warn(out, slots, st -> st.status() == PlanStatus.TIME_LIMIT,
                "TIME LIMIT: the solver stopped before it found the least total shed; do not use these slots", true);
        warn(out, slots, st -> st.status() == PlanStatus.ERROR,
                "ERROR: the solver failed or its plan broke a limit when re-checked; do not use these slots", true);
        warn(out, slots, st -> st.status() == PlanStatus.CANCELLED,
                "CANCELLED: the job was stopped before these slots were planned", true);
        warn(out, slots, st -> st.status() == PlanStatus.CRITICAL_SHED, String.format(Locale.ROOT,
                "CRITICAL LOAD SHED: %s of critical load unserved (dark islands included); no rota covers it",
                Double.isNaN(s.criticalUnservedMwh()) ? "at least " + mwh(knownCriticalMwh(result)) + " MWh"
                        : mwh(s.criticalUnservedMwh()) + " MWh"), true);
        warn(out, slots, SlotPlan::degraded,
                "DEGRADED: limits met and the least total shed kept, but fair sharing or cheapest generation stopped "
                        + "early", true);
        warn(out, slots, st -> st.status() == PlanStatus.OPTIMAL && !st.message().isBlank(),
                "NOTE: limits met and the least total shed kept, but the planner has a remark (e.g. embedded "
                        + "generation curtailed)", true);
        warn(out, slots, st -> st.deadIslandShedMw() > 0, String.format(Locale.ROOT,
                "DEAD ISLANDS: %s MWh of load has no generation; unserved whatever the plan",
                mwh(s.deadIslandUnservedMwh())), false);
    }

    /** Critical energy shed in the slots that have a plan (MWh). */
    private static double knownCriticalMwh(PlanResult result) {
        return result.slots().stream().filter(SlotPlan::solved).mapToDouble(SlotPlan::criticalShedMw).sum()
                * result.input().slotHours();
    }

    private static void warn(StringBuilder out, List<SlotPlan> slots, Predicate<SlotPlan> which, String what,
                             boolean withMessage) {
        List<SlotPlan> hit = slots.stream().filter(which).toList();
        if (hit.isEmpty()) {
            return;
        }
        String listed = hit.stream().limit(MAX_SLOTS_LISTED).map(sp -> Integer.toString(sp.slot()))
                .collect(Collectors.joining(", ")) + (hit.size() > MAX_SLOTS_LISTED ? ", ..." : "");
        line(out, "%s%s", LOUD, what);
        line(out, "%s  in %d slot(s): %s", LOUD, hit.size(), listed);
        if (!withMessage) {
            return;
        }
        hit.stream().map(SlotPlan::message).filter(m -> !m.isBlank()).findFirst()
                .ifPresent(m -> line(out, "%s  first message: %s", LOUD, clip(m, WIDTH - 21)));
    }

    private static void regions(StringBuilder out, PlanSummary s) {
        String format = "%-" + NAME_WIDTH + "s %14s %14s %10s %14s";
        line(out, format, "Region", "Load MWh", "Shed MWh", "Share", "Peak shed MW");
        List<PlanSummary.RegionTotals> rows = s.regions();
        int hidden = 0;
        if (rows.size() > MAX_REGION_ROWS) {
            hidden = rows.size() - MAX_REGION_ROWS;
            rows = rows.stream().sorted(Comparator.comparingDouble(PlanSummary.RegionTotals::share).reversed())
                    .limit(MAX_REGION_ROWS).toList();
        }
        double load = 0;
        double shed = 0;
        double peak = 0;
        for (PlanSummary.RegionTotals r : s.regions()) {
            load += r.loadMwh();
            shed += r.shedMwh();
            peak += r.peakSlotShedMw();
        }
        for (PlanSummary.RegionTotals r : rows) {
            line(out, format, clip(r.name(), NAME_WIDTH), mwh(r.loadMwh()), mwh(r.shedMwh()), percent(r.share()),
                    mwh(r.peakSlotShedMw()));
        }
        if (hidden > 0) {
            line(out, "... %d more region(s) with lower shares: all are in the JSON and CSV", hidden);
        }
        line(out, format, "All regions", mwh(load), mwh(shed), "", mwh(peak));
        line(out, "Share: the region's shed share of its own non-critical energy over the plan.");
    }

    private static void peakSlot(StringBuilder out, PlanResult result, PlanSummary s) {
        if (s.peakSlot() < 0) {
            return;
        }
        SlotPlan p = result.slots().get(s.peakSlot());
        line(out, "Peak slot %d (%s): %,.1f MW shed of %,.1f MW, %s, %d binding branch(es)", p.slot(),
                s.slotStart(p.slot()), p.shedMw(), p.loadMw(), p.status(), p.binding().size());
        if (p.criticalShedMw() > 0) {
            line(out, "%sof it %,.1f MW critical load", LOUD, p.criticalShedMw());
        }
        p.binding().stream().sorted(Comparator.comparingDouble((BindingBranch b) -> Math.abs(b.flowMw())).reversed())
                .limit(MAX_BINDING_SHOWN).forEach(b -> line(out, "  branch %d (%d-%d): %,.1f MW at its limit of %,.1f MW",
                        b.branch(), b.from(), b.to(), b.flowMw(), b.limitMw()));
        if (p.binding().size() > MAX_BINDING_SHOWN) {
            line(out, "  ... %d more binding branch(es) in the JSON", p.binding().size() - MAX_BINDING_SHOWN);
        }
        out.append('\n');
    }

    private static void fairness(StringBuilder out, PlanSummary s) {
        if (!s.complete()) {
            line(out, "Fairness over the plan: unknown, %d slot(s) have no plan", s.unsolvedSlots());
            return;
        }
        line(out, "Fairness over the plan (shares of non-critical energy shed, %d region(s) with such load):",
                s.planFairness().regions());
        String format = "  %-10s %10s %10s %8s %8s";
        line(out, format, "", "Max share", "Min share", "Gini", "Jain");
        for (String label : List.of("plan", "min-shed")) {
            FairnessMetrics m = label.equals("plan") ? s.planFairness() : s.minShedFairness();
            line(out, format, label, percent(m.maxShare()), percent(m.minShare()),
                    String.format(Locale.ROOT, "%.4f", m.gini()), String.format(Locale.ROOT, "%.4f", m.jain()));
        }
        double plan = 0;
        double minShed = 0;
        for (PlanSummary.RegionTotals r : s.regions()) {
            plan += r.nonCriticalShedMwh();
            minShed += r.minShedShare() * r.nonCriticalLoadMwh();
        }
        line(out, "  price of fairness: %+,.1f MWh of non-critical shed against the min-shed solution", plan - minShed);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? UNKNOWN : String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    private static String mwh(double v) {
        return Double.isNaN(v) ? UNKNOWN : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}

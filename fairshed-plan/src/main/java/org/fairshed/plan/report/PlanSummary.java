package org.fairshed.plan.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.SlotPlan;

/**
 * The whole-horizon figures of a plan: energies, statuses, the peak slot, per-region totals and the fairness of the
 * plan next to that of the min-shed solution (the price of fairness). Energies are MW summed over slots times the
 * slot length in hours. A shed total over a horizon with a slot without a plan is unknown: {@link Double#NaN} (and
 * the fairness metrics null), never the sum of the known slots passed off as the whole.
 *
 * @param scenario              scenario name
 * @param start                 start of slot 0
 * @param slotMinutes           slot length
 * @param slotCount             slots in the plan
 * @param totalLoadMwh          positive load over the horizon (MWh)
 * @param unservedMwh           load shed over the horizon, dead islands included (MWh)
 * @param criticalUnservedMwh   critical load shed, dead islands included (MWh)
 * @param deadIslandUnservedMwh load in dead islands (MWh), unserved whatever the plan
 * @param peakSlot              index in the plan's slot list of the solved slot with the largest shed (the first on
 *                              ties), -1 when no slot has a solution
 * @param statusCounts          slots per status, every status present (0 when none)
 * @param degradedSlots         slots marked degraded (status DEGRADED, or CRITICAL_SHED and degraded)
 * @param unsolvedSlots         slots without a solution (every shed figure unknown)
 * @param regions               per region totals, by region index
 * @param planFairness          fairness of the regions' energy shares Σ_t non-critical shed / Σ_t non-critical load;
 *                              null when a slot has no solution
 * @param minShedFairness       the same for the min-shed solution; null when a slot has no solution
 * @param slotFairness          per slot, fairness of the plan's shares in that slot (null for a slot without one)
 * @param slotMinShedFairness   per slot, fairness of the min-shed solution's shares in that slot (null likewise)
 */
public record PlanSummary(String scenario, LocalDateTime start, int slotMinutes, int slotCount, double totalLoadMwh,
                          double unservedMwh, double criticalUnservedMwh, double deadIslandUnservedMwh, int peakSlot,
                          Map<PlanStatus, Integer> statusCounts, int degradedSlots, int unsolvedSlots,
                          List<RegionTotals> regions, FairnessMetrics planFairness, FairnessMetrics minShedFairness,
                          List<FairnessMetrics> slotFairness, List<FairnessMetrics> slotMinShedFairness) {

    /**
     * One region over the whole plan (shed figures NaN when a slot has no solution).
     *
     * @param name                 region name
     * @param loadMwh              positive load (MWh)
     * @param shedMwh              shed (MWh)
     * @param nonCriticalLoadMwh   non-critical load (MWh): the denominator of the share
     * @param nonCriticalShedMwh   non-critical shed (MWh)
     * @param criticalLoadMwh      critical load (MWh)
     * @param criticalShedMwh      critical shed (MWh), dead islands included
     * @param share                nonCriticalShedMwh / nonCriticalLoadMwh, 0 when it has no non-critical load
     * @param minShedShare         the same share in the min-shed solution
     * @param peakSlotShedMw       the region's shed in the plan's peak slot (MW)
     */
    public record RegionTotals(String name, double loadMwh, double shedMwh, double nonCriticalLoadMwh,
                               double nonCriticalShedMwh, double criticalLoadMwh, double criticalShedMwh, double share,
                               double minShedShare, double peakSlotShedMw) {
    }

    public PlanSummary {
        statusCounts = Collections.unmodifiableMap(new EnumMap<>(statusCounts));
        regions = List.copyOf(regions);
        slotFairness = Collections.unmodifiableList(new ArrayList<>(slotFairness));
        slotMinShedFairness = Collections.unmodifiableList(new ArrayList<>(slotMinShedFairness));
    }

    /** Summarizes a plan. */
    public static PlanSummary of(PlanResult result) {
        PlanInput input = result.input();
        List<SlotPlan> slots = result.slots();
        double hours = input.slotHours();
        int nr = input.regions().count();
        double[][] sums = new double[7][nr];
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s, 0);
        }
        double totalLoad = 0;
        double deadIsland = 0;
        int peak = -1;
        int degraded = 0;
        int unsolved = 0;
        List<FairnessMetrics> perSlot = new ArrayList<>(slots.size());
        List<FairnessMetrics> perSlotMin = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            SlotPlan s = slots.get(i);
            counts.merge(s.status(), 1, Integer::sum);
            degraded += s.degraded() ? 1 : 0;
            unsolved += s.solved() ? 0 : 1;
            totalLoad += s.loadMw();
            deadIsland += s.deadIslandShedMw();
            if (s.solved() && (peak < 0 || s.shedMw() > slots.get(peak).shedMw())) {
                peak = i;
            }
            RegionShed r = s.regions();
            double[][] figures = {r.loadMw(), r.shedMw(), r.nonCriticalLoadMw(), r.nonCriticalShedMw(),
                    r.criticalLoadMw(), r.criticalShedMw(), r.minShedNonCriticalShedMw()};
            for (int f = 0; f < figures.length; f++) {
                for (int k = 0; k < nr; k++) {
                    sums[f][k] += figures[f][k];
                }
            }
            perSlot.add(s.solved() ? FairnessMetrics.ofTotals(r.nonCriticalShedMw(), r.nonCriticalLoadMw()) : null);
            perSlotMin.add(s.solved() ? FairnessMetrics.ofTotals(r.minShedNonCriticalShedMw(), r.nonCriticalLoadMw()) : null);
        }
        double[] ncLoad = sums[2];
        double[] ncShed = sums[3];
        double[] ncShedMin = sums[6];
        List<RegionTotals> regions = new ArrayList<>(nr);
        for (int k = 0; k < nr; k++) {
            regions.add(new RegionTotals(input.regions().names().get(k), sums[0][k] * hours, sums[1][k] * hours,
                    ncLoad[k] * hours, ncShed[k] * hours, sums[4][k] * hours, sums[5][k] * hours, ratio(ncShed[k], ncLoad[k]),
                    ratio(ncShedMin[k], ncLoad[k]), peak < 0 ? Double.NaN : slots.get(peak).regions().shedMw()[k]));
        }
        boolean complete = unsolved == 0;
        return new PlanSummary(input.name(), input.start(), input.slotMinutes(), slots.size(), totalLoad * hours,
                result.unservedEnergyMwh(), result.criticalUnservedEnergyMwh(), deadIsland * hours, peak, counts,
                degraded, unsolved, regions, complete ? FairnessMetrics.ofTotals(ncShed, ncLoad) : null,
                complete ? FairnessMetrics.ofTotals(ncShedMin, ncLoad) : null, perSlot, perSlotMin);
    }

    /** shed / load, 0 without load, NaN when the shed is unknown. */
    private static double ratio(double shed, double load) {
        return Double.isNaN(shed) ? Double.NaN : load > 0 ? shed / load : 0;
    }

    /** Start of slot {@code index} (slot 0 at {@link #start()}). */
    public LocalDateTime slotStart(int index) {
        return start.plusMinutes((long) index * slotMinutes);
    }

    /** Slots with this status. */
    public int count(PlanStatus status) {
        return statusCounts.get(status);
    }

    /** True when every slot is usable (OPTIMAL, DEGRADED or CRITICAL_SHED). */
    public boolean allUsable() {
        return statusCounts.entrySet().stream().allMatch(e -> e.getKey().isUsable() || e.getValue() == 0);
    }

    /** Non-critical shed of the plan over the horizon (MWh); NaN when a slot has no solution. */
    public double nonCriticalShedMwh() {
        return regions.stream().mapToDouble(RegionTotals::nonCriticalShedMwh).sum();
    }

    /** Non-critical shed of the min-shed solution over the horizon (MWh); NaN when a slot has no solution. */
    public double minShedNonCriticalShedMwh() {
        return regions.stream().mapToDouble(r -> r.minShedShare() * r.nonCriticalLoadMwh()).sum();
    }

    /**
     * What fairness cost: MWh shed beyond the least-shed plan (the price of fairness paid, at most the budget given);
     * NaN when a slot has no solution.
     */
    public double fairnessCostMwh() {
        return nonCriticalShedMwh() - minShedNonCriticalShedMwh();
    }

    /** True when every slot has a solution, so every shed total is known. */
    public boolean complete() {
        return unsolvedSlots == 0;
    }
}

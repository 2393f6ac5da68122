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
import org.fairshed.plan.SlotPlan;

/**
 * The whole-horizon figures of a plan: energies, statuses, the peak slot, per-region totals and the fairness of the
 * plan next to that of the min-shed solution (the price of fairness). Energies are MW summed over slots times the
 * slot length in hours.
 *
 * @param scenario              scenario name
 * @param start                 start of slot 0
 * @param slotMinutes           slot length
 * @param slotCount             slots in the plan
 * @param totalLoadMwh          positive load over the horizon (MWh)
 * @param unservedMwh           load shed over the horizon, dead islands included (MWh)
 * @param criticalUnservedMwh   critical load shed (MWh)
 * @param deadIslandUnservedMwh load in dead islands (MWh), unserved whatever the plan
 * @param peakSlot              index in the plan's slot list of the slot with the largest shed (the first on ties),
 *                              -1 when the plan has no slot
 * @param statusCounts          slots per status, every status present (0 when none)
 * @param regions               per region totals, by region index
 * @param planFairness          fairness of the regions' energy shares Σ_t non-critical shed / Σ_t non-critical load
 * @param minShedFairness       the same for the min-shed solution
 *                              ({@link SlotPlan#minShedRegionNonCriticalShedMw()})
 * @param slotFairness          per slot, fairness of the plan's shares in that slot
 * @param slotMinShedFairness   per slot, fairness of the min-shed solution's shares in that slot
 */
public record PlanSummary(String scenario, LocalDateTime start, int slotMinutes, int slotCount, double totalLoadMwh,
                          double unservedMwh, double criticalUnservedMwh, double deadIslandUnservedMwh, int peakSlot,
                          Map<PlanStatus, Integer> statusCounts, List<RegionTotals> regions,
                          FairnessMetrics planFairness, FairnessMetrics minShedFairness,
                          List<FairnessMetrics> slotFairness, List<FairnessMetrics> slotMinShedFairness) {

    /**
     * One region over the whole plan.
     *
     * @param name                 region name
     * @param loadMwh              positive load (MWh)
     * @param shedMwh              shed (MWh)
     * @param nonCriticalLoadMwh   non-critical load (MWh): the denominator of the share
     * @param nonCriticalShedMwh   non-critical shed (MWh)
     * @param share                nonCriticalShedMwh / nonCriticalLoadMwh, 0 when it has no non-critical load
     * @param minShedShare         the same share in the min-shed solution
     * @param peakSlotShedMw       the region's shed in the plan's peak slot (MW)
     */
    public record RegionTotals(String name, double loadMwh, double shedMwh, double nonCriticalLoadMwh,
                               double nonCriticalShedMwh, double share, double minShedShare, double peakSlotShedMw) {
    }

    public PlanSummary {
        statusCounts = Collections.unmodifiableMap(new EnumMap<>(statusCounts));
        regions = List.copyOf(regions);
        slotFairness = List.copyOf(slotFairness);
        slotMinShedFairness = List.copyOf(slotMinShedFairness);
    }

    /** Summarizes a plan. */
    public static PlanSummary of(PlanResult result) {
        PlanInput input = result.input();
        List<SlotPlan> slots = result.slots();
        double hours = input.slotHours();
        int nr = input.regions().count();
        double[] load = new double[nr];
        double[] shed = new double[nr];
        double[] ncLoad = new double[nr];
        double[] ncShed = new double[nr];
        double[] ncShedMin = new double[nr];
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s, 0);
        }
        double totalLoad = 0;
        double deadIsland = 0;
        int peak = -1;
        List<FairnessMetrics> perSlot = new ArrayList<>(slots.size());
        List<FairnessMetrics> perSlotMin = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            SlotPlan s = slots.get(i);
            counts.merge(s.status(), 1, Integer::sum);
            totalLoad += s.loadMw();
            deadIsland += s.deadIslandShedMw();
            if (peak < 0 || s.shedMw() > slots.get(peak).shedMw()) {
                peak = i;
            }
            double[] minShed = minShedOf(s);
            for (int r = 0; r < nr; r++) {
                load[r] += s.regionLoadMw()[r];
                shed[r] += s.regionShedMw()[r];
                ncLoad[r] += s.regionNonCriticalLoadMw()[r];
                ncShed[r] += s.regionNonCriticalShedMw()[r];
                ncShedMin[r] += minShed[r];
            }
            perSlot.add(FairnessMetrics.ofTotals(s.regionNonCriticalShedMw(), s.regionNonCriticalLoadMw()));
            perSlotMin.add(FairnessMetrics.ofTotals(minShed, s.regionNonCriticalLoadMw()));
        }
        List<RegionTotals> regions = new ArrayList<>(nr);
        for (int r = 0; r < nr; r++) {
            regions.add(new RegionTotals(input.regions().names().get(r), load[r] * hours, shed[r] * hours,
                    ncLoad[r] * hours, ncShed[r] * hours, ncLoad[r] > 0 ? ncShed[r] / ncLoad[r] : 0,
                    ncLoad[r] > 0 ? ncShedMin[r] / ncLoad[r] : 0,
                    peak < 0 ? 0 : slots.get(peak).regionShedMw()[r]));
        }
        return new PlanSummary(input.name(), input.start(), input.slotMinutes(), slots.size(), totalLoad * hours,
                result.unservedEnergyMwh(), result.criticalUnservedEnergyMwh(), deadIsland * hours, peak, counts,
                regions, FairnessMetrics.ofTotals(ncShed, ncLoad), FairnessMetrics.ofTotals(ncShedMin, ncLoad),
                perSlot, perSlotMin);
    }

    /** The min-shed solution's non-critical shed per region; the plan's own when the planner gave none. */
    static double[] minShedOf(SlotPlan s) {
        double[] min = s.minShedRegionNonCriticalShedMw();
        return min != null ? min : s.regionNonCriticalShedMw();
    }

    /** Start of slot {@code index} (slot 0 at {@link #start()}). */
    public LocalDateTime slotStart(int index) {
        return start.plusMinutes((long) index * slotMinutes);
    }

    /** Slots with this status. */
    public int count(PlanStatus status) {
        return statusCounts.get(status);
    }

    /** True when every slot is OPTIMAL or CRITICAL_SHED. */
    public boolean allUsable() {
        return statusCounts.entrySet().stream().allMatch(e -> e.getKey().isUsable() || e.getValue() == 0);
    }
}

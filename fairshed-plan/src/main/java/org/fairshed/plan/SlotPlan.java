package org.fairshed.plan;

import java.util.List;

/**
 * The plan of one slot. Arrays by region index, bus index or generator row - 1.
 *
 * @param loadMw                 sum of positive load (MW) in the slot
 * @param shedMw                 total shed (MW), dead islands included
 * @param criticalShedMw         critical load shed (MW): non-zero only when nothing else was possible
 * @param deadIslandShedMw       load in dead islands (MW), shed whatever the plan
 * @param regionShedMw           shed per region (MW)
 * @param regionLoadMw           positive load per region (MW)
 * @param regionNonCriticalShedMw non-critical shed per region (MW)
 * @param regionNonCriticalLoadMw non-critical load per region (MW): the denominator of the fairness share
 * @param minShedRegionNonCriticalShedMw the same before fairness was applied (the min-shed solution), for the price of fairness
 * @param busShedMw              shed per bus (MW)
 * @param genMw                  dispatch per generator (MW)
 * @param binding                branches at their limit
 * @param ac                     AC check, or null when not run
 * @param solveSeconds           wall time spent on this slot
 */
public record SlotPlan(int slot, PlanStatus status, String message, double loadMw, double shedMw, double criticalShedMw,
                       double deadIslandShedMw, double[] regionShedMw, double[] regionLoadMw,
                       double[] regionNonCriticalShedMw, double[] regionNonCriticalLoadMw,
                       double[] minShedRegionNonCriticalShedMw, double[] busShedMw, double[] genMw,
                       List<BindingBranch> binding, AcSlotCheck ac, double solveSeconds) {

    public SlotPlan {
        binding = List.copyOf(binding);
    }

    /** Region r's share of its own non-critical load that is shed (0 when it has none). */
    public double share(int r) {
        return regionNonCriticalLoadMw[r] > 0 ? regionNonCriticalShedMw[r] / regionNonCriticalLoadMw[r] : 0.0;
    }

    public SlotPlan withAc(AcSlotCheck check) {
        return new SlotPlan(slot, status, message, loadMw, shedMw, criticalShedMw, deadIslandShedMw, regionShedMw,
                regionLoadMw, regionNonCriticalShedMw, regionNonCriticalLoadMw, minShedRegionNonCriticalShedMw, busShedMw,
                genMw, binding, check, solveSeconds);
    }
}

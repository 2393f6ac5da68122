package org.fairshed.plan;

import java.util.List;

/**
 * A plan for every slot of a scenario.
 *
 * @param input         what was planned
 * @param slots         one per slot, in order
 * @param solveSeconds  wall time of the optimization (all slots)
 */
public record PlanResult(PlanInput input, List<SlotPlan> slots, double solveSeconds) {

    public PlanResult {
        slots = List.copyOf(slots);
    }

    /** Energy not served over the horizon (MWh), dead islands included. */
    public double unservedEnergyMwh() {
        return slots.stream().mapToDouble(SlotPlan::shedMw).sum() * input.slotHours();
    }

    public double criticalUnservedEnergyMwh() {
        return slots.stream().mapToDouble(SlotPlan::criticalShedMw).sum() * input.slotHours();
    }
}

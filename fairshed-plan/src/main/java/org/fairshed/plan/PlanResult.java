package org.fairshed.plan;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A plan for every slot of a scenario.
 *
 * @param input         what was planned
 * @param slots         one per slot, in order
 * @param solveSeconds  wall time of the optimization (all slots)
 * @param runId         32 lowercase hex digits naming this run: every file written from it carries the same id, so a
 *                      multi-file output is either all new or recognisably inconsistent
 */
public record PlanResult(PlanInput input, List<SlotPlan> slots, double solveSeconds, String runId) {

    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{32}");

    public PlanResult {
        slots = List.copyOf(slots);
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("a run id is 32 lowercase hex digits, got " + runId);
        }
    }

    /** A plan under a new run id. */
    public static PlanResult of(PlanInput input, List<SlotPlan> slots, double solveSeconds) {
        return new PlanResult(input, slots, solveSeconds, newRunId());
    }

    /** A fresh random run id (32 lowercase hex digits). */
    public static String newRunId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The same run with other slot plans (a check added, a slot rejected). */
    public PlanResult withSlots(List<SlotPlan> newSlots) {
        return new PlanResult(input, newSlots, solveSeconds, runId);
    }

    /** Energy not served over the horizon (MWh), dead islands included; NaN when a slot has no solution. */
    public double unservedEnergyMwh() {
        return slots.stream().mapToDouble(SlotPlan::shedMw).sum() * input.slotHours();
    }

    /** Critical energy not served (MWh), dead islands included; NaN when a slot has no solution. */
    public double criticalUnservedEnergyMwh() {
        return slots.stream().mapToDouble(SlotPlan::criticalShedMw).sum() * input.slotHours();
    }

    /** True when every slot is usable. */
    public boolean allUsable() {
        return slots.stream().allMatch(SlotPlan::usable);
    }
}

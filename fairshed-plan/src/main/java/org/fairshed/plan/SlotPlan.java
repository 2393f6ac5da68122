package org.fairshed.plan;

import java.util.List;

/**
 * The plan of one slot. Arrays by bus index or generator row - 1. A slot without a solution (the solver failed,
 * timed out or was cancelled before a plan with the least total shed was found) has every shed figure unknown:
 * {@link Double#NaN} totals, NaN region shed, and null {@code busShedMw} and {@code genMw}; see {@link #solved()}.
 *
 * @param status           outcome
 * @param degraded         a later stage (fairness or cost) stopped early; always true for {@link PlanStatus#DEGRADED},
 *                         and shown with {@link PlanStatus#CRITICAL_SHED} when both hold
 * @param message          the planner's explanation, "" when none
 * @param loadMw           sum of positive load (MW) in the slot
 * @param shedMw           total shed (MW), dead islands included
 * @param criticalShedMw   critical load shed (MW), dead islands included: non-zero only when nothing else was possible
 * @param deadIslandShedMw load in dead islands (MW), shed whatever the plan
 * @param regions          per-region figures
 * @param busShedMw        shed per bus (MW), negative for curtailed embedded generation; null without a solution
 * @param genMw            dispatch per generator (MW); null without a solution
 * @param binding          branches at their limit
 * @param ac               AC check, or null when not run
 * @param solveSeconds     wall time spent on this slot
 */
public record SlotPlan(int slot, PlanStatus status, boolean degraded, String message, double loadMw, double shedMw,
                       double criticalShedMw, double deadIslandShedMw, RegionShed regions, double[] busShedMw,
                       double[] genMw, List<BindingBranch> binding, AcSlotCheck ac, double solveSeconds) {

    public SlotPlan {
        binding = List.copyOf(binding);
        message = message == null ? "" : message;
        if (status == PlanStatus.DEGRADED && !degraded) {
            throw new IllegalArgumentException("slot " + slot + ": a DEGRADED slot must be marked degraded");
        }
        if ((busShedMw == null) != (genMw == null)) {
            throw new IllegalArgumentException("slot " + slot + ": bus shed and dispatch are known together or not at all");
        }
        if (status.isUsable() && busShedMw == null) {
            throw new IllegalArgumentException("slot " + slot + ": a " + status + " slot needs its bus shed and dispatch");
        }
    }

    /** A slot without a solution: its loads, and every shed figure unknown. */
    public static SlotPlan unsolved(int slot, PlanStatus status, String message, double loadMw, RegionShed regions,
                                    double solveSeconds) {
        if (status.isUsable()) {
            throw new IllegalArgumentException("slot " + slot + ": a slot without a solution cannot be " + status);
        }
        return new SlotPlan(slot, status, false, message, loadMw, Double.NaN, Double.NaN, Double.NaN, regions, null,
                null, List.of(), null, solveSeconds);
    }

    /** True when the slot has a solution (bus shed and dispatch known); false for a failed, timed-out or cancelled one. */
    public boolean solved() {
        return busShedMw != null;
    }

    public boolean usable() {
        return status.isUsable();
    }

    /** Region r's share of its own non-critical load that is shed (0 when it has none; NaN when unknown). */
    public double share(int r) {
        return regions.share(r);
    }

    public SlotPlan withAc(AcSlotCheck check) {
        return new SlotPlan(slot, status, degraded, message, loadMw, shedMw, criticalShedMw, deadIslandShedMw, regions,
                busShedMw, genMw, binding, check, solveSeconds);
    }

    /** The same figures under another slot number (an identical slot's copy: 0 s of its own). */
    public SlotPlan asSlot(int newSlot) {
        return new SlotPlan(newSlot, status, degraded, message, loadMw, shedMw, criticalShedMw, deadIslandShedMw,
                regions, busShedMw, genMw, binding, ac, 0);
    }

    /** This slot with a note added to its message. */
    public SlotPlan withNote(String note) {
        return new SlotPlan(slot, status, degraded, message.isEmpty() ? note : message + "; " + note, loadMw, shedMw,
                criticalShedMw, deadIslandShedMw, regions, busShedMw, genMw, binding, ac, solveSeconds);
    }

    /** This usable slot marked degraded: its fairness or cost is not the final one, for the reason given. */
    public SlotPlan degradedBy(String reason) {
        if (!status.isUsable()) {
            throw new IllegalStateException("slot " + slot + " is " + status + ": only a usable slot can be degraded");
        }
        PlanStatus newStatus = status == PlanStatus.OPTIMAL ? PlanStatus.DEGRADED : status;
        SlotPlan noted = withNote(reason);
        return new SlotPlan(slot, newStatus, true, noted.message, loadMw, shedMw, criticalShedMw, deadIslandShedMw,
                regions, busShedMw, genMw, binding, ac, solveSeconds);
    }

    /** This slot with the verifier's findings: ERROR, every shed figure unknown, the violations as its message. */
    public SlotPlan rejected(String violations) {
        double[] n = regions.loadMw();
        RegionShed unknown = RegionShed.unknownShed(n, regions.nonCriticalLoadMw(), regions.criticalLoadMw());
        return unsolved(slot, PlanStatus.ERROR, "the plan found breaks a limit when re-checked, so it is not used: "
                + violations, loadMw, unknown, solveSeconds);
    }
}

package org.fairshed.rota;

/** What became of a rota run as a whole (each region-day has its own {@link RotaStatus}). */
public enum RotaOutcome {
    /** Every region-day was scheduled; see their statuses. */
    SCHEDULED,
    /**
     * Nothing was scheduled: the plan has slots whose shed is unknown (failed, stopped, limits not met) and scheduling
     * only the usable slots was not asked for, or no slot is usable at all. The result's message names the slots.
     */
    REFUSED_UNUSABLE_SLOTS,
    /** Stopped (cancelled, or out of its time budget) before every region-day was scheduled: nothing to publish. */
    CANCELLED
}

package org.fairshed.rota.plan;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One slot of a plan as the rota reads it.
 *
 * @param index   0-based slot number
 * @param start   the slot's start as the plan states it (plan start + index × slot length), or null when it does not
 * @param status  the planner's status name ({@code OPTIMAL}, {@code DEGRADED}, {@code CRITICAL_SHED}, {@code INFEASIBLE},
 *                {@code TIME_LIMIT}, {@code ERROR}, {@code CANCELLED})
 * @param usable  true when the slot's shed may be scheduled: limits met and the least total shed found ({@code OPTIMAL},
 *                {@code DEGRADED}, {@code CRITICAL_SHED}); an unusable slot's shed is unknown whatever it carries
 * @param regions region name → its shed in this slot, in plan order
 */
public record PlanSlot(int index, LocalDateTime start, String status, boolean usable, Map<String, SlotShed> regions) {

    public PlanSlot {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
    }
}

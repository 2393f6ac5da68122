package org.fairshed.rota.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A plan as the rota reads it, without a file: what {@code PlanFileReader} fills from PLAN.json and a caller holding a
 * plan in memory (the job API) fills from its own result. {@link PlanQuotasFactory} checks it and turns it into
 * half-hours; its errors name {@link #source} and the field paths of PLAN.json ({@code slots[3].regionShed["5"]
 * .nonCriticalShedMw}), whichever way the plan came.
 *
 * @param source      names the plan in errors ({@code plan.json}, {@code "the job's plan"})
 * @param runId       the plan's run id (32 lowercase hex characters, docs/plan-format.md), or null when it has none
 *                    (format 1, synthetic plans)
 * @param start       local start of slot 0, on a half-hour
 * @param slotMinutes 30 or 60
 * @param regions     the plan's region names, in plan order; every slot lists exactly these
 * @param slots       the slots in order, {@code slots.get(i).index() == i}
 */
public record PlanSlots(String source, String runId, LocalDateTime start, int slotMinutes, List<String> regions,
                        List<PlanSlot> slots) {

    public PlanSlots {
        regions = List.copyOf(regions);
        slots = List.copyOf(slots);
    }
}

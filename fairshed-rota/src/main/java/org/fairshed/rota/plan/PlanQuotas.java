package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan turned into rota input: per local day and region, 48 half-hour quotas and loads, with the slots whose shed
 * is unknown. Built by {@link PlanQuotasFactory} (from a file or from memory) or {@link SyntheticQuotas}.
 *
 * @param source        names the plan in messages
 * @param runId         the plan's run id, or null when it has none
 * @param regions       the plan's regions, in plan order
 * @param dates         the local days the plan touches, ascending
 * @param days          one entry per date × region, ordered by date then region
 * @param unusableSlots the slots whose shed is unknown, in slot order (empty when every slot is usable)
 */
public record PlanQuotas(String source, String runId, List<String> regions, List<LocalDate> dates,
                         List<RegionDay> days, List<UnusableSlot> unusableSlots) {

    public PlanQuotas {
        regions = List.copyOf(regions);
        dates = List.copyOf(dates);
        days = List.copyOf(days);
        unusableSlots = List.copyOf(unusableSlots);
    }

    /** A plan built in memory (tests, synthetic runs): every slot usable, no run id. */
    public PlanQuotas(List<String> regions, List<LocalDate> dates, List<RegionDay> days) {
        this("the plan", null, regions, dates, days, List.of());
    }

    /** The days of one region, ascending by date. */
    public List<RegionDay> daysOf(String region) {
        return days.stream().filter(d -> d.region().equals(region)).toList();
    }

    /** True when some slot of the plan is usable (a plan whose slots all failed has nothing to schedule). */
    public boolean hasUsableSlots() {
        for (RegionDay d : days) {
            for (boolean p : d.planned()) {
                if (p) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan turned into rota input: per local day and region, 48 half-hour quotas and loads.
 *
 * @param regions the plan's regions, in plan order
 * @param dates   the local days the plan touches, ascending
 * @param days    one entry per date × region, ordered by date then region
 */
public record PlanQuotas(List<String> regions, List<LocalDate> dates, List<RegionDay> days) {

    public PlanQuotas {
        regions = List.copyOf(regions);
        dates = List.copyOf(dates);
        days = List.copyOf(days);
    }

    /** The days of one region, ascending by date. */
    public List<RegionDay> daysOf(String region) {
        return days.stream().filter(d -> d.region().equals(region)).toList();
    }
}

package org.fairshed.store.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures behind a region's day: per slot the quota to shed, the critical load shed, and the plan's status
 * ({@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE}, ...).
 */
public record DayFigures(LocalDate day, List<Double> quotaMw, List<Double> criticalShedMw, List<String> slotStatus) {

    public DayFigures {
        quotaMw = List.copyOf(quotaMw);
        criticalShedMw = List.copyOf(criticalShedMw);
        slotStatus = List.copyOf(slotStatus);
    }
}

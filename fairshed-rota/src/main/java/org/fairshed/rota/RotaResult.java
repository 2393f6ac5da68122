package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;
import org.fairshed.rota.ledger.Ledger;

/**
 * A rota over a plan's days.
 *
 * @param method       the method's name
 * @param dates        the local days scheduled, ascending
 * @param schedules    one per date × region, ordered by date then plan region order
 * @param ledger       the ledger after the last day (rolling week)
 * @param metrics      metrics of the whole result
 * @param solveSeconds wall time of the whole run
 */
public record RotaResult(String method, List<LocalDate> dates, List<RegionSchedule> schedules, Ledger ledger,
                         RotaMetrics metrics, double solveSeconds) {

    public RotaResult {
        dates = List.copyOf(dates);
        schedules = List.copyOf(schedules);
    }

    public List<RegionSchedule> on(LocalDate date) {
        return schedules.stream().filter(s -> s.date().equals(date)).toList();
    }

    public RegionSchedule find(String region, LocalDate date) {
        return schedules.stream().filter(s -> s.region().equals(region) && s.date().equals(date)).findFirst().orElse(null);
    }
}

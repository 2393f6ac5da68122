package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.UnusableSlot;

/**
 * A rota over a plan's days.
 *
 * @param outcome       whether every region-day was scheduled (only then may it be published)
 * @param message       what the outcome means, for people (the unusable slots of a refusal; empty when scheduled)
 * @param method        the method's name
 * @param dates         the local days scheduled, ascending
 * @param schedules     one per date × region, ordered by date then plan region order
 * @param ledger        the ledger after the last day (rolling week); the input ledger unless scheduled
 * @param metrics       metrics of the whole result
 * @param planRunId     the plan's run id, or null when it has none
 * @param unusableSlots the plan's slots whose shed is unknown (their half-hours are not scheduled)
 * @param solveSeconds  wall time of the whole run
 */
public record RotaResult(RotaOutcome outcome, String message, String method, List<LocalDate> dates,
                         List<RegionSchedule> schedules, Ledger ledger, RotaMetrics metrics, String planRunId,
                         List<UnusableSlot> unusableSlots, double solveSeconds) {

    public RotaResult {
        dates = List.copyOf(dates);
        schedules = List.copyOf(schedules);
        unusableSlots = List.copyOf(unusableSlots);
    }

    /** A scheduled result of a plan without unusable slots or run id (tests, files of format 1). */
    public RotaResult(String method, List<LocalDate> dates, List<RegionSchedule> schedules, Ledger ledger,
                      RotaMetrics metrics, double solveSeconds) {
        this(RotaOutcome.SCHEDULED, "", method, dates, schedules, ledger, metrics, null, List.of(), solveSeconds);
    }

    public List<RegionSchedule> on(LocalDate date) {
        return schedules.stream().filter(s -> s.date().equals(date)).toList();
    }

    public RegionSchedule find(String region, LocalDate date) {
        return schedules.stream().filter(s -> s.region().equals(region) && s.date().equals(date)).findFirst().orElse(null);
    }

    /** Critical load the plan sheds over all region-days (MWh): load the group schedules cannot cover. */
    public double criticalShedMwh() {
        double s = 0;
        for (RegionSchedule r : schedules) {
            s += r.criticalShedMwh();
        }
        return s;
    }
}

package org.fairshed.store.model;

import java.util.List;

/**
 * Everything a reader needs of one region, read in one snapshot ({@link org.fairshed.store.Store#regionSnapshot}):
 * the organisation, the published revision (null for none), every hourly group's days in a date range each from the
 * newest published revision covering it, the stored day statuses of the range and the published ledger.
 */
public record RegionSnapshot(Region region, List<Dso> dsos, List<Group> hourly, List<Group> emergency,
                             Revision published, List<DaySchedule> schedules, List<DayStatus> statuses,
                             List<LedgerDay> ledger) {

    public RegionSnapshot {
        dsos = List.copyOf(dsos);
        hourly = List.copyOf(hourly);
        emergency = List.copyOf(emergency);
        schedules = List.copyOf(schedules);
        statuses = List.copyOf(statuses);
        ledger = List.copyOf(ledger);
    }
}

package org.fairshed.server.view;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.revision.LocalTimes;

/** The store's stored days as the API shows them. */
public final class Views {

    private Views() {
    }

    public static DayView day(LocalDate day, ZoneId zone, Integer revision, GroupSchedule schedule, StatusView status) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<OutageView> outages = new ArrayList<>();
        if (schedule != null) {
            for (Outage o : schedule.outages()) {
                outages.add(outage(day, zone, o));
            }
        }
        return new DayView(day.toString(), TimePoint.iso(start, zone), TimePoint.iso(end, zone),
                LocalTimes.dayMinutes(day, zone), revision, status, schedule == null ? 0 : schedule.hoursOff(), outages);
    }

    public static OutageView outage(LocalDate day, ZoneId zone, Outage o) {
        return new OutageView(o.kind().name(), TimePoint.of(o.startAt(), day, o.startMinute(), zone),
                TimePoint.of(o.endAt(), day, o.endMinute(), zone), Duration.between(o.startAt(), o.endAt()).toMinutes());
    }

    /** A stored status, or the derived one when the store has none for the day. */
    public static StatusView status(DayStatus stored, boolean covered, ZoneId zone) {
        if (stored == null) {
            return new StatusView(covered ? "SCHEDULE_APPLIES" : "WAITING_FOR_SCHEDULE", null, null, List.of(), 0, true);
        }
        return new StatusView(stored.status().name(), TimePoint.iso(stored.expectedAt(), zone), stored.message(),
                stored.emergencyGroups(), stored.version(), false);
    }
}

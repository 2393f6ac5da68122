package org.fairshed.store.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one rule that turns a region's wall-clock minutes into instants. Minute {@code m} of local day {@code d} is the
 * local time {@code d 00:00 + m minutes} (1440 is the next midnight) in the region's zone. A time in a DST gap (the
 * hour 03:00–04:00 that the last Sunday of March skips in Europe/Kyiv) is the instant the gap ends (04:00 summer time),
 * for a start and an end alike, so an outage written inside the gap lasts nothing and one across it lasts what
 * exists of it (03:30–05:00 is 04:00–05:00); never an end before its start. A time in an overlap
 * (03:00–04:00 twice on the last Sunday of October) is its earlier occurrence for a start and its later one for an
 * end, so an outage written 03:00–04:00 on the 25-hour day lasts both hours, as people reading the wall clock expect.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    public static Instant start(LocalDate day, int minute, ZoneId zone) {
        return local(day, minute, zone).withEarlierOffsetAtOverlap().toInstant();
    }

    public static Instant end(LocalDate day, int minute, ZoneId zone) {
        return local(day, minute, zone).withLaterOffsetAtOverlap().toInstant();
    }

    /** The local time, or the end of the gap it falls in (the instant of the transition). */
    private static ZonedDateTime local(LocalDate day, int minute, ZoneId zone) {
        LocalDateTime time = day.atStartOfDay().plusMinutes(minute);
        java.time.zone.ZoneOffsetTransition gap = zone.getRules().getTransition(time);
        if (gap != null && gap.isGap()) {
            return gap.getInstant().atZone(zone);
        }
        return ZonedDateTime.ofLocal(time, zone, null);
    }

    /** Length of the local day in minutes: 1440, or 1380 and 1500 on DST days. */
    public static int dayMinutes(LocalDate day, ZoneId zone) {
        long seconds = day.plusDays(1).atStartOfDay(zone).toEpochSecond() - day.atStartOfDay(zone).toEpochSecond();
        return (int) (seconds / 60);
    }

}

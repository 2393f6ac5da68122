package org.fairshed.store.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one rule that turns a region's wall-clock minutes into instants. Minute {@code m} of local day {@code d} is the
 * local time {@code d 00:00 + m minutes} (1440 is the next midnight) in the region's zone. A time in a DST gap (the
 * hour 03:00–04:00 that the last Sunday of March skips in Europe/Kyiv) moves forward by the gap; a time in an overlap
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

    /** Length of the local day in minutes: 1440, or 1380 and 1500 on DST days. */
    public static int dayMinutes(LocalDate day, ZoneId zone) {
        long seconds = day.plusDays(1).atStartOfDay(zone).toEpochSecond() - day.atStartOfDay(zone).toEpochSecond();
        return (int) (seconds / 60);
    }

    private static ZonedDateTime local(LocalDate day, int minute, ZoneId zone) {
        LocalDateTime time = day.atStartOfDay().plusMinutes(minute);
        return ZonedDateTime.ofLocal(time, zone, null);
    }
}

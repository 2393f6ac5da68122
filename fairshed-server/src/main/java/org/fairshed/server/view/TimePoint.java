package org.fairshed.server.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A time as the API gives every time: the instant with the region's offset ({@code 2026-10-25T03:00:00+03:00}) and
 * the wall-clock minute of the local day it belongs to ({@code minute} 0 … 1440, 1440 being the next midnight), as
 * the rota and the compatible clients count. On the 23- and 25-hour days the two differ from a naive reading:
 * {@code at} is the truth, {@code minute} the label on the wall clock.
 */
public record TimePoint(String at, String day, int minute) {

    public static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public static TimePoint of(Instant at, LocalDate day, int minute, ZoneId zone) {
        return new TimePoint(iso(at, zone), day.toString(), minute);
    }

    public static String iso(Instant at, ZoneId zone) {
        return at == null ? null : ISO.format(at.atZone(zone));
    }
}

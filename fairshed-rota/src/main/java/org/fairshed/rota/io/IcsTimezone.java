package org.fairshed.rota.io;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.TimeZone;

/**
 * A VTIMEZONE built from the JDK's time-zone rules (no download): one observance for the offset in force a year before
 * the schedule and one per transition up to the day after it, so every local DTSTART/DTEND in the file resolves. The
 * rota's iCalendar export and the server's calendar feeds both use it.
 */
public final class IcsTimezone {

    /** Observances start this long before the first scheduled day. */
    private static final int YEARS_BEFORE = 1;

    private IcsTimezone() {
    }

    /** The assignment that makes biweekly write local times with {@code TZID=zone} and include the component. */
    public static TimezoneAssignment of(ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        VTimezone component = new VTimezone(zone.getId());
        Instant from = first.minusYears(YEARS_BEFORE).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset initial = rules.getOffset(from);
        add(component, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial), initial, initial);
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            add(component, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter());
            t = rules.nextTransition(t.getInstant());
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }

    private static void add(VTimezone component, boolean daylight, LocalDateTime start, ZoneOffset before,
                            ZoneOffset after) {
        Observance o = daylight ? new DaylightSavingsTime() : new StandardTime();
        o.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        o.setTimezoneOffsetFrom(offset(before));
        o.setTimezoneOffsetTo(offset(after));
        if (daylight) {
            component.addDaylightSavingsTime((DaylightSavingsTime) o);
        } else {
            component.addStandardTime((StandardTime) o);
        }
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}

package org.fairshed.server.ics;

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
 * A VTIMEZONE from the JDK's rules (nothing downloaded): the offset in force a year before the feed's first day and
 * every transition up to the day after its last, so each local DTSTART/DTEND in the feed resolves.
 */
final class VTimezones {

    private VTimezones() {
    }

    static TimezoneAssignment of(ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        VTimezone component = new VTimezone(zone.getId());
        Instant from = first.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
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
        o.setTimezoneOffsetFrom(new UtcOffset(before.getTotalSeconds() * 1000L));
        o.setTimezoneOffsetTo(new UtcOffset(after.getTotalSeconds() * 1000L));
        if (daylight) {
            component.addDaylightSavingsTime((DaylightSavingsTime) o);
        } else {
            component.addStandardTime((StandardTime) o);
        }
    }
}

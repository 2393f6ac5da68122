package org.fairshed.rota;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.rota.ledger.DayCells;

/**
 * A re-plan of days already published: the published schedules and the present moment. Half-hours that start before
 * {@code now + freezeMinutes} keep their published state.
 *
 * @param published the schedules published before (any method), matched by date, region and group name
 * @param now       local date-time of the re-plan
 */
public record Replan(List<RegionSchedule> published, LocalDateTime now) {

    public Replan {
        published = List.copyOf(published);
        if (now == null) {
            throw new IllegalArgumentException("now must not be null");
        }
    }

    /** How far before the plan's first day a re-plan may be made (the ledger's week). */
    public static final int MAX_DAYS_BEFORE = 7;

    /**
     * The moment of a re-plan as a person writes it: {@code yyyy-MM-ddTHH:mm}, or {@code HH:mm} on the plan's first
     * day; from {@link #MAX_DAYS_BEFORE} days before the plan's first day to the end of its last (a moment outside is
     * a typing error: it would freeze nothing or everything).
     */
    public static LocalDateTime parseNow(String text, List<LocalDate> planDates, String source, String field) {
        LocalDateTime now;
        try {
            now = text.contains("T") ? LocalDateTime.parse(text) : planDates.getFirst().atTime(LocalTime.parse(text));
        } catch (DateTimeException e) {
            throw InputException.atField(source, field, "must be yyyy-MM-ddTHH:mm or HH:mm, got \"" + text + "\"");
        }
        LocalDateTime from = planDates.getFirst().minusDays(MAX_DAYS_BEFORE).atStartOfDay();
        LocalDateTime to = planDates.getLast().plusDays(1).atStartOfDay();
        if (now.isBefore(from) || now.isAfter(to)) {
            throw InputException.atField(source, field, "is " + now + "; a re-plan of the plan's days "
                    + planDates.getFirst() + " to " + planDates.getLast() + " is made between " + from + " and " + to);
        }
        return now;
    }

    /** The published schedule of a region-day, or null. */
    public RegionSchedule find(String region, LocalDate date) {
        for (RegionSchedule s : published) {
            if (s.region().equals(region) && s.date().equals(date)) {
                return s;
            }
        }
        return null;
    }

    /** How many leading half-hours of {@code date} start before now + freeze (0 … 48). */
    public int frozenHalfHours(LocalDate date, int freezeMinutes) {
        long limit = ChronoUnit.MINUTES.between(date.atStartOfDay(), now) + freezeMinutes;
        if (limit <= 0) {
            return 0;
        }
        return (int) Math.min(HalfHours.PER_DAY, (limit + HalfHours.MINUTES - 1) / HalfHours.MINUTES);
    }

    /** [group][half-hour] of the published schedule in {@code groups} order (a group not published: all on). */
    static boolean[][] offMatrix(RegionSchedule s, List<String> groups) {
        return DayCells.of(s).offMatrix(groups);
    }
}

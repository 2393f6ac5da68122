package org.fairshed.rota;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

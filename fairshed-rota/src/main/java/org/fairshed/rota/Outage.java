package org.fairshed.rota;

/**
 * One outage of a group: a run of consecutive half-hours, in minutes from local midnight.
 *
 * @param start first minute off (a multiple of 30)
 * @param end   first minute back on (exclusive; at most 1440)
 * @param type  definite or possible
 */
public record Outage(int start, int end, OutageType type) {

    public Outage {
        if (start < 0 || end > HalfHours.MINUTES_PER_DAY || end <= start || start % HalfHours.MINUTES != 0
                || end % HalfHours.MINUTES != 0) {
            throw new IllegalArgumentException("outage must be whole half-hours within the day, got " + start + "–" + end);
        }
        if (type == null) {
            throw new IllegalArgumentException("outage type must not be null");
        }
    }

    public int minutes() {
        return end - start;
    }
}

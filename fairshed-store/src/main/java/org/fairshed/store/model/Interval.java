package org.fairshed.store.model;

/** Wall-clock minutes [start, end) from local midnight, {@code 0 <= start < end <= 1440}. */
public record Interval(int start, int end) {

    public static final int DAY_MINUTES = 1440;

    public Interval {
        if (start < 0 || end > DAY_MINUTES || start >= end) {
            throw new IllegalArgumentException("an interval needs 0 <= start < end <= 1440, got [" + start + ", " + end + ")");
        }
    }

    public int minutes() {
        return end - start;
    }
}

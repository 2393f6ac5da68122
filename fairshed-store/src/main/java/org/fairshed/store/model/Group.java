package org.fairshed.store.model;

/**
 * A consumer group of a region and schedule type ({@code 1.1} ... {@code 6.2} by default; any number of them).
 *
 * @param position display order within the region and type
 */
public record Group(long id, String region, ScheduleType type, String code, String name, int position) {
}

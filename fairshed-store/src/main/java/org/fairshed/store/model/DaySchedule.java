package org.fairshed.store.model;

/** A group's day as the newest published revision that covers the day has it. */
public record DaySchedule(int revision, GroupSchedule schedule) {
}

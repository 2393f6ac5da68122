package org.fairshed.store.model;

/** What applies to a region's local day. */
public enum DayStatusKind {
    /** No schedule yet; the expected publication time is given. */
    WAITING_FOR_SCHEDULE,
    /** The published revision's schedule applies. */
    SCHEDULE_APPLIES,
    /** Timetable suspended: emergency outages without times, with a message. */
    EMERGENCY,
    /** No outages that day. */
    NO_OUTAGES
}

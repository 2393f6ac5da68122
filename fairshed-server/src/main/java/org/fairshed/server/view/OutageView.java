package org.fairshed.server.view;

/**
 * One outage: DEFINITE (scheduled) or POSSIBLE (only if the deficit grows), from {@code start} to {@code end}, and
 * how long it really lasts ({@code durationMinutes}, from the instants: 120 for 03:00–04:00 on the 25-hour day).
 */
public record OutageView(String kind, TimePoint start, TimePoint end, long durationMinutes) {
}

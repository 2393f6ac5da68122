package org.fairshed.store.model;

import java.time.Instant;

/**
 * An outage of a group on a local day as stored: wall-clock minutes and the instants derived with the region's zone
 * (see {@link org.fairshed.store.revision.LocalTimes}).
 */
public record Outage(OutageKind kind, int startMinute, int endMinute, Instant startAt, Instant endAt) {
}

package org.fairshed.server.ics;

import java.time.Instant;
import java.time.LocalDate;
import org.fairshed.store.model.OutageKind;

/**
 * One outage as a calendar event, with its history across the revisions that covered its day.
 *
 * @param startMinute  its identity within the group's day (see {@link FeedHistory}: the UID rule)
 * @param sequence     how many times it changed (end or kind) since it first appeared
 * @param lastModified the time of the revision that last changed it (or first brought it)
 */
record FeedEvent(String region, String group, LocalDate day, int startMinute, int endMinute, OutageKind kind,
                 Instant start, Instant end, int sequence, Instant lastModified) {
}

package org.fairshed.store.revision;

import org.fairshed.store.model.Revision;

/**
 * The outcome of a publish, as data: PUBLISHED with the new revision, or CONFLICT (the server's 409) with the number
 * that is published now, which the caller expected to be {@code expected}.
 *
 * @param revision the new revision (PUBLISHED), null on CONFLICT
 * @param current  the region's published number after the call (0 for none)
 */
public record PublishResult(String region, PublishStatus status, Revision revision, int expected, int current) {

    public boolean isPublished() {
        return status == PublishStatus.PUBLISHED;
    }
}

package org.fairshed.store.model;

import java.time.Instant;

/**
 * One line of the append-only audit log.
 *
 * @param action         {@code publish}, {@code day-status}, {@code registry-import}, ... ({@code [a-z][a-z0-9._-]*})
 * @param region         region code, null for a national action
 * @param revisionBefore id of the region's published revision before, null for none
 * @param revisionAfter  id of the revision after, null for none
 * @param detailJson     a JSON object with the action's details
 */
public record AuditEntry(long id, Instant at, String actor, String action, String region, Long revisionBefore,
                         Long revisionAfter, String remoteAddress, String detailJson) {
}

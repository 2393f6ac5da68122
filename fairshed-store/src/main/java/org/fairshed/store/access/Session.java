package org.fairshed.store.access;

import java.time.Instant;

/**
 * A web session as stored (only the SHA-256 of its cookie's value is kept, not in this record).
 *
 * @param lastSeenAt the last request (the idle timeout counts from it)
 * @param expiresAt  the absolute timeout
 * @param endedAt    logout or the account's disabling, null while open
 */
public record Session(long id, long accountId, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                      Instant endedAt) {
}

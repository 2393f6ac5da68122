package org.fairshed.store.access;

import java.time.Instant;

/**
 * An API token as stored: never its secret, only the SHA-256 of it (not kept in this record either).
 *
 * @param prefix  {@code fst_} + 8 characters: the token's public name (logs, lists, revocation)
 * @param account the login name of the account it acts for
 * @param role    at most the account's role
 * @param region  the region it is scoped to (the account's, or one region of a national account), null for national
 */
public record Token(long id, String prefix, long accountId, String account, String role, String region, String label,
                    Instant createdAt, String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                    String lastUsedFrom) {

    /** Usable at {@code now}: neither revoked nor expired. */
    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

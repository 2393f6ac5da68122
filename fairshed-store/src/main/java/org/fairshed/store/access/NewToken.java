package org.fairshed.store.access;

import java.time.Instant;
import java.util.Objects;

/** A token to store: its public prefix, the SHA-256 of the whole token, its scope and lifetime. */
public record NewToken(String prefix, byte[] secretHash, String account, String role, String region, String label,
                       Instant createdAt, Instant expiresAt) {

    public NewToken {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        secretHash = secretHash.clone();
    }

    @Override
    public byte[] secretHash() {
        return secretHash.clone();
    }

    @Override
    public String toString() {
        return "NewToken[" + prefix + ", " + account + ", " + role + ", " + region + ", until " + expiresAt + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewToken t && prefix.equals(t.prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }
}

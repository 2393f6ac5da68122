package org.fairshed.server.access;

import java.time.Instant;

/** A successful login: the session cookie's value (secret), its CSRF token and when it ends at the latest. */
public record LoginResult(Operator operator, String sessionId, String csrfToken, Instant expiresAt) {
    @Override
    public String toString() {
        return "LoginResult[" + operator.name() + ", until " + expiresAt + ", secrets hidden]";
    }
}

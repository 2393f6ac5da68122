package org.fairshed.server.access;

import org.fairshed.store.access.Session;

/** A live session and the operator it stands for; {@code csrfToken} is what its non-GET requests must send. */
public record SessionGrant(Session session, Operator operator, String csrfToken) {
    @Override
    public String toString() {
        return "SessionGrant[" + session.id() + ", " + operator.name() + "]";
    }
}

package org.fairshed.store.access;

import java.time.Instant;

/**
 * An operator account.
 *
 * @param role         {@code VIEWER}, {@code PLANNER}, {@code PUBLISHER} or {@code ADMINISTRATOR}
 * @param region       the region code it is scoped to, null for national
 * @param passwordHash the Argon2id PHC string, null for an account without web login (tokens only)
 * @param disabledAt   when it was disabled, null while it is active
 */
public record Account(long id, String name, String role, String region, String passwordHash, Instant createdAt,
                      String createdBy, Instant disabledAt) {

    public boolean active() {
        return disabledAt == null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + name + ", " + role + ", " + (region == null ? "national" : region)
                + (active() ? "" : ", disabled") + "]";
    }
}

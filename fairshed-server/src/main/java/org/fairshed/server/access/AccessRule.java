package org.fairshed.server.access;

import java.util.Objects;

/**
 * Who may call an operator route: the least role and how the region is scoped. Every route under
 * {@code /api/v1/operator/} has exactly one; a route without one fails the route-rule test.
 */
public record AccessRule(Role minRole, RegionScope scope) {

    public AccessRule {
        Objects.requireNonNull(minRole, "minRole");
        Objects.requireNonNull(scope, "scope");
    }

    public static AccessRule of(Role minRole, RegionScope scope) {
        return new AccessRule(minRole, scope);
    }
}

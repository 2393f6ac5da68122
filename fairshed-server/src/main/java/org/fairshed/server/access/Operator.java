package org.fairshed.server.access;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import org.fairshed.server.http.Problem;

/**
 * The authenticated caller of an operator route, as the access hook put it on the request.
 *
 * @param id     the account's id
 * @param name   the account's login name (what the audit log shows)
 * @param role   its role
 * @param region the region it is scoped to, or null for a national account
 * @param via    how it came in: {@code token:<token id>} or {@code session}
 */
public record Operator(long id, String name, Role role, String region, String via) {

    /** The request attribute under which the access hook stores the caller. */
    public static final String ATTRIBUTE = "fairshed.operator";

    public Operator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(via, "via");
    }

    public boolean national() {
        return region == null;
    }

    /** Whether this operator may see or act on {@code regionCode}. */
    public boolean covers(String regionCode) {
        return region == null || region.equals(regionCode);
    }

    /** 403 unless this operator covers {@code regionCode}; {@code field} names where the region came from. */
    public void requireRegion(String regionCode, String field) {
        if (!covers(regionCode)) {
            throw new Problem(403, "forbidden", "Not allowed in this region", "this account is scoped to region "
                    + region + "; the request concerns region " + regionCode, field, Map.of());
        }
    }

    /** 403 unless this operator's role is at least {@code role}. */
    public void requireRole(Role role) {
        if (!this.role.atLeast(role)) {
            throw new Problem(403, "forbidden", "Role not sufficient", "this needs the role " + role.name()
                    .toLowerCase(java.util.Locale.ROOT) + " or higher; this account is "
                    + this.role.name().toLowerCase(java.util.Locale.ROOT), null, Map.of());
        }
    }

    /** The caller the access hook admitted (only on operator routes; an internal error elsewhere). */
    public static Operator of(Context ctx) {
        Operator o = ctx.attribute(ATTRIBUTE);
        if (o == null) {
            throw new IllegalStateException("no operator on this request: the route has no access rule");
        }
        return o;
    }
}

package org.fairshed.server.operator;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.RegionScope;
import org.fairshed.server.access.Role;
import org.fairshed.server.http.AccessHook;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.Route;

/**
 * TEST ONLY, until helper A's access hook is merged: puts an {@link Operator} on the request from the header
 * {@code X-Test-Operator: name:role[@region]} (e.g. {@code olena:publisher@kyiv}, {@code lead:administrator}), checks
 * the route's rule as the real hook will (role, PATH_REGION), and refuses with 401 without the header.
 */
final class TestAccessHook implements AccessHook {

    static final String HEADER = "X-Test-Operator";

    @Override
    public void check(Context ctx, Route route) {
        if (route.access() == Route.Access.PUBLIC) {
            return;
        }
        String h = ctx.header(HEADER);
        if (h == null || !h.contains(":")) {
            throw new Problem(401, "unauthorized", "Credentials required", "this route needs an operator's token",
                    null, Map.of("WWW-Authenticate", "Bearer"));
        }
        String name = h.substring(0, h.indexOf(':'));
        String rest = h.substring(h.indexOf(':') + 1);
        String region = rest.contains("@") ? rest.substring(rest.indexOf('@') + 1) : null;
        Role role = Role.valueOf((rest.contains("@") ? rest.substring(0, rest.indexOf('@')) : rest).toUpperCase(Locale.ROOT));
        Operator o = new Operator(name.hashCode(), name, role, region, "test");
        o.requireRole(route.rule().minRole());
        if (route.rule().scope() == RegionScope.NATIONAL && !o.national()) {
            throw new Problem(403, "forbidden", "National operators only", "this route is for national operators",
                    null, Map.of());
        }
        if (route.rule().scope() == RegionScope.PATH_REGION) {
            o.requireRegion(ctx.pathParam("region"), "region");
        }
        ctx.attribute(Operator.ATTRIBUTE, o);
    }
}

package org.fairshed.server.notify;

import java.util.Locale;
import java.util.Map;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.Role;
import org.fairshed.server.http.AccessHook;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.Route;

/**
 * TEST ONLY, until the real access hook (issue 11 §1) is merged: puts an {@link Operator} on the request from the
 * header {@code X-Test-Operator: role@region} ({@code administrator@} for national), checks the route's rule's role,
 * and answers 401 without the header.
 */
final class TestOperatorHook implements AccessHook {

    @Override
    public void check(io.javalin.http.Context ctx, Route route) {
        if (route.access() == Route.Access.PUBLIC) {
            return;
        }
        String h = ctx.header("X-Test-Operator");
        if (h == null || !h.contains("@")) {
            throw new Problem(401, "unauthorized", "Credentials required", "test operator header missing", null,
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        Role role = Role.valueOf(h.substring(0, h.indexOf('@')).toUpperCase(Locale.ROOT));
        String region = h.substring(h.indexOf('@') + 1);
        Operator op = new Operator(1, "test-" + h, role, region.isEmpty() ? null : region, "test");
        op.requireRole(route.rule().minRole());
        ctx.attribute(Operator.ATTRIBUTE, op);
    }
}

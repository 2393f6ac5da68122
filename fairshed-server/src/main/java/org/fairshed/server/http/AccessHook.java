package org.fairshed.server.http;

import io.javalin.http.Context;

/**
 * Decides, before a route's handler runs, whether the caller may use it. The default admits public routes and refuses
 * every other with 401; the operator flow (issue 11) replaces it with one that checks Bearer tokens and roles.
 */
@FunctionalInterface
public interface AccessHook {

    /** Throws a {@link Problem} (401, 403) when the caller may not use {@code route}. */
    void check(Context ctx, Route route);

    AccessHook PUBLIC_ONLY = (ctx, route) -> {
        if (route.access() != Route.Access.PUBLIC) {
            throw new Problem(401, "unauthorized", "Credentials required", "this route needs an operator's token",
                    null, java.util.Map.of("WWW-Authenticate", "Bearer"));
        }
    };
}

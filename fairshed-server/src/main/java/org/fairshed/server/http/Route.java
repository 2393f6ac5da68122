package org.fairshed.server.http;

import io.javalin.http.Handler;
import java.util.Objects;
import org.fairshed.server.access.AccessRule;

/**
 * One entry of the route table: method, Javalin path, who may call it, the handler. Every route the server answers is
 * in {@link RouteTable}; the access hook runs before each (issue 11's operator routes bring their own {@link Access}).
 *
 * @param openApiPath the path as the OpenAPI document names it ({@code /api/v1/regions/{region}}), null for a route
 *                    outside the API document (the document itself, feeds, the compatible endpoints are in it too)
 * @param rule        for an {@link Access#OPERATOR} route, who may call it (required there); null for a public route
 */
public record Route(String method, String path, Access access, String openApiPath, Handler handler, AccessRule rule) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (access == Access.OPERATOR && rule == null) {
            throw new IllegalArgumentException("operator route " + method + " " + path + " has no access rule");
        }
    }

    /** A public route. */
    public Route(String method, String path, Access access, String openApiPath, Handler handler) {
        this(method, path, access, openApiPath, handler, null);
    }

    /** An operator route with its rule (its path is under {@code /api/v1/operator/} or the dashboard's). */
    public static Route operator(String method, String path, String openApiPath, AccessRule rule, Handler handler) {
        return new Route(method, path, Access.OPERATOR, openApiPath, handler, Objects.requireNonNull(rule, "rule"));
    }

    /** Who may call a route. */
    public enum Access {
        /** Anyone, without credentials (the public read API). */
        PUBLIC,
        /** An operator with a valid token (issue 11); refused with 401 until an {@link AccessHook} admits it. */
        OPERATOR
    }
}

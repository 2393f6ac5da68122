package org.fairshed.server.http;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * One entry of the route table: method, Javalin path, who may call it, the handler. Every route the server answers is
 * in {@link RouteTable}; the access hook runs before each (issue 11's operator routes bring their own {@link Access}).
 *
 * @param openApiPath the path as the OpenAPI document names it ({@code /api/v1/regions/{region}}), null for a route
 *                    outside the API document (the document itself, feeds, the compatible endpoints are in it too)
 */
public record Route(String method, String path, Access access, String openApiPath, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    /** Who may call a route. */
    public enum Access {
        /** Anyone, without credentials (the public read API). */
        PUBLIC,
        /** An operator with a valid token (issue 11); refused with 401 until an {@link AccessHook} admits it. */
        OPERATOR
    }
}

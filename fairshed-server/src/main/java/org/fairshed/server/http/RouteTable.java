package org.fairshed.server.http;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route the server answers, in the order Javalin matches them. Built once by the server; tests enumerate it
 * (every route is in the OpenAPI document and has an access rule). The operator flow adds its routes here.
 */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    public RouteTable get(String path, String openApiPath, Handler handler) {
        routes.add(new Route("GET", path, Route.Access.PUBLIC, openApiPath, handler));
        return this;
    }

    public RouteTable add(Route route) {
        routes.add(route);
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}

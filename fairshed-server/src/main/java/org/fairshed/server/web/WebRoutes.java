package org.fairshed.server.web;

import org.fairshed.server.api.ApiContext;
import org.fairshed.server.http.RouteTable;

/** The public pages' routes, added to the server's table with one call (docs/pages.md). */
public final class WebRoutes {

    private WebRoutes() {
    }

    public static RouteTable add(RouteTable table, ApiContext api) {
        Pages pages = new Pages(api, Assets.load());
        return table
                .get("/", "/", pages::search)
                .get("/address/{id}", "/address/{id}", pages::address)
                .get("/group/{region}/{group}", "/group/{region}/{group}", pages::group)
                .get("/static/{file}", "/static/{file}", pages::asset)
                .get("/sw.js", "/sw.js", pages::serviceWorker);
    }
}

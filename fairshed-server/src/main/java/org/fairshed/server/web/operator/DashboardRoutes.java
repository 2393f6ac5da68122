package org.fairshed.server.web.operator;

import org.fairshed.server.access.AccessRule;
import org.fairshed.server.access.RegionScope;
import org.fairshed.server.access.Role;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.Route;
import org.fairshed.server.http.RouteTable;
import org.fairshed.server.operator.OperatorFlow;

/**
 * The dashboard's routes (docs/dashboard.md), added with one call: its pages under {@code /operator/} (every one an
 * operator route: any role reads, a regional account its region only), the login page and the two assets (public).
 */
public final class DashboardRoutes {

    private static final AccessRule READ = AccessRule.of(Role.VIEWER, RegionScope.RESOURCE);

    private DashboardRoutes() {
    }

    public static RouteTable add(RouteTable table, ApiContext api, OperatorFlow flow) {
        DashAssets assets = DashAssets.load();
        Dashboard d = new Dashboard(api, assets, flow);
        return table.get("/login", "/login", d::login)
                .get("/dash/{file}", "/dash/{file}", ctx -> {
                    var body = assets.get(ctx.pathParam("file"));
                    if (body == null) {
                        throw Problem.notFound("file", "there is no asset '" + Params.clip(ctx.pathParam("file")) + "'");
                    }
                    DashAssets.headers(ctx);
                    api.sendUncached(ctx, body);
                })
                .add(Route.operator("GET", "/operator", "/operator/", READ, d::overview))
                .add(Route.operator("GET", "/operator/drafts/{id}", "/operator/drafts/{id}", READ, d::draft))
                .add(Route.operator("GET", "/operator/regions/{region}", "/operator/regions/{region}",
                        AccessRule.of(Role.VIEWER, RegionScope.PATH_REGION), d::region));
    }
}

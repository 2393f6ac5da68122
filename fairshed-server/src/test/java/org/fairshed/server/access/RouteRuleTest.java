package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.fairshed.server.http.Route;
import org.fairshed.server.testing.AccessWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table-driven over the routes the server actually serves (its route table and what Javalin was given), so a route
 * added later — the flow's, the notifications' — is checked without editing this test: every route under
 * {@code /api/v1/operator/} or {@code /operator/} is an operator route with a rule; each answers 401 without
 * credentials, 403 to a role one below its rule's and to an account of another region (PATH_REGION, NATIONAL), and
 * 403 to a cookie-authenticated write without the CSRF token; a national administrator gets past the hook (reads only:
 * a write that passed it would act on the shared store).
 */
class RouteRuleTest {

    private static final String P = "rr-";
    private static AccessWorld a;
    private static String admin;
    private static String otherRegionAdmin;
    private static String sessionCookie;

    @BeforeAll
    static void start() {
        a = new AccessWorld();
        admin = a.account(P + "admin", Role.ADMINISTRATOR, null, null);
        otherRegionAdmin = a.account(P + "lviv-admin", Role.ADMINISTRATOR, "lviv", null);
        for (Role r : Role.values()) {
            a.account(P + r.name().toLowerCase(Locale.ROOT), r, null, null);
        }
        a.access.addAccount(P + "web", Role.ADMINISTRATOR, null, "correct horse battery", AccessWorld.ROOT, null);
        HttpResponse<String> login = a.send("POST", "/api/v1/session",
                "{\"name\":\"" + P + "web\",\"password\":\"correct horse battery\"}");
        assertThat(login.statusCode()).isEqualTo(201);
        sessionCookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @AfterAll
    static void stop() {
        a.close();
    }

    private static List<Route> operatorRoutes() {
        return a.server.routes().stream().filter(r -> r.access() == Route.Access.OPERATOR).toList();
    }

    @Test
    void everyRouteUnderTheOperatorPathsIsAnOperatorRouteWithARuleAndNothingBypassesTheTable() {
        List<Route> routes = a.server.routes();
        assertThat(operatorRoutes()).as("the access routes at least").hasSizeGreaterThanOrEqualTo(9);
        for (Route r : routes) {
            boolean operatorPath = operatorPath(r.path());
            assertThat(r.access() == Route.Access.OPERATOR).as(r.method() + " " + r.path()).isEqualTo(operatorPath);
            if (operatorPath) {
                assertThat(r.rule()).as(r.path()).isNotNull();
                if (r.rule().scope() == RegionScope.PATH_REGION) {
                    assertThat(r.path()).as("PATH_REGION needs {region}").contains("{region}");
                }
            }
        }
        Set<String> table = routes.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        List<String> served = a.server.servedEndpoints();
        assertThat(served).as("Javalin reports what it serves").isNotEmpty();
        for (String endpoint : served) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (method.equals("HEAD")) {
                method = "GET";
            }
            if (Set.of("BEFORE", "AFTER", "BEFORE_MATCHED", "AFTER_MATCHED").contains(method)) {
                assertThat(operatorPath(path)).as("no before/after handler of its own on " + path).isFalse();
                continue;
            }
            assertThat(table).as("served but not in the route table, so the access hook never runs: " + endpoint)
                    .contains(method + " " + path);
        }
    }

    @Test
    void everyOperatorRouteRefusesAMissingCredentialWith401() {
        List<String> wrong = new ArrayList<>();
        for (Route r : operatorRoutes()) {
            for (String method : r.method().equals("GET") ? List.of("GET", "HEAD") : List.of(r.method())) {
                HttpResponse<String> resp = a.send(method, concrete(r.path(), "kyiv"), null);
                if (resp.statusCode() != 401 || resp.headers().firstValue("WWW-Authenticate").isEmpty()) {
                    wrong.add(method + " " + r.path() + ": " + resp.statusCode());
                }
                HttpResponse<String> bad = a.bearer(method, concrete(r.path(), "kyiv"), null, "fst_AAAAAAAA_" + "x".repeat(43));
                if (bad.statusCode() != 401) {
                    wrong.add(method + " " + r.path() + " with an unknown token: " + bad.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperatorRouteRefusesARoleBelowItsRuleAndAnotherRegionWith403() {
        List<String> wrong = new ArrayList<>();
        int checkedRoles = 0;
        int checkedRegions = 0;
        for (Route r : operatorRoutes()) {
            AccessRule rule = r.rule();
            String path = concrete(r.path(), "kyiv");
            if (rule.minRole() != Role.VIEWER) {
                Role below = Role.values()[rule.minRole().ordinal() - 1];
                String token = a.access.issueToken(P + below.name().toLowerCase(Locale.ROOT), below, null, 1, "rr",
                        AccessWorld.ROOT, null).secret();
                HttpResponse<String> resp = a.bearer(r.method(), path, null, token);
                checkedRoles++;
                if (resp.statusCode() != 403) {
                    wrong.add(r.method() + " " + r.path() + " as " + below + ": " + resp.statusCode());
                }
            }
            if (rule.scope() == RegionScope.PATH_REGION || rule.scope() == RegionScope.NATIONAL) {
                HttpResponse<String> resp = a.bearer(r.method(), path, null, otherRegionAdmin);
                checkedRegions++;
                if (resp.statusCode() != 403) {
                    wrong.add(r.method() + " " + r.path() + " from region lviv: " + resp.statusCode());
                }
            }
            if (!r.method().equals("GET")) {
                continue; // a write that passed the hook would act on the shared test store (DELETE .../1)
            }
            HttpResponse<String> admitted = a.bearer(r.method(), path, null, admin);
            if (admitted.statusCode() == 401 || admitted.statusCode() == 403 && admitted.body().contains("forbidden")
                    && rule.scope() != RegionScope.RESOURCE) {
                wrong.add(r.method() + " " + r.path() + " refused a national administrator: " + admitted.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checkedRoles).as("routes with a role above viewer").isPositive();
        System.out.println("route-rule test: " + operatorRoutes().size() + " operator routes, " + checkedRoles
                + " role checks, " + checkedRegions + " region checks");
    }

    @Test
    void everyCookieAuthenticatedWriteNeedsTheCsrfToken() {
        List<String> wrong = new ArrayList<>();
        for (Route r : operatorRoutes()) {
            if (r.method().equals("GET")) {
                continue;
            }
            HttpResponse<String> resp = a.send(r.method(), concrete(r.path(), "kyiv"), "{}", "Cookie", sessionCookie);
            if (resp.statusCode() != 403 || !resp.body().contains("urn:fairshed:problem:csrf")) {
                wrong.add(r.method() + " " + r.path() + ": " + resp.statusCode() + " " + resp.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", sessionCookie).statusCode()).isEqualTo(200);
    }

    static boolean operatorPath(String path) {
        return path.startsWith("/api/v1/operator/") || path.equals("/api/v1/operator") || path.startsWith("/operator/")
                || path.equals("/operator");
    }

    /** The route's path with the least parameters that reach the hook: {region} as given, every other as 1. */
    static String concrete(String path, String region) {
        return path.replace("{region}", region).replaceAll("\\{[^}]+}", "1").replaceAll("<[^>]+>", "1");
    }
}

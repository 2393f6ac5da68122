package org.fairshed.server.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard over HTTP: login redirect, 401, roles, regions, CSRF, the pages' content and headers. */
class DashboardTest {

    private static DashWorld w;

    @BeforeAll
    static void start() {
        w = DashWorld.get();
    }

    @Test
    void aBrowserWithoutSessionIsSentToLoginAndAnApiClientGets401() {
        HttpResponse<String> browser = w.send("GET", "/operator/?lang=en", null, "Accept", "text/html,*/*");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).hasValue("/login?next=%2Foperator%2F&lang=en");
        HttpResponse<String> api = w.send("GET", "/operator/", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();
        HttpResponse<String> login = w.send("GET", "/login?next=/operator/", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login\"").contains("data-next=\"/operator/\"");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(w.send("GET", "/login?next=https://evil.example/", null).body()).contains("data-next=\"/operator/\"");
    }

    @Test
    void theOverviewShowsChartMapAndQueueAndTheRoleDecidesTheForms() {
        String[] pub = w.login("dash-publisher");
        HttpResponse<String> p = w.send("GET", "/operator/?lang=en", null, "Cookie", pub[0]);
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.body()).contains("<svg class=\"chart\"", "<svg class=\"map\"", "id=\"upload-form\"",
                "class=\"emergency-form\"", "name=\"csrf-token\" content=\"" + pub[1] + "\"");
        assertThat(p.body()).doesNotContain("<script>");
        String[] viewer = w.login("dash-viewer");
        HttpResponse<String> v = w.send("GET", "/operator/", null, "Cookie", viewer[0]);
        assertThat(v.statusCode()).isEqualTo(200);
        assertThat(v.body()).contains("<svg class=\"chart\"").doesNotContain("id=\"upload-form\"")
                .doesNotContain("emergency-form");
    }

    @Test
    void aRegionalAccountSeesItsRegionOnlyAnd403Elsewhere() {
        String[] r = w.login("dash-regional");
        String other = w.store.organisation().regions().stream().map(x -> x.code()).filter(c -> !c.equals(w.region))
                .findFirst().orElseThrow();
        assertThat(w.send("GET", "/operator/regions/" + w.region, null, "Cookie", r[0]).statusCode()).isEqualTo(200);
        assertThat(w.send("GET", "/operator/regions/" + other, null, "Cookie", r[0]).statusCode()).isEqualTo(403);
        String overview = w.send("GET", "/operator/", null, "Cookie", r[0]).body();
        assertThat(overview).contains("/operator/regions/" + w.region + "?").doesNotContain("/operator/regions/" + other
                + "?");
    }

    @Test
    void aWriteWithTheCookieButWithoutTheCsrfTokenIsRefused() {
        String[] pub = w.login("dash-publisher");
        HttpResponse<String> no = w.send("POST", "/api/v1/operator/regions/" + w.region + "/emergency",
                "{\"message\":\"x\",\"days\":[\"2030-01-01\"]}", "Cookie", pub[0]);
        assertThat(no.statusCode()).isEqualTo(403);
        assertThat(no.body()).contains("csrf");
    }
}

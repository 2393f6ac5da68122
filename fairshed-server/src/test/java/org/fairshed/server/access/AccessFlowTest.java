package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.fairshed.server.testing.AccessWorld;
import org.fairshed.store.model.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, sessions, CSRF, tokens and the administration over HTTP, with the real access hook. */
class AccessFlowTest {

    static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = "af-";
    private static AccessWorld a;

    @BeforeAll
    static void start() {
        a = new AccessWorld(AccessParameters.defaults().withLoginLimits(1000, 3, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() {
        a.close();
    }

    static String login(AccessWorld world, String name, String password) {
        return world.send("POST", "/api/v1/session", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}")
                .headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(null);
    }

    @Test
    void aLoginSetsAStrictHttpOnlyCookieWhoseWritesNeedTheCsrfTokenAndLogoutEndsIt() throws Exception {
        a.account(P + "olena", Role.PUBLISHER, "kyiv", PASSWORD);
        HttpResponse<String> r = a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "olena\",\"password\":\""
                + PASSWORD + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("fairshed_session=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/").contains("; Max-Age=43200").doesNotContain("Secure");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("name").asText()).isEqualTo(P + "olena");
        assertThat(body.path("role").asText()).isEqualTo("publisher");
        assertThat(body.path("region").asText()).isEqualTo("kyiv");
        String csrf = body.path("csrfToken").asText();
        String cookie = setCookie.split(";")[0];

        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", cookie).body()).contains(csrf);
        String issue = "{\"label\":\"automation\",\"role\":\"planner\"}";
        assertThat(a.send("POST", "/api/v1/operator/tokens", issue, "Cookie", cookie).statusCode()).isEqualTo(403);
        assertThat(a.send("POST", "/api/v1/operator/tokens", issue, "Cookie", cookie, "X-CSRF-Token", csrf + "x")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> issued = a.send("POST", "/api/v1/operator/tokens", issue, "Cookie", cookie,
                "X-CSRF-Token", csrf);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(JSON.readTree(issued.body()).path("details").path("region").asText()).isEqualTo("kyiv");
        String form = "name=x";
        assertThat(a.send("POST", "/api/v1/session", null, "Content-Type", "application/x-www-form-urlencoded")
                .statusCode()).as(form).isEqualTo(415);

        assertThat(a.send("DELETE", "/api/v1/operator/session", null, "Cookie", cookie).statusCode()).isEqualTo(403);
        HttpResponse<String> out = a.send("DELETE", "/api/v1/operator/session", null, "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", cookie).statusCode()).isEqualTo(401);
        assertThat(a.w.store.audit().recent(20)).extracting(AuditEntry::action).contains("login", "logout", "token.issue");
    }

    @Test
    void anOperatorChangesItsPasswordWithTheCurrentOneAndEverySessionEnds() {
        a.account(P + "pw", Role.VIEWER, null, PASSWORD);
        String cookie = login(a, P + "pw", PASSWORD);
        String other = login(a, P + "pw", PASSWORD);
        String csrf = Secrets.csrfToken(cookie.substring(cookie.indexOf('=') + 1));
        String change = "{\"current\":\"wrong wrong wrong\",\"password\":\"a new long password\"}";
        assertThat(a.send("POST", "/api/v1/operator/session/password", change, "Cookie", cookie, "X-CSRF-Token", csrf)
                .statusCode()).isEqualTo(403);
        assertThat(a.send("POST", "/api/v1/operator/session/password", "{\"current\":\"" + PASSWORD
                + "\",\"password\":\"short\"}", "Cookie", cookie, "X-CSRF-Token", csrf).statusCode()).isEqualTo(400);
        assertThat(a.send("POST", "/api/v1/operator/session/password", "{\"current\":\"" + PASSWORD
                + "\",\"password\":\"a new long password\"}", "Cookie", cookie, "X-CSRF-Token", csrf).statusCode())
                .isEqualTo(204);
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", other).statusCode()).isEqualTo(401);
        assertThat(login(a, P + "pw", PASSWORD)).isNull();
        assertThat(login(a, P + "pw", "a new long password")).isNotNull();
    }

    @Test
    void theLoginPageAdmitsNoInlineScriptAndNoFraming() throws Exception {
        // the page is the dashboard's (web.operator); what access needs of it: no inline script, no framing
        HttpResponse<String> page = a.send("GET", "/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("autocomplete=\"current-password\"");
    }

    @Test
    void everyFailedLoginGetsTheSameAnswerAndANameIsLimitedAfterThreeFailures() throws Exception {
        a.account(P + "petro", Role.VIEWER, null, PASSWORD);
        a.account(P + "gone", Role.VIEWER, null, PASSWORD);
        a.access.disable(P + "gone", AccessWorld.ROOT, null);
        HttpResponse<String> unknown = a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "nobody\",\"password\":\"x\"}");
        HttpResponse<String> wrong = a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "petro\",\"password\":\"x\"}");
        HttpResponse<String> disabled = a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "gone\",\"password\":\""
                + PASSWORD + "\"}");
        for (HttpResponse<String> r : List.of(unknown, wrong, disabled)) {
            assertThat(r.statusCode()).isEqualTo(401);
            JsonNode p = JSON.readTree(r.body());
            assertThat(p.path("detail").asText()).isEqualTo("the name or the password is wrong");
            assertThat(p.path("type").asText()).isEqualTo("urn:fairshed:problem:login-failed");
        }
        a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "petro\",\"password\":\"y\"}");
        a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "petro\",\"password\":\"z\"}");
        HttpResponse<String> limited = a.send("POST", "/api/v1/session", "{\"name\":\"" + P + "petro\",\"password\":\""
                + PASSWORD + "\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("30");
        a.clock.advance(Duration.ofSeconds(31));
        assertThat(login(a, P + "petro", PASSWORD)).isNotNull();
        assertThat(a.w.store.audit().recent(50)).filteredOn(e -> e.action().equals("login.failed"))
                .allSatisfy(e -> assertThat(e.detailJson()).doesNotContain(P + "nobody"))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("account:" + P + "petro"));
    }

    @Test
    void aPerAddressLimitStopsGuessingAcrossNames() {
        try (AccessWorld tight = new AccessWorld(AccessParameters.defaults().withLoginLimits(3, 100,
                Duration.ofMinutes(1)))) {
            for (int i = 0; i < 3; i++) {
                assertThat(tight.send("POST", "/api/v1/session", "{\"name\":\"" + P + "n" + i + "\",\"password\":\"x\"}")
                        .statusCode()).isEqualTo(401);
            }
            HttpResponse<String> r = tight.send("POST", "/api/v1/session", "{\"name\":\"" + P + "n9\",\"password\":\"x\"}");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).contains("60");
        }
    }

    @Test
    void aSessionEndsAfterItsIdleTimeAndAfterItsAbsoluteTimeHoweverBusy() {
        a.account(P + "idle", Role.VIEWER, null, PASSWORD);
        String cookie = login(a, P + "idle", PASSWORD);
        a.clock.advance(Duration.ofMinutes(29));
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", cookie).statusCode()).isEqualTo(200);
        a.clock.advance(Duration.ofMinutes(29));
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", cookie).statusCode()).isEqualTo(200);
        a.clock.advance(Duration.ofMinutes(31));
        assertThat(a.send("GET", "/api/v1/operator/session", null, "Cookie", cookie).statusCode()).isEqualTo(401);

        String busy = login(a, P + "idle", PASSWORD);
        for (int i = 0; i < 36; i++) {
            a.clock.advance(Duration.ofMinutes(20));
            int status = a.send("GET", "/api/v1/operator/session", null, "Cookie", busy).statusCode();
            assertThat(status).as("after " + (i + 1) * 20 + " minutes").isEqualTo(i < 35 ? 200 : 401);
        }
        assertThat(a.w.store.audit().recent(10)).anySatisfy(e -> assertThat(e.detailJson()).contains("absolute timeout"))
                .anySatisfy(e -> assertThat(e.detailJson()).contains("idle timeout"));
    }

    @Test
    void tokensAreScopedByTheirCreatorRevocableExpiringAndRecordTheirLastUse() throws Exception {
        String publisher = a.account(P + "pub", Role.PUBLISHER, null, PASSWORD);
        HttpResponse<String> tooMuch = a.bearer("POST", "/api/v1/operator/tokens", "{\"role\":\"administrator\"}", publisher);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMuch.body()).path("field").asText()).isEqualTo("role");
        HttpResponse<String> other = a.bearer("POST", "/api/v1/operator/tokens", "{\"account\":\"" + P + "olena2\"}", publisher);
        assertThat(other.statusCode()).isIn(400, 403);
        HttpResponse<String> tooLong = a.bearer("POST", "/api/v1/operator/tokens", "{\"expiresInDays\":366}", publisher);
        assertThat(tooLong.statusCode()).isEqualTo(400);

        HttpResponse<String> r = a.bearer("POST", "/api/v1/operator/tokens", "{\"role\":\"viewer\",\"region\":\"lviv\","
                + "\"expiresInDays\":2}", publisher);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode issued = JSON.readTree(r.body());
        String token = issued.path("token").asText();
        String id = issued.path("details").path("id").asText();
        assertThat(token).startsWith(id + "_").hasSize(4 + 8 + 1 + 43);
        assertThat(issued.path("details").path("expiresAt").asText()).isEqualTo(a.clock.instant()
                .plus(Duration.ofDays(2)).toString());

        HttpResponse<String> me = a.bearer("GET", "/api/v1/operator/session", null, token);
        assertThat(JSON.readTree(me.body()).path("role").asText()).isEqualTo("viewer");
        assertThat(JSON.readTree(me.body()).path("via").asText()).isEqualTo("token:" + id);
        assertThat(a.bearer("GET", "/api/v1/operator/regions/kyiv/audit", null, token).statusCode()).isEqualTo(403);
        assertThat(a.bearer("GET", "/api/v1/operator/regions/lviv/audit", null, token).statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(a.bearer("GET", "/api/v1/operator/tokens", null, publisher).body());
        assertThat(list.path("tokens").findValuesAsText("id")).contains(id);
        assertThat(list.toString()).doesNotContain(token.substring(13));
        assertThat(a.access.store().tokens().find(id).orElseThrow().lastUsedFrom()).isEqualTo("127.0.0.1");

        a.clock.advance(Duration.ofDays(2));
        assertThat(a.bearer("GET", "/api/v1/operator/session", null, token).statusCode()).isEqualTo(401);
        String second = JSON.readTree(a.bearer("POST", "/api/v1/operator/tokens", "{}", publisher).body())
                .path("token").asText();
        assertThat(a.bearer("DELETE", "/api/v1/operator/tokens/" + Secrets.prefixOf(second), null, publisher)
                .statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = a.bearer("GET", "/api/v1/operator/session", null, second);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void administratorsManageAccountsInTheirScopeOnlyAndEveryChangeIsAudited() throws Exception {
        String national = a.account(P + "root", Role.ADMINISTRATOR, null, PASSWORD);
        String kyivAdmin = a.account(P + "kyiv-admin", Role.ADMINISTRATOR, "kyiv", PASSWORD);
        String planner = a.account(P + "planner", Role.PLANNER, "kyiv", PASSWORD);
        assertThat(a.bearer("GET", "/api/v1/operator/accounts", null, planner).statusCode()).isEqualTo(403);
        assertThat(a.bearer("POST", "/api/v1/operator/accounts", "{\"name\":\"" + P + "x\",\"role\":\"viewer\","
                + "\"region\":\"lviv\"}", kyivAdmin).statusCode()).isEqualTo(403);
        assertThat(a.bearer("POST", "/api/v1/operator/accounts", "{\"name\":\"" + P + "x\",\"role\":\"viewer\"}",
                kyivAdmin).statusCode()).as("a national account from a regional administrator").isEqualTo(403);
        HttpResponse<String> made = a.bearer("POST", "/api/v1/operator/accounts", "{\"name\":\"" + P + "ivan\","
                + "\"role\":\"planner\",\"region\":\"kyiv\"}", kyivAdmin);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String generated = JSON.readTree(made.body()).path("password").asText();
        assertThat(generated).hasSize(20);
        assertThat(login(a, P + "ivan", generated)).isNotNull();
        JsonNode kyivList = JSON.readTree(a.bearer("GET", "/api/v1/operator/accounts", null, kyivAdmin).body());
        assertThat(kyivList.path("accounts").findValuesAsText("region")).containsOnly("kyiv");
        String ivanToken = a.access.issueToken(P + "ivan", Role.PLANNER, null, null, null, AccessWorld.ROOT, null).secret();

        assertThat(a.bearer("POST", "/api/v1/operator/accounts/" + P + "root/disable", null, kyivAdmin).statusCode())
                .isEqualTo(403);
        HttpResponse<String> off = a.bearer("POST", "/api/v1/operator/accounts/" + P + "ivan/disable", null, national);
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(off.body()).path("active").asBoolean()).isFalse();
        assertThat(a.bearer("GET", "/api/v1/operator/session", null, ivanToken).statusCode()).isEqualTo(401);

        JsonNode audit = JSON.readTree(a.bearer("GET", "/api/v1/operator/audit?limit=200", null, kyivAdmin).body());
        assertThat(audit.path("entries").findValuesAsText("region")).containsOnly("kyiv");
        JsonNode disable = null;
        for (JsonNode e : JSON.readTree(a.bearer("GET", "/api/v1/operator/audit?limit=200", null, national).body())
                .path("entries")) {
            if (e.path("action").asText().equals("account.disable") && e.path("subject").asText().equals("account:" + P + "ivan")) {
                disable = e;
            }
        }
        assertThat(disable).isNotNull();
        assertThat(disable.path("actor").asText()).isEqualTo(P + "root");
        assertThat(disable.path("via").asText()).startsWith("token:fst_");
        assertThat(disable.path("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(disable.path("detail").path("before").asText()).isEqualTo("PLANNER@kyiv password");
        assertThat(disable.path("detail").path("tokensRevoked").asInt()).isEqualTo(1);
    }
}

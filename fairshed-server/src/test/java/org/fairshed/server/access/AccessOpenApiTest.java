package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairshed.server.testing.AccessWorld;
import org.fairshed.server.testing.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** The access routes' real responses, successes and problems, against the OpenAPI document. */
class AccessOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAccessRoutesResponsesMatchTheDocument() throws Exception {
        OpenApiDocument doc = new OpenApiDocument();
        List<String> failures = new ArrayList<>();
        try (AccessWorld a = new AccessWorld()) {
            String admin = a.account("oa-admin", Role.ADMINISTRATOR, null, AccessFlowTest.PASSWORD);
            String viewer = a.account("oa-viewer", Role.VIEWER, "kyiv", null);
            String login = "{\"name\":\"oa-admin\",\"password\":\"" + AccessFlowTest.PASSWORD + "\"}";
            HttpResponse<String> session = a.send("POST", "/api/v1/session", login);
            check(doc, failures, "post", "/api/v1/session", session, 201);
            check(doc, failures, "post", "/api/v1/session", a.send("POST", "/api/v1/session", "{\"name\":\"oa-admin\","
                    + "\"password\":\"wrong\"}"), 401);
            check(doc, failures, "post", "/api/v1/session", a.send("POST", "/api/v1/session", "{}"), 400);
            check(doc, failures, "get", "/api/v1/operator/session", a.bearer("GET", "/api/v1/operator/session", null,
                    admin), 200);
            String cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            check(doc, failures, "get", "/api/v1/operator/session", a.send("GET", "/api/v1/operator/session", null,
                    "Cookie", cookie), 200);
            check(doc, failures, "get", "/api/v1/operator/session", a.send("GET", "/api/v1/operator/session", null), 401);
            check(doc, failures, "get", "/api/v1/operator/accounts", a.bearer("GET", "/api/v1/operator/accounts", null,
                    admin), 200);
            check(doc, failures, "get", "/api/v1/operator/accounts", a.bearer("GET", "/api/v1/operator/accounts", null,
                    viewer), 403);
            check(doc, failures, "post", "/api/v1/operator/accounts", a.bearer("POST", "/api/v1/operator/accounts",
                    "{\"name\":\"oa-new\",\"role\":\"planner\",\"region\":\"kyiv\"}", admin), 201);
            check(doc, failures, "post", "/api/v1/operator/accounts", a.bearer("POST", "/api/v1/operator/accounts",
                    "{\"name\":\"oa-new2\",\"role\":\"king\"}", admin), 400);
            check(doc, failures, "post", "/api/v1/operator/accounts", a.send("POST", "/api/v1/operator/accounts",
                    "{\"name\":\"oa-new2\",\"role\":\"viewer\"}", "Cookie", cookie), 403);
            check(doc, failures, "post", "/api/v1/operator/tokens", a.bearer("POST", "/api/v1/operator/tokens",
                    "{\"account\":\"oa-new\",\"label\":\"bot\",\"expiresInDays\":30}", admin), 201);
            check(doc, failures, "post", "/api/v1/operator/tokens", a.send("POST", "/api/v1/operator/tokens", "x",
                    "Authorization", "Bearer " + admin, "Content-Type", "text/plain"), 415);
            check(doc, failures, "get", "/api/v1/operator/tokens", a.bearer("GET", "/api/v1/operator/tokens", null,
                    admin), 200);
            check(doc, failures, "delete", "/api/v1/operator/tokens/{id}", a.bearer("DELETE", "/api/v1/operator/tokens/"
                    + Secrets.prefixOf(viewer), null, admin), 204);
            check(doc, failures, "delete", "/api/v1/operator/tokens/{id}", a.bearer("DELETE",
                    "/api/v1/operator/tokens/fst_ZZZZZZZZ", null, admin), 404);
            check(doc, failures, "post", "/api/v1/operator/accounts/{name}/disable", a.bearer("POST",
                    "/api/v1/operator/accounts/oa-new/disable", null, admin), 200);
            check(doc, failures, "post", "/api/v1/operator/accounts/{name}/disable", a.bearer("POST",
                    "/api/v1/operator/accounts/oa-none/disable", null, admin), 404);
            check(doc, failures, "get", "/api/v1/operator/audit", a.bearer("GET", "/api/v1/operator/audit?limit=3",
                    null, admin), 200);
            check(doc, failures, "get", "/api/v1/operator/audit", a.bearer("GET", "/api/v1/operator/audit?limit=0",
                    null, admin), 400);
            check(doc, failures, "get", "/api/v1/operator/regions/{region}/audit", a.bearer("GET",
                    "/api/v1/operator/regions/kyiv/audit", null, admin), 200);
            check(doc, failures, "delete", "/api/v1/operator/session", a.send("DELETE", "/api/v1/operator/session", null,
                    "Cookie", cookie, "X-CSRF-Token", JSON.readTree(session.body()).path("csrfToken").asText()), 204);
            String pw = "/api/v1/operator/session/password";
            check(doc, failures, "post", pw, a.bearer("POST", pw, "{\"current\":\"nope\",\"password\":\"x\"}",
                    admin), 403);
            check(doc, failures, "post", pw, a.bearer("POST", pw, "{\"current\":\"" + AccessFlowTest.PASSWORD
                    + "\",\"password\":\"" + AccessFlowTest.PASSWORD + "!\"}", admin), 204);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(OpenApiDocument doc, List<String> failures, String method, String path,
                              HttpResponse<String> r, int expected) {
        String what = method.toUpperCase(Locale.ROOT) + " " + r.uri().getPath();
        if (r.statusCode() != expected) {
            failures.add(what + ": status " + r.statusCode() + ", expected " + expected + ": " + r.body());
            return;
        }
        String media = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
        for (String p : doc.validate(method, path, r.statusCode(), media, r.body())) {
            failures.add(what + " " + r.statusCode() + ": " + p);
        }
    }
}

package org.fairshed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.server.http.Route;
import org.fairshed.server.testing.OpenApiDocument;
import org.fairshed.server.testing.TestWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route's real responses against the OpenAPI document, with a maintained validator: a 200 of each, and the
 * problems of bad input. A route missing from the document, or a documented path no route serves, fails too.
 */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorld w;
    private static OpenApiDocument doc;
    private static Map<String, List<String>> samples;

    @BeforeAll
    static void start() throws Exception {
        w = TestWorld.get();
        doc = new OpenApiDocument();
        JsonNode hit = JSON.readTree(w.get("/api/v1/addresses?q=khreshchatyk%2022").body()).path("results").get(0);
        long id = hit.path("id").asLong();
        JsonNode compat = JSON.readTree(w.get("/api/v1/regions/compat").body());
        int rid = compat.path("id").asInt();
        int dso = compat.path("dsos").get(0).path("id").asInt();
        JsonNode street = JSON.readTree(w.get("/compat/yasno/addresses/v2/streets?regionId=" + rid + "&dsoId=" + dso
                + "&query=derybas").body()).get(0);
        long streetId = street.path("id").asLong();
        JsonNode house = JSON.readTree(w.get("/compat/yasno/addresses/v2/houses?regionId=" + rid + "&dsoId=" + dso
                + "&streetId=" + streetId).body()).get(0);
        String y = "?regionId=" + rid + "&dsoId=" + dso;
        samples = new LinkedHashMap<>();
        samples.put("/api/v1/health", List.of("/api/v1/health"));
        samples.put("/api/v1/openapi.json", List.of("/api/v1/openapi.json"));
        samples.put("/api/v1/regions", List.of("/api/v1/regions"));
        samples.put("/api/v1/regions/{region}", List.of("/api/v1/regions/kyiv", "/api/v1/regions/events"));
        samples.put("/api/v1/regions/{region}/groups", List.of("/api/v1/regions/kyiv/groups"));
        samples.put("/api/v1/regions/{region}/groups/{group}/schedule", List.of("/api/v1/regions/kyiv/groups/3.1/schedule",
                "/api/v1/regions/lviv/groups/3.1/schedule?from=2026-03-28&to=2026-03-31",
                "/api/v1/regions/events/groups/1.1/schedule"));
        samples.put("/api/v1/regions/{region}/status", List.of("/api/v1/regions/kyiv/status?from=2026-10-24&to=2026-10-27"));
        samples.put("/api/v1/regions/{region}/ledger", List.of("/api/v1/regions/kyiv/ledger", "/api/v1/regions/events/ledger"));
        samples.put("/api/v1/regions/{region}/revisions", List.of("/api/v1/regions/kyiv/revisions?limit=5"));
        samples.put("/api/v1/regions/{region}/revisions/{number}", List.of("/api/v1/regions/kyiv/revisions/1"));
        samples.put("/api/v1/regions/{region}/revisions/{number}/diff", List.of("/api/v1/regions/kyiv/revisions/1/diff?from=1"));
        samples.put("/api/v1/addresses", List.of("/api/v1/addresses?q=khre", "/api/v1/addresses?q=%D0%A8%D0%B5%D0%B2&limit=3"));
        samples.put("/api/v1/addresses/{id}", List.of("/api/v1/addresses/" + id));
        samples.put("/api/v1/events", List.of("/api/v1/events", "/api/v1/events?region=kyiv&group=3.1"));
        samples.put("/ics/address/{id}.ics", List.of("/ics/address/" + id + ".ics"));
        samples.put("/ics/{region}/{group}.ics", List.of("/ics/kyiv/3.1.ics"));
        samples.put("/compat/yasno/addresses/v2/regions", List.of("/compat/yasno/addresses/v2/regions"));
        samples.put("/compat/yasno/addresses/v2/streets", List.of("/compat/yasno/addresses/v2/streets" + y + "&query=Дериб"));
        samples.put("/compat/yasno/addresses/v2/houses", List.of("/compat/yasno/addresses/v2/houses" + y + "&streetId=" + streetId));
        samples.put("/compat/yasno/addresses/v2/group", List.of("/compat/yasno/addresses/v2/group" + y + "&streetId="
                + streetId + "&houseId=" + house.path("id").asLong()));
        samples.put("/compat/yasno/regions/{regionId}/dsos/{dsoId}/planned-outages",
                List.of("/compat/yasno/regions/" + rid + "/dsos/" + dso + "/planned-outages"));
        samples.put("/compat/yasno/probable-outages", List.of("/compat/yasno/probable-outages" + y));
        // the public pages (issue 12): HTML, and their assets under hashed names
        String css = w.get("/").body().replaceAll("(?s).*href=\"(/static/[^\"]+\\.css)\".*", "$1");
        samples.put("/", List.of("/", "/?q=khre&lang=en", "/?region=kyiv"));
        samples.put("/address/{id}", List.of("/address/" + id, "/address/" + id + "?lang=en"));
        samples.put("/group/{region}/{group}", List.of("/group/kyiv/3.1"));
        samples.put("/static/{file}", List.of(css));
        samples.put("/sw.js", List.of("/sw.js"));
        // notifications (issue 11): the push key and the CAP alerts
        samples.put("/api/v1/push/key", List.of("/api/v1/push/key"));
        samples.put("/cap/{region}.xml", List.of("/cap/kyiv.xml"));
        samples.put("/cap/{region}/revisions/{number}.xml", List.of("/cap/kyiv/revisions/1.xml"));
        // the dashboard's public parts (its pages need a session: web.operator.DashboardTest)
        String dashCss = w.get("/login").body().replaceAll("(?s).*href=\"(/dash/[^\"]+\\.css)\".*", "$1");
        samples.put("/login", List.of("/login", "/login?lang=en&next=/operator/"));
        samples.put("/dash/{file}", List.of(dashCss));
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedPathIsServed() {
        List<String> served = w.server.routes().stream().map(Route::openApiPath).distinct().toList();
        assertThat(doc.paths()).containsExactlyInAnyOrderElementsOf(served);
        for (Route r : w.server.routes()) {
            assertThat(doc.has(r.method().toLowerCase(java.util.Locale.ROOT), r.openApiPath())).as(r.method() + " "
                    + r.path()).isTrue();
        }
        // the public reads are sampled here; the operator routes and the login in their own tests (AccessOpenApiTest ...)
        List<String> publicReads = w.server.routes().stream().filter(r -> r.access() == Route.Access.PUBLIC
                && r.method().equals("GET")).map(Route::openApiPath).distinct().toList();
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(publicReads);
    }

    @Test
    void theValidatorRejectsABodyThatBreaksTheDocument() {
        assertThat(doc.validate("/api/v1/regions/{region}", 200, "application/json", "{\"code\": 1}")).isNotEmpty();
        assertThat(doc.validate("/api/v1/regions/{region}/groups/{group}/schedule", 200, "application/json",
                "{\"region\":\"k\",\"group\":\"3.1\",\"zone\":\"Europe/Kyiv\",\"from\":\"2026-10-25\","
                        + "\"to\":\"2026-10-25\",\"published\":1,\"days\":[{\"day\":\"x\"}]}")).isNotEmpty();
    }

    @Test
    void everyRoutesResponseMatchesTheDocument() throws Exception {
        List<String> failures = new ArrayList<>();
        for (var e : samples.entrySet()) {
            for (String url : e.getValue()) {
                if (e.getKey().equals("/api/v1/events")) {
                    checkStream(url, failures);
                    continue;
                }
                HttpResponse<String> r = w.get(url.replace("Дериб", "%D0%94%D0%B5%D1%80%D0%B8%D0%B1"));
                String media = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
                if (r.statusCode() != 200) {
                    failures.add(url + ": status " + r.statusCode() + " " + r.body());
                    continue;
                }
                for (String p : doc.validate(e.getKey(), r.statusCode(), media, media.startsWith("application/") && !media.endsWith("xml")
                        ? r.body() : JSON.writeValueAsString(r.body()))) {
                    failures.add(url + ": " + p);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void checkStream(String url, List<String> failures) throws Exception {
        HttpResponse<InputStream> r = w.http.send(HttpRequest.newBuilder(URI.create(w.url(url))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String media = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
        if (r.statusCode() != 200 || !media.equals("text/event-stream")) {
            failures.add(url + ": " + r.statusCode() + " " + media);
        }
        if (doc.validate("/api/v1/events", 200, media, "\"stream\"").size() > 0) {
            failures.add(url + ": not documented as text/event-stream");
        }
        r.body().close();
    }

    /** Bad input is a documented problem naming the parameter, never a 500, never a stack trace. */
    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        JsonNode compat = JSON.readTree(w.get("/api/v1/regions/compat").body());
        int rid = compat.path("id").asInt();
        int dso = compat.path("dsos").get(0).path("id").asInt();
        String y = "?regionId=" + rid + "&dsoId=" + dso;
        String[][] cases = {
            {"/api/v1/regions/nowhere", "/api/v1/regions/{region}", "404", "region"},
            {"/api/v1/regions/kyiv/groups/9.9/schedule", "/api/v1/regions/{region}/groups/{group}/schedule", "404", "group"},
            {"/api/v1/regions/kyiv/groups/3.1/schedule?from=2026-13-01", "/api/v1/regions/{region}/groups/{group}/schedule", "400", "from"},
            {"/api/v1/regions/kyiv/groups/3.1/schedule?from=2026-10-25&to=2026-10-24", "/api/v1/regions/{region}/groups/{group}/schedule", "400", "to"},
            {"/api/v1/regions/kyiv/groups/3.1/schedule?from=2026-01-01&to=2026-12-31", "/api/v1/regions/{region}/groups/{group}/schedule", "400", "to"},
            {"/api/v1/regions/kyiv/status?from=1999-01-01", "/api/v1/regions/{region}/status", "400", "from"},
            {"/api/v1/regions/kyiv/revisions?limit=0", "/api/v1/regions/{region}/revisions", "400", "limit"},
            {"/api/v1/regions/kyiv/revisions/abc", "/api/v1/regions/{region}/revisions/{number}", "400", "number"},
            {"/api/v1/regions/kyiv/revisions/1/diff?from=x", "/api/v1/regions/{region}/revisions/{number}/diff", "400", "from"},
            {"/api/v1/regions/kyiv/revisions/7/diff", "/api/v1/regions/{region}/revisions/{number}/diff", "404", "number"},
            {"/api/v1/addresses", "/api/v1/addresses", "400", "q"},
            {"/api/v1/addresses?q=" + "a".repeat(201), "/api/v1/addresses", "400", "q"},
            {"/api/v1/addresses?q=a&limit=1000", "/api/v1/addresses", "400", "limit"},
            {"/api/v1/addresses?q=%01", "/api/v1/addresses", "400", "q"},
            {"/api/v1/addresses/0", "/api/v1/addresses/{id}", "400", "id"},
            {"/api/v1/addresses/abc", "/api/v1/addresses/{id}", "400", "id"},
            {"/api/v1/addresses/99999999", "/api/v1/addresses/{id}", "404", "id"},
            {"/api/v1/addresses/99999999999999999999", "/api/v1/addresses/{id}", "400", "id"},
            {"/api/v1/events?group=3.1", "/api/v1/events", "400", "group"},
            {"/api/v1/events?region=nowhere", "/api/v1/events", "404", "region"},
            {"/api/v1/events?lastEventId=-4", "/api/v1/events", "400", "lastEventId"},
            {"/ics/address/abc.ics", "/ics/address/{id}.ics", "400", "id"},
            {"/ics/address/424242.ics", "/ics/address/{id}.ics", "404", "id"},
            {"/ics/kyiv/9.9.ics", "/ics/{region}/{group}.ics", "404", "group"},
            {"/ics/nowhere/3.1.ics", "/ics/{region}/{group}.ics", "404", "region"},
            {"/compat/yasno/addresses/v2/streets?dsoId=1&query=a", "/compat/yasno/addresses/v2/streets", "400", "regionId"},
            {"/compat/yasno/addresses/v2/streets?regionId=" + rid + "&dsoId=99999&query=a", "/compat/yasno/addresses/v2/streets", "404", "dsoId"},
            {"/compat/yasno/addresses/v2/streets" + y, "/compat/yasno/addresses/v2/streets", "400", "query"},
            {"/compat/yasno/addresses/v2/houses" + y, "/compat/yasno/addresses/v2/houses", "400", "streetId"},
            {"/compat/yasno/addresses/v2/group" + y + "&streetId=1&houseId=99999", "/compat/yasno/addresses/v2/group", "404", "houseId"},
            {"/compat/yasno/regions/99999/dsos/1/planned-outages", "/compat/yasno/regions/{regionId}/dsos/{dsoId}/planned-outages", "404", "regionId"},
            {"/compat/yasno/regions/x/dsos/1/planned-outages", "/compat/yasno/regions/{regionId}/dsos/{dsoId}/planned-outages", "400", "regionId"},
            {"/compat/yasno/probable-outages?regionId=" + rid, "/compat/yasno/probable-outages", "400", "dsoId"},
        };
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            HttpResponse<String> r = w.get(c[0]);
            String media = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != Integer.parseInt(c[2]) || !media.startsWith("application/problem+json")) {
                failures.add(c[0] + ": " + r.statusCode() + " " + media + " " + r.body());
                continue;
            }
            JsonNode p = JSON.readTree(r.body());
            if (!p.path("field").asText().equals(c[3])) {
                failures.add(c[0] + ": field " + p.path("field") + ", expected " + c[3]);
            }
            if (r.body().contains("Exception") || r.body().contains("at org.")) {
                failures.add(c[0] + ": leaks an exception: " + r.body());
            }
            for (String v : doc.validate(c[1], r.statusCode(), "application/problem+json", r.body())) {
                failures.add(c[0] + ": " + v);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void unknownRoutesWrongMethodsAndBigBodiesAreProblemsToo() throws Exception {
        HttpResponse<String> missing = w.get("/api/v1/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        HttpResponse<String> post = w.http.send(HttpRequest.newBuilder(URI.create(w.url("/api/v1/regions")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(post.body()).path("type").asText()).isEqualTo("urn:fairshed:problem:method-not-allowed");
        // Expect: 100-continue, as a client with a large body should: the 413 comes before the body is sent (without it,
        // the server's early answer and close can reach a client still sending as a reset connection)
        HttpResponse<String> big = w.http.send(HttpRequest.newBuilder(URI.create(w.url("/api/v1/regions")))
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString("x".repeat(200_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(big.body()).path("requestId").asText()).isNotBlank();
    }
}

package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.http.Route;
import org.fairshed.server.testing.OpenApiDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operator route's real responses against the OpenAPI document, on a small scenario beyond the published days
 * (4 slots on 4 December): networks, jobs, a job and its SSE, cancel, drafts, the diff, four eyes (the author cannot
 * approve; another publisher can), publish (428, 201, 409), emergency mode and the policy.
 */
class FlowOpenApiTest {

    static final String SMALL = "{\"name\":\"small\",\"network\":\"synthetic-demo\",\"start\":\"2026-12-04T00:00\","
            + "\"slotMinutes\":60,\"slots\":4,\"loadScale\":[0.9,0.95,1.0,0.9],\"outages\":{\"generators\":[1,2,3]}}";
    private static FlowWorld w;
    private static OpenApiDocument doc;
    private static final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void start() {
        w = FlowWorld.get();
        doc = new OpenApiDocument();
    }

    private static HttpResponse<String> check(String method, String path, String documented, String operator, String upload,
                                              int expected, String... headers) {
        HttpResponse<String> r = w.send(method, path, operator, upload, headers);
        String media = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
        if (r.statusCode() != expected) {
            failures.add(method + " " + path + ": " + r.statusCode() + " (expected " + expected + ") " + r.body());
            return r;
        }
        String body = media.startsWith("application/") ? r.body() : FlowWorld.JSON.writeValueAsString(r.body());
        for (String v : doc.validate(method, documented, r.statusCode(), media, body)) {
            failures.add(method + " " + path + " " + r.statusCode() + ": " + v);
        }
        return r;
    }

    @Test
    void everyOperatorRouteAnswersAsDocumented() throws Exception {
        String b = "/api/v1/operator";
        check("GET", b + "/networks", b + "/networks", FlowWorld.VIEWER, null, 200);
        check("POST", b + "/jobs", b + "/jobs", FlowWorld.PLANNER, "{\"network\":\"nowhere\"}", 400);
        check("POST", b + "/jobs", b + "/jobs", FlowWorld.PLANNER, SMALL + " ".repeat(70_000), 413);
        // the owner of a region sets four eyes on it; the region's draft then needs a second publisher
        String region = w.store.organisation().regions().get(0).code();
        check("PUT", b + "/regions/" + region + "/policy", b + "/regions/{region}/policy", "adm:administrator",
                "{\"fourEyes\":true}", 200);
        HttpResponse<String> accepted = check("POST", b + "/jobs?regions=" + region, b + "/jobs",
                "bohdan:planner@" + region, SMALL, 202);
        long id = FlowWorld.json(accepted).path("id").asLong();
        HttpResponse<String> events = check("GET", b + "/jobs/" + id + "/events", b + "/jobs/{id}/events",
                FlowWorld.VIEWER, null, 200);
        assertThat(events.body()).contains("event: end");
        JsonNode job = FlowWorld.json(check("GET", b + "/jobs/" + id, b + "/jobs/{id}", FlowWorld.VIEWER, null, 200));
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        check("GET", b + "/jobs", b + "/jobs", FlowWorld.VIEWER, null, 200);
        check("POST", b + "/jobs/" + id + "/cancel", b + "/jobs/{id}/cancel", FlowWorld.PLANNER, null, 409);
        long draft = job.path("draft").asLong();
        check("GET", b + "/drafts", b + "/drafts", FlowWorld.VIEWER, null, 200);
        check("GET", b + "/drafts/" + draft, b + "/drafts/{id}", FlowWorld.VIEWER, null, 200);
        JsonNode diff = FlowWorld.json(check("GET", b + "/drafts/" + draft + "/diff", b + "/drafts/{id}/diff",
                FlowWorld.VIEWER, null, 200));
        assertThat(diff.path("regions").size()).isEqualTo(1);
        assertThat(diff.path("plan").path("ac").size()).as("the AC check of every slot").isEqualTo(4);
        String other = w.store.organisation().regions().get(1).code();
        assertThat(w.send("GET", b + "/drafts/" + draft, "xenia:viewer@" + other, null).statusCode()).isEqualTo(403);
        String publish = b + "/drafts/" + draft + "/publish";
        String tag = diff.path("basedOn").asText();
        check("POST", publish, b + "/drafts/{id}/publish", FlowWorld.PUBLISHER, "{\"reason\":\"r\"}", 428);
        HttpResponse<String> unapproved = w.send("POST", publish, FlowWorld.PUBLISHER, "{\"reason\":\"r\"}", "If-Match", tag);
        assertThat(unapproved.statusCode()).as(unapproved.body()).isEqualTo(403);
        assertThat(w.send("POST", b + "/drafts/" + draft + "/approve", "bohdan:publisher@" + region, null).statusCode())
                .as("the author cannot approve").isEqualTo(403);
        check("POST", b + "/drafts/" + draft + "/approve", b + "/drafts/{id}/approve", FlowWorld.PUBLISHER2, null, 200);
        check("POST", publish, b + "/drafts/{id}/publish", FlowWorld.PUBLISHER, "{\"reason\":\"r\"}", 201, "If-Match", tag);
        check("POST", publish, b + "/drafts/{id}/publish", FlowWorld.PUBLISHER, "{\"reason\":\"r\"}", 409, "If-Match", tag);
        check("POST", b + "/regions/" + region + "/emergency", b + "/regions/{region}/emergency", FlowWorld.PUBLISHER,
                "{\"message\":\"substation lost\",\"days\":[\"2026-12-04\"]}", 200);
        assertThat(w.store.dayStatus().get(region, java.time.LocalDate.of(2026, 12, 4)).orElseThrow().status().name())
                .isEqualTo("EMERGENCY");
        check("POST", b + "/regions/" + region + "/emergency", b + "/regions/{region}/emergency", FlowWorld.PUBLISHER,
                "{\"days\":[\"2026-12-04\"]}", 400);
        // the other tests share the world: four eyes off again
        check("PUT", b + "/regions/" + region + "/policy", b + "/regions/{region}/policy", "adm:administrator",
                "{\"fourEyes\":false}", 200);
        assertThat(failures).isEmpty();
        List<String> operatorPaths = w.server.routes().stream().filter(r -> r.access() == Route.Access.OPERATOR)
                .map(Route::openApiPath).distinct().toList();
        assertThat(doc.paths()).containsAll(operatorPaths);
    }

    @Test
    void aQueuedJobCanBeCancelled() {
        JobStore jobs = new JobStore(w.store.database());
        long id = jobs.insert(FlowJob.SCENARIO, NetworkCatalog.DEMO, List.of("x"), 60, "{}", null, "t", null);
        assertThat(jobs.cancelQueued(id) || jobs.get(id).orElseThrow().finished()).isTrue();
        assertThat(jobs.get(id).orElseThrow().finished()).isTrue();
    }
}

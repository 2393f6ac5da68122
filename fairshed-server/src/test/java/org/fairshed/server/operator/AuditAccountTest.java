package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fairshed.server.http.Route;
import org.fairshed.store.model.AuditEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 §1 "who": every write route of the server (every operator route that is not GET, enumerated from what the
 * server serves, so a new write route without a case here fails) is called once as a real account, and every audit
 * entry the call appended names that account — its name and its id — and its way in, with the client's address. The
 * entries the store writes in the same transaction (the revision's "publish", the day status an emergency or the end
 * of an emergency sets) are checked too.
 */
class AuditAccountTest {

    private static final String B = "/api/v1/operator";
    private static final String PASSWORD = "correct horse battery staple";
    private static FlowWorld w;
    private static String region;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @BeforeAll
    static void start() {
        w = FlowWorld.get();
        region = w.store.organisation().regions().get(2).code();
    }

    /** One write: who makes it, the request, the status it must answer. */
    private record Call(String operator, String method, String path, String body, int status, String... headers) {
    }

    /** The state the calls build on (a job, its draft, a webhook, a token, a session), filled as they run. */
    private static final Map<String, String> made = new LinkedHashMap<>();

    private static Map<String, java.util.function.Supplier<Call>> calls() {
        String planner = "audit-pl:planner@" + region;
        String publisher = "audit-pub:publisher@" + region;
        String admin = "audit-adm:administrator";
        Map<String, java.util.function.Supplier<Call>> c = new LinkedHashMap<>();
        c.put("POST " + B + "/jobs", () -> new Call(planner, "POST", B + "/jobs?regions=" + region, small(), 202));
        c.put("POST " + B + "/jobs/{id}/cancel", () -> {
            // a second job waits behind the first (one worker): cancelled while queued
            HttpResponse<String> r = w.send("POST", B + "/jobs?regions=" + region, planner, small());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            return new Call(planner, "POST", B + "/jobs/" + FlowWorld.json(r).path("id").asLong() + "/cancel", null,
                    202);
        });
        c.put("PUT " + B + "/regions/{region}/policy", () -> new Call(admin, "PUT", B + "/regions/" + region + "/policy",
                "{\"fourEyes\":false}", 200));
        c.put("POST " + B + "/regions/{region}/emergency", () -> new Call(publisher, "POST", B + "/regions/" + region
                + "/emergency", "{\"message\":\"substation lost\",\"days\":[\"" + DAY + "\"]}", 200));
        c.put("POST " + B + "/drafts/{id}/approve", () -> new Call("audit-pub2:publisher@" + region, "POST",
                B + "/drafts/" + draft() + "/approve", null, 200));
        c.put("POST " + B + "/drafts/{id}/publish", () -> new Call(publisher, "POST", B + "/drafts/" + draft()
                + "/publish", "{\"reason\":\"audit test\"}", 201, "If-Match", made.get("basedOn")));
        c.put("POST " + B + "/webhooks", () -> new Call(admin, "POST", B + "/webhooks",
                "{\"url\":\"https://1.1.1.1/audit\",\"regions\":[\"" + region + "\"]}", 201));
        c.put("DELETE " + B + "/webhooks/{id}", () -> new Call(admin, "DELETE", B + "/webhooks/" + made.get("webhook"),
                null, 204));
        c.put("POST " + B + "/accounts", () -> new Call(admin, "POST", B + "/accounts", "{\"name\":\"audit-new\","
                + "\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}", 201));
        c.put("POST " + B + "/tokens", () -> new Call(admin, "POST", B + "/tokens", "{\"account\":\"audit-new\","
                + "\"role\":\"viewer\",\"label\":\"audit\"}", 201));
        c.put("DELETE " + B + "/tokens/{id}", () -> new Call(admin, "DELETE", B + "/tokens/" + made.get("token"), null,
                204));
        c.put("DELETE " + B + "/session", () -> new Call("audit-new", "DELETE", B + "/session", null, 204));
        c.put("POST " + B + "/session/password", () -> new Call("audit-new", "POST", B + "/session/password",
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"" + PASSWORD + " 2\"}", 204));
        c.put("POST " + B + "/accounts/{name}/disable", () -> new Call(admin, "POST", B + "/accounts/audit-new/disable",
                null, 200));
        return c;
    }

    private static String small() {
        return FlowOpenApiTest.SMALL.replace("2026-12-04", DAY.toString());
    }

    private static long draft() {
        return Long.parseLong(made.get("draft"));
    }

    @Test
    void everyWriteRouteAuditsTheAccountThatMadeIt() throws Exception {
        Map<String, java.util.function.Supplier<Call>> calls = calls();
        TreeSet<String> writes = new TreeSet<>();
        for (Route r : w.server.routes()) {
            if (r.access() == Route.Access.OPERATOR && !r.method().equals("GET")) {
                writes.add(r.method() + " " + r.path());
            }
        }
        assertThat(new TreeSet<>(calls.keySet())).as("a case for every write route the server serves")
                .isEqualTo(writes);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, java.util.function.Supplier<Call>> e : calls.entrySet()) {
            Call call = e.getValue().get();
            if (call.operator().contains(":")) {
                w.operators.token(call.operator());   // its account and token are the test's setup, audited by the CLI
            }
            long before = newestAuditId();
            HttpResponse<String> r = send(call);
            if (r.statusCode() != call.status()) {
                failures.add(e.getKey() + ": " + r.statusCode() + " (expected " + call.status() + ") " + r.body());
                continue;
            }
            String name = call.operator().contains(":") ? call.operator().substring(0, call.operator().indexOf(':'))
                    : call.operator();
            long account = w.operators.accountId(name);
            List<AuditEntry> entries = since(before);
            if (entries.isEmpty()) {
                failures.add(e.getKey() + ": no audit entry");
            }
            for (AuditEntry a : entries) {
                if (!name.equals(a.actor()) || a.accountId() == null || a.accountId() != account || a.via() == null
                        || a.remoteAddress() == null) {
                    failures.add(e.getKey() + ": " + a.action() + " names " + a.actor() + " account " + a.accountId()
                            + " via " + a.via() + " from " + a.remoteAddress() + ", not " + name + " account " + account);
                }
            }
            remember(e.getKey(), r);
        }
        assertThat(failures).isEmpty();
    }

    /** What later calls need from an answer: the job's draft, the webhook's id, the token's id, the session. */
    private static void remember(String key, HttpResponse<String> r) throws InterruptedException {
        switch (key) {
            case "POST " + B + "/jobs" -> {
                JsonNode job = w.awaitJob(FlowWorld.json(r).path("id").asLong(), Duration.ofMinutes(3));
                assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
                made.put("draft", job.path("draft").asText());
                made.put("basedOn", FlowWorld.json(w.get(B + "/drafts/" + job.path("draft").asLong() + "/diff",
                        FlowWorld.VIEWER)).path("basedOn").asText());
            }
            case "POST " + B + "/drafts/{id}/publish" -> assertThat(w.store.dayStatus().get(region, DAY).orElseThrow()
                    .status().name()).as("the emergency ended with the revision").isEqualTo("SCHEDULE_APPLIES");
            case "POST " + B + "/webhooks" -> made.put("webhook", FlowWorld.json(r).path("id").asText());
            case "POST " + B + "/tokens" -> made.put("token", FlowWorld.json(r).path("details").path("id").asText());
            default -> {
            }
        }
    }

    private static HttpResponse<String> send(Call call) {
        if (call.operator().contains(":")) {
            String[] headers = new String[call.headers().length + 2];
            headers[0] = "Content-Type";
            headers[1] = "application/json";
            System.arraycopy(call.headers(), 0, headers, 2, call.headers().length);
            return w.send(call.method(), call.path(), call.operator(), call.body(), headers);
        }
        // a password account through the web login: its session cookie and CSRF token
        HttpResponse<String> login = w.send("POST", "/api/v1/session", null, "{\"name\":\"" + call.operator()
                + "\",\"password\":\"" + PASSWORD + "\"}", "Content-Type", "application/json");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(201);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = FlowWorld.json(login).path("csrfToken").asText();
        HttpResponse<String> r = w.send(call.method(), call.path(), null, call.body(), "Content-Type",
                "application/json", "Cookie", cookie, "X-CSRF-Token", csrf);
        return r;
    }

    private static long newestAuditId() {
        List<AuditEntry> newest = w.store.audit().recent(1);
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }

    /** The entries after {@code id}, oldest first, leaving out the logins the session calls made to get in. */
    private static List<AuditEntry> since(long id) {
        List<AuditEntry> out = new ArrayList<>(w.store.audit().query(null, Long.MAX_VALUE, 200).stream()
                .filter(a -> a.id() > id && !a.action().equals("login")).toList());
        java.util.Collections.reverse(out);
        return out;
    }
}

package org.fairshed.server.operator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fairshed.server.testing.WorldFolders;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.testing.TestOperators;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One embedded store with the demo loaded (24 synthetic regions, a small registry, today and tomorrow published as
 * revision 1), and a server with the operator flow and the real access hook, shared by the flow's tests (one per JVM):
 * the tests act as operators written {@code name:role[@region]}, each a real account with a token of that role
 * ({@link TestOperators}), so the audit log names real accounts.
 * The clock is fixed at 14:05 in Kyiv on 2 December 2026: the dispatcher's afternoon.
 */
final class FlowWorld {

    static final Instant NOW = Instant.parse("2026-12-02T12:05:00Z");
    static final String PLANNER = "petro:planner";
    static final String PUBLISHER = "olena:publisher";
    static final String PUBLISHER2 = "ivan:publisher";
    static final String VIEWER = "vira:viewer";
    static final ObjectMapper JSON = new ObjectMapper();
    private static FlowWorld world;

    final Path dir;
    final Store store;
    final FairshedServer server;
    /** The operators the tests act as ({@code name:role[@region]}): real accounts and tokens. */
    final TestOperators operators;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FlowWorld(Path dir, Store store, FairshedServer server, TestOperators operators) {
        this.dir = dir;
        this.store = store;
        this.server = server;
        this.operators = operators;
    }

    static synchronized FlowWorld get() {
        if (world == null) {
            Path dir = WorldFolders.of("flow-test-data");
            Store store = StoreFactory.open(StoreParameters.embedded(dir));
            try {
                Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
                new DemoLoader(store, line -> { }, clock, 2_400).load();
                TestOperators operators = new TestOperators(TestOperators.access(store, clock));
                FairshedServer server = FairshedServer.start(ServerParameters.of(store).withClock(clock)
                        .withAccessHook(new OperatorAccess(operators.access())), FlowParameters.defaults());
                world = new FlowWorld(dir, store, server, operators);
                WorldFolders.closeAtExit(server, store, dir);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return world;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> send(String method, String path, String operator, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(120))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null && body.length() > 64 << 10) {
                b.expectContinue(true);    // as a client of large uploads should: the 413 comes before the body
            }
            if (operator != null) {
                b.header("Authorization", operators.bearer(operator));
            }
            if (headers.length > 0) {
                b.headers(headers);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String operator) {
        return send("GET", path, operator, null);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** Polls a job until it has ended; its last state. */
    JsonNode awaitJob(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode j = json(get("/api/v1/operator/jobs/" + id, VIEWER));
            String s = j.path("status").asText();
            if (s.equals("DONE") || s.equals("FAILED") || s.equals("CANCELLED") || System.nanoTime() > deadline) {
                return j;
            }
            Thread.sleep(200);
        }
    }

    /** A damage update of the demo network at {@code at} (local) losing generator rows {@code gens}. */
    static String damage(String at, int... gens) {
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < gens.length; i++) {
            g.append(i == 0 ? "" : ",").append(gens[i]);
        }
        return "{\"type\":\"damage-update\",\"network\":\"synthetic-demo\"" + (at == null ? "" : ",\"at\":\"" + at + "\"")
                + ",\"outages\":{\"generators\":[" + g + "]}}";
    }

}

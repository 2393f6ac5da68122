package org.fairshed.server.web.operator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fairshed.server.testing.WorldFolders;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.Passwords;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.Secrets;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.access.Actor;

/**
 * The dashboard's tests' world (one per JVM): an embedded store with the demo (24 synthetic regions, today and
 * tomorrow published), a server with the real access hook (cheap Argon2) and the flow, and accounts of every role,
 * national and for one region. The clock is the flow tests' dispatcher afternoon: 14:05 in Kyiv, 2 December 2026.
 */
final class DashWorld {

    static final Instant NOW = Instant.parse("2026-12-02T12:05:00Z");
    static final String PASSWORD = "correct horse battery";
    private static DashWorld world;

    final Store store;
    final FairshedServer server;
    final AccessService access;
    final String region;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private DashWorld(Store store, FairshedServer server, AccessService access, String region) {
        this.store = store;
        this.server = server;
        this.access = access;
        this.region = region;
    }

    static synchronized DashWorld get() {
        if (world == null) {
            Path dir = WorldFolders.of("dash-test-data");
            Store store = StoreFactory.open(StoreParameters.embedded(dir));
            try {
                Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
                new DemoLoader(store, line -> { }, clock, 2_400).load();
                AccessService access = new AccessService(store, AccessParameters.defaults().withClock(clock)
                        .withSecureCookies(false), new Passwords(256, 1, 1, new SecureRandom()), Secrets.defaults());
                FairshedServer server = FairshedServer.start(ServerParameters.of(store).withClock(clock)
                        .withAccessHook(new OperatorAccess(access)), FlowParameters.defaults());
                String region = store.organisation().regions().get(0).code();
                Actor root = Actor.cli("test");
                access.addAccount("dash-publisher", Role.PUBLISHER, null, PASSWORD, root, null);
                access.addAccount("dash-viewer", Role.VIEWER, null, PASSWORD, root, null);
                access.addAccount("dash-regional", Role.PUBLISHER, region, PASSWORD, root, null);
                world = new DashWorld(store, server, access, region);
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

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
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

    /** Logs in; the session cookie ({@code name=value}) and the CSRF token. */
    String[] login(String name) {
        HttpResponse<String> r = send("POST", "/api/v1/session", "{\"name\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("login of " + name + ": " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = r.body().replaceAll("(?s).*\"csrfToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return new String[] {cookie, csrf};
    }

}

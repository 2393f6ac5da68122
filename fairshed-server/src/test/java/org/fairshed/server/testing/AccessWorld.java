package org.fairshed.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.Passwords;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.Secrets;
import org.fairshed.store.access.Actor;

/**
 * A server with the real access hook over {@link TestWorld}'s store, on a clock the test moves, with cookies that are
 * not {@code Secure} (plain HTTP on loopback) and a cheap Argon2 cost (the real cost is {@code PasswordsTest}'s).
 * Each test class gets its own (its own accounts, named with its prefix).
 */
public final class AccessWorld implements AutoCloseable {

    public static final Actor ROOT = Actor.cli("test");
    public final TestWorld w = TestWorld.get();
    public final MutableClock clock = new MutableClock(TestWorld.NOW);
    public final AccessService access;
    public final FairshedServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public AccessWorld(AccessParameters parameters) {
        this.access = new AccessService(w.store, parameters.withClock(clock).withSecureCookies(false),
                new Passwords(256, 1, 1, new SecureRandom()), Secrets.defaults());
        this.server = FairshedServer.start(ServerParameters.of(w.store).withClock(Clock.fixed(TestWorld.NOW,
                ZoneOffset.UTC)).withSearchLimit(0, 0).withHeartbeat(Duration.ofSeconds(2))
                .withAccessHook(new OperatorAccess(access)));
    }

    public AccessWorld() {
        this(AccessParameters.defaults());
    }

    /** Adds an account with {@code password} and returns a fresh token of it with its full role and region. */
    public String account(String name, Role role, String region, String password) {
        access.addAccount(name, role, region, password, ROOT, null);
        return access.issueToken(name, role, region, null, "test", ROOT, null).secret();
    }

    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null && !java.util.Arrays.asList(headers).contains("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> bearer(String method, String path, String json, String token) {
        return send(method, path, json, "Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.close();
    }
}

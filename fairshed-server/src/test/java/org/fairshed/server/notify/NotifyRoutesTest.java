package org.fairshed.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.push.EcKeys;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.testing.TestOperators;
import org.fairshed.server.testing.TestWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification routes on a server and store of their own (a test-only operator hook, loopback receivers
 * allowed): the shared test world's server runs notifications with the default policy, and two dispatchers of
 * different policies on one store would take each other's messages.
 */
class NotifyRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorld w;
    private static org.fairshed.store.Store store;
    private static FairshedServer server;
    private static TestOperators operators;
    private static HttpServer pushService;
    private static final ConcurrentLinkedQueue<byte[]> pushed = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> vapid = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() throws Exception {
        w = TestWorld.get();
        store = org.fairshed.store.StoreFactory.open(org.fairshed.store.StoreParameters.embedded(java.nio.file.Path.of(
                "target", "notify-routes-data", Long.toString(ProcessHandle.current().pid())).toAbsolutePath()));
        for (String code : List.of("kyiv", "lviv", "events")) {
            store.organisation().putRegion(new org.fairshed.store.model.RegionDefinition(code, "Область " + code,
                    "Region " + code, TestWorld.KYIV));
            store.organisation().putGroups(code, org.fairshed.store.model.ScheduleType.HOURLY, TestWorld.GROUPS);
        }
        TestWorld.publish(store, TestWorld.draft("kyiv", TestWorld.AUTUMN, 2, "first"));
        java.time.Clock clock = java.time.Clock.fixed(TestWorld.NOW, java.time.ZoneOffset.UTC);
        operators = new TestOperators(TestOperators.access(store, clock));
        server = FairshedServer.start(ServerParameters.of(store).withClock(clock)
                .withAccessHook(new OperatorAccess(operators.access())).withNotify(NotifyParameters.defaults()
                .withUrlPolicy(new UrlPolicy(true, false)).withPollInterval(Duration.ofMillis(50))));
        pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pushService.createContext("/push/", ex -> {
            pushed.add(ex.getRequestBody().readAllBytes());
            vapid.add(ex.getRequestHeaders().getFirst("Authorization"));
            ex.sendResponseHeaders(201, -1);
            ex.close();
        });
        pushService.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        pushService.stop(0);
        store.close();
    }

    /** The bearer header value of a real account: an operator of {@code role@region} ({@code role@} national). */
    private static String as(String roleAtRegion) {
        String region = roleAtRegion.substring(roleAtRegion.indexOf('@') + 1);
        return operators.bearer("notify-" + (region.isEmpty() ? "national" : region) + ":" + roleAtRegion);
    }

    private static HttpResponse<String> send(String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return w.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void webhooksAreForAdministratorsOfTheirRegions() throws Exception {
        String body = "{\"url\": \"https://1.1.1.1/hooks\", \"regions\": [\"lviv\"]}";
        assertThat(send("POST", "/api/v1/operator/webhooks", body).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/operator/webhooks", body, "Authorization", as("publisher@")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> other = send("POST", "/api/v1/operator/webhooks", body, "Authorization",
                as("administrator@kyiv"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("\"field\":\"regions[0]\"");
        assertThat(send("POST", "/api/v1/operator/webhooks", "{\"url\": \"https://1.1.1.1/all\"}", "Authorization",
                as("administrator@kyiv")).statusCode()).as("no filter = every region").isEqualTo(403);
        HttpResponse<String> bad = send("POST", "/api/v1/operator/webhooks",
                "{\"url\": \"https://169.254.169.254/x\", \"regions\": [\"lviv\"]}", "Authorization", as("administrator@"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"url\"");

        HttpResponse<String> made = send("POST", "/api/v1/operator/webhooks", body, "Authorization", as("administrator@lviv"));
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode m = JSON.readTree(made.body());
        assertThat(m.path("secret").asText()).startsWith("whsec_");
        String id = m.path("id").asText();
        HttpResponse<String> list = send("GET", "/api/v1/operator/webhooks", null, "Authorization", as("administrator@lviv"));
        assertThat(list.body()).contains(id).doesNotContain("whsec_");
        assertThat(send("GET", "/api/v1/operator/webhooks", null, "Authorization", as("administrator@kyiv")).body())
                .doesNotContain(id);
        assertThat(send("DELETE", "/api/v1/operator/webhooks/" + id, null, "Authorization", as("administrator@kyiv"))
                .statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/operator/webhooks/" + id, null, "Authorization", as("administrator@lviv"))
                .statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/v1/operator/webhooks/" + id, null, "Authorization", as("administrator@"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aBrowserSubscribesGetsTheDaysOutagesEncryptedAndUnsubscribes() throws Exception {
        String key = JSON.readTree(send("GET", "/api/v1/push/key", null).body()).path("publicKey").asText();
        assertThat(EcKeys.fromBase64Url(key)).hasSize(65);
        KeyPair ua = EcKeys.generate();
        byte[] uaPublic = EcKeys.encode((ECPublicKey) ua.getPublic());
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        String endpoint = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/abc";
        String body = "{\"subscription\": {\"endpoint\": \"" + endpoint + "\", \"keys\": {\"p256dh\": \""
                + EcKeys.base64Url(uaPublic) + "\", \"auth\": \"" + EcKeys.base64Url(auth) + "\"}}, "
                + "\"region\": \"events\", \"group\": \"1.1\", \"warnMinutes\": [60, 15], \"lang\": \"en\"}";
        HttpResponse<String> made = send("POST", "/api/v1/push/subscriptions", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode m = JSON.readTree(made.body());
        TestWorld.publish(store, TestWorld.draft("events", TestWorld.AUTUMN, 2, "for push"));
        long deadline = System.currentTimeMillis() + 15_000;
        while (pushed.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pushed).isNotEmpty();
        String text = new String(decrypt(pushed.peek(), ua, uaPublic, auth), StandardCharsets.UTF_8);
        JsonNode msg = JSON.readTree(text);
        assertThat(msg.path("body").asText()).contains("Group 1.1, 25 Oct: off 08:00–10:00; possibly 12:00–13:00");
        assertThat(msg.path("title").asText()).contains("New outage schedule");
        assertThat(vapid.peek()).startsWith("vapid t=").endsWith("k=" + key);

        assertThat(send("DELETE", "/api/v1/push/subscriptions/" + m.path("id").asText(), null, "X-Manage-Token",
                "wrong").statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/push/subscriptions/" + m.path("id").asText(), null, "X-Manage-Token",
                m.path("manageToken").asText()).statusCode()).isEqualTo(204);
        HttpResponse<String> badKey = send("POST", "/api/v1/push/subscriptions", body.replace(EcKeys.base64Url(uaPublic),
                "AAAA"));
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("subscription.keys.p256dh");
    }

    @Test
    void capAlertsAreServedPerRegionAndRevision() throws Exception {
        HttpResponse<String> cap = send("GET", "/cap/kyiv.xml", null);
        assertThat(cap.statusCode()).isEqualTo(200);
        assertThat(cap.headers().firstValue("Content-Type").orElse("")).startsWith("application/cap+xml");
        assertThat(cap.body()).contains("<category>Infra</category>").contains("<identifier>fairshed-kyiv-rev-");
        assertThat(send("GET", "/cap/kyiv/revisions/1.xml", null).body()).contains("<msgType>Alert</msgType>");
        assertThat(send("GET", "/cap/nowhere.xml", null).statusCode()).isEqualTo(404);
    }

    /** The browser's side (RFC 8291 §3.4), in-line so this test does not trust the sender's code. */
    private static byte[] decrypt(byte[] body, KeyPair ua, byte[] uaPublic, byte[] auth) throws Exception {
        byte[] salt = java.util.Arrays.copyOf(body, 16);
        int idlen = body[20] & 0xff;
        byte[] as = java.util.Arrays.copyOfRange(body, 21, 21 + idlen);
        byte[] ct = java.util.Arrays.copyOfRange(body, 21 + idlen, body.length);
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(ua.getPrivate());
        ka.doPhase(EcKeys.decodePublic(as), true);
        byte[] ikm = hmac(hmac(auth, ka.generateSecret()), cat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                uaPublic, as, new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = java.util.Arrays.copyOf(hmac(prk, cat("Content-Encoding: aes128gcm\0".getBytes(
                StandardCharsets.US_ASCII), new byte[] {1})), 16);
        byte[] nonce = java.util.Arrays.copyOf(hmac(prk, cat("Content-Encoding: nonce\0".getBytes(
                StandardCharsets.US_ASCII), new byte[] {1})), 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] p = c.doFinal(ct);
        assertThat(p[p.length - 1]).isEqualTo((byte) 2);
        return java.util.Arrays.copyOf(p, p.length - 1);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return m.doFinal(data);
    }

    private static byte[] cat(byte[]... parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    @SuppressWarnings("unused")
    private static List<String> unused() {
        return List.of();
    }
}

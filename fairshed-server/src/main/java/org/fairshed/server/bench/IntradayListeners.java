package org.fairshed.server.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairshed.notify.webhook.WebhookSigner;

/**
 * The intraday benchmark's subscribers, on loopback: a webhook receiver (one path per subscription; every request's
 * arrival, revision event and whether its Standard Webhooks signature verifies) and one SSE client of the public event
 * stream (every revision event's arrival). Times are {@link System#nanoTime()}.
 */
final class IntradayListeners implements AutoCloseable {

    private static final Pattern REGION = Pattern.compile("\"region\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

    /** One revision event as a subscriber received it. */
    record Arrival(String subscriber, String region, int revision, long nanos, boolean signed) {
    }

    private final HttpServer receiver;
    private final Map<String, WebhookSigner> signers = new ConcurrentHashMap<>();
    final List<Arrival> webhooks = new CopyOnWriteArrayList<>();
    final List<Arrival> sse = new CopyOnWriteArrayList<>();
    private final AtomicLong sseConnected = new AtomicLong();
    private volatile InputStream sseStream;

    IntradayListeners() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook/", ex -> {
            long at = System.nanoTime();
            String name = ex.getRequestURI().getPath().substring("/hook/".length());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            WebhookSigner signer = signers.get(name);
            boolean signed = false;
            try {
                signed = signer != null && signer.verify(ex.getRequestHeaders().getFirst("webhook-id"),
                        Long.parseLong(ex.getRequestHeaders().getFirst("webhook-timestamp")), body,
                        ex.getRequestHeaders().getFirst("webhook-signature"));
            } catch (RuntimeException e) {
                signed = false;
            }
            String type = first(TYPE, body);
            if (type != null && type.endsWith("revision")) {
                webhooks.add(new Arrival(name, first(REGION, body), number(first(REVISION, body)), at, signed));
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
    }

    /** The URL of subscription {@code name}. */
    String url(String name) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/" + name;
    }

    /** Verifies subscription {@code name}'s deliveries with its secret. */
    void secret(String name, String secret) {
        signers.put(name, WebhookSigner.of(secret));
    }

    /** Connects to the public event stream and reads it in a thread until closed; returns once connected. */
    void subscribe(String base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Thread.ofPlatform().daemon().name("intraday-sse").start(() -> {
            try {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                sseStream = r.body();
                read(r.body());
            } catch (IOException e) {
                // closed at the end, or the server went away: the arrivals so far are the result
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (sseConnected.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (sseConnected.get() == 0) {
            throw new IllegalStateException("the SSE client did not connect in 30 s");
        }
    }

    private void read(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            if (b != '\n') {
                line.append((char) b);
                continue;
            }
            String l = new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            line.setLength(0);
            if (l.startsWith(":") && sseConnected.get() == 0) {
                sseConnected.set(System.nanoTime());
            }
            if (l.startsWith("data:") && "revision".equals(first(TYPE, l))) {
                sse.add(new Arrival("sse", first(REGION, l), number(first(REVISION, l)), System.nanoTime(), true));
            }
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static int number(String s) {
        return s == null ? -1 : Integer.parseInt(s);
    }

    @Override
    public void close() {
        receiver.stop(0);
        InputStream s = sseStream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}

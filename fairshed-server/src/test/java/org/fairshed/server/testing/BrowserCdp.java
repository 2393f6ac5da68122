package org.fairshed.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The browser-level DevTools connection (Selenium's {@code executeCdpCommand} reaches only the page): used to cut
 * the network of the page's service worker too, which DevTools emulation of the page alone does not cover. Speaks
 * the flat protocol over the JDK's WebSocket; kept open while the emulation should last.
 */
final class BrowserCdp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private BrowserCdp(WebSocket socket) {
        this.socket = socket;
    }

    static BrowserCdp connect(String browserWebSocketUrl) {
        BrowserCdp[] self = new BrowserCdp[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(browserWebSocketUrl),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                JsonNode m = JSON.readTree(partial.toString());
                                CompletableFuture<JsonNode> f = m.has("id") ? self[0].pending.remove(m.get("id").asInt())
                                        : null;
                                if (f != null) {
                                    f.complete(m);
                                }
                            } catch (Exception ignored) {
                                // an event we do not follow
                            }
                            partial.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }
                }).join();
        self[0] = new BrowserCdp(ws);
        return self[0];
    }

    /** Sends a command (to a session when {@code sessionId} is not null) and waits for its result. */
    JsonNode send(String sessionId, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            m.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(m.toString(), true).join();
        try {
            JsonNode r = f.get(10, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sessions attached to every service worker the browser runs now. */
    List<String> attachServiceWorkers() {
        List<String> sessions = new ArrayList<>();
        for (JsonNode t : send(null, "Target.getTargets", Map.of()).path("targetInfos")) {
            if (t.path("type").asText().equals("service_worker")) {
                sessions.add(send(null, "Target.attachToTarget", Map.of("targetId", t.path("targetId").asText(),
                        "flatten", true)).path("sessionId").asText());
            }
        }
        return sessions;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}

package org.fairshed.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.Role;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.access.Actor;
import org.fairshed.store.model.RevisionContent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The intraday re-plan measured end to end (issue 11 §3; bench/intraday.sh): the real server in this JVM on the demo
 * (embedded store in a temporary folder, today and tomorrow published), a national and two regional webhook
 * subscribers and one SSE client on loopback; a damage update at {@code --at} (default 14:05) today — two substations
 * cut off and the largest running unit lost — then the draft, its publish with If-Match, and every subscriber's
 * delivery. Prints the chain with timestamps, the job's stages, then the cells changed against what was published
 * and against a fresh solve ({@link IntradayCells}); then a second strike at T + 30 min (the next largest unit) through
 * the same chain, in a server that has run one re-plan (warm). Exit code 1 when a chain did not complete.
 * Usage: {@code IntradayBench [--at HH:MM] [--addresses N] [--keep]}.
 */
public final class IntradayBench {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CHAIN_TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final long origin = System.nanoTime();
    private String base;

    private IntradayBench() {
    }

    public static void main(String[] args) throws Exception {
        LocalTime at = LocalTime.of(14, 5);
        int addresses = DemoLoader.ADDRESSES;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--at" -> at = LocalTime.parse(args[++i]);
                case "--addresses" -> addresses = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> {
                    System.err.println("usage: IntradayBench [--at HH:MM] [--addresses N] [--keep]");
                    System.exit(2);
                }
            }
        }
        if (at.isAfter(LocalTime.of(23, 0))) {
            System.err.println("--at must be 23:00 or earlier: the second strike, 30 minutes later, is on the same day");
            System.exit(2);
        }
        System.exit(new IntradayBench().run(at, addresses, keep) ? 0 : 1);
    }

    private boolean run(LocalTime atTime, int addresses, boolean keep) throws Exception {
        Path dir = Files.createTempDirectory("fairshed-intraday-");
        LocalDate today = LocalDate.now(KYIV);
        LocalDateTime at = today.atTime(atTime);
        // the server's clock reads the damage's moment a minute from now: the day is today, the moment T
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(java.time.Instant.now(),
                at.minusMinutes(1).atZone(KYIV).toInstant()));
        line("# %s, load average %s, %d cores; store %s", at, load(), Runtime.getRuntime().availableProcessors(), dir);
        Store store = StoreFactory.open(StoreParameters.embedded(dir));
        FairshedServer server = null;
        try (IntradayListeners listeners = new IntradayListeners()) {
            long t = System.nanoTime();
            new DemoLoader(store, m -> line("  demo: %s", m), clock, addresses).load();
            line("# demo loaded in %.0f s (%,d addresses; today and tomorrow published as revision 1)", secs(t), addresses);
            AccessService access = AccessService.of(store, AccessParameters.defaults());
            Actor actor = Actor.cli("intraday-bench");
            access.tokenAccount("bench-admin", Role.ADMINISTRATOR, null, actor);
            String admin = access.issueToken("bench-admin", Role.ADMINISTRATOR, null, 1, "bench", actor, null).secret();
            server = FairshedServer.start(ServerParameters.of(store).withClock(clock)
                    .withAccessHook(OperatorAccess.of(store, AccessParameters.defaults()))
                    .withNotify(NotifyParameters.defaults().withClock(clock).withUrlPolicy(new UrlPolicy(true, false))),
                    FlowParameters.defaults().withWarmUp(true));
            base = "http://127.0.0.1:" + server.port();
            List<String> regions = store.organisation().regions().stream().map(r -> r.code()).sorted().toList();
            subscribe(listeners, admin, "national", null);
            subscribe(listeners, admin, "first", regions.getFirst());
            subscribe(listeners, admin, "last", regions.getLast());
            listeners.subscribe(base);
            List<RevisionContent> before = new ArrayList<>();
            regions.forEach(r -> store.revisions().publishedContent(r).ifPresent(before::add));
            IntradayDamage damage = IntradayDamage.of(SyntheticGridFactory.create(SyntheticGridParameters.defaults()));
            line("# server on %s, 3 webhook subscribers (national, %s, %s), 1 SSE client; damage: %s", base,
                    regions.getFirst(), regions.getLast(), damage.text());
            IntradayChain chain = chain(admin, damage.body("synthetic-demo", at.toString()), regions.size() + 2,
                    regions.size(), listeners, 1);
            if (chain == null) {
                return false;
            }
            chain.print(this::line, load(), "the first re-plan since the server started (its AC warm-up may still run)");
            IntradayCells.report(store, clock, chain.job(), chain.draft(), before, at, this::line);
            // a second strike half an hour later: the same chain in a server that has run one (warm)
            LocalDateTime second = at.plusMinutes(30);
            IntradayChain warm = chain(admin, damage.next().body("synthetic-demo", second.toString()),
                    regions.size() + 2, regions.size(), listeners, 2);
            if (warm == null) {
                return false;
            }
            warm.print(this::line, load(), "a second re-plan at " + second.toLocalTime() + ", " + damage.next().text());
            line("## Summary: upload -> every subscriber notified: first re-plan %.1f s, second %.1f s (goal <= %.0f s); "
                    + "JVM CPU %.1f s and %.1f s; load average now %s", chain.total(), warm.total(),
                    IntradayChain.GOAL_SECONDS, chain.cpuSeconds(), warm.cpuSeconds(), load());
            return chain.complete() && warm.complete();
        } finally {
            if (server != null) {
                server.close();
            }
            store.close();
            if (!keep) {
                deleteTree(dir);
            }
        }
    }

    /** Upload → job → draft → publish → deliveries; null when the job did not make a publishable draft. */
    private IntradayChain chain(String token, String body, int webhooksExpected, int sseExpected,
                                IntradayListeners listeners, int previous) throws Exception {
        long upload = System.nanoTime();
        long cpu = cpuNanos();
        HttpResponse<String> accepted = send("POST", "/api/v1/operator/jobs", token, body);
        if (accepted.statusCode() != 202) {
            line("upload refused: %d %s", accepted.statusCode(), accepted.body());
            return null;
        }
        long job = JSON.readTree(accepted.body()).path("id").asLong();
        List<String> stages = new ArrayList<>();
        String lastStage = "";
        JsonNode j;
        long deadline = upload + CHAIN_TIMEOUT.toNanos();
        while (true) {
            j = JSON.readTree(send("GET", "/api/v1/operator/jobs/" + job, token, null).body());
            String stage = j.path("progress").path("stage").asText("");
            if (!stage.isEmpty() && !stage.equals(lastStage)) {
                stages.add(String.format(Locale.ROOT, "%s from %+.1f s (JVM CPU %.1f s)", stage,
                        (System.nanoTime() - upload) / 1e9, (cpuNanos() - cpu) / 1e9));
                lastStage = stage;
            }
            if (j.path("status").asText().matches("DONE|FAILED|CANCELLED") || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        long done = System.nanoTime();
        if (!j.path("status").asText().equals("DONE")) {
            line("the job ended %s: %s", j.path("status").asText(), j.path("message").asText());
            return null;
        }
        long draftId = j.path("draft").asLong();
        JsonNode diff = JSON.readTree(send("GET", "/api/v1/operator/drafts/" + draftId + "/diff", token, null).body());
        long draft = System.nanoTime();
        if (!diff.path("publishable").asBoolean()) {
            line("draft %d is not publishable: %s", draftId, diff.path("refusal").asText());
            return null;
        }
        // the dispatcher has looked at the AC check's findings (the chain prints them) and publishes
        boolean acknowledge = !diff.path("plan").path("acSummary").path("concernSlots").isEmpty();
        HttpResponse<String> published = send("POST", "/api/v1/operator/drafts/" + draftId + "/publish", token,
                "{\"reason\":\"intraday benchmark: two substations and a unit lost\""
                        + (acknowledge ? ",\"acknowledgeAcCheck\":true" : "") + "}", "If-Match",
                diff.path("basedOn").asText());
        long publish = System.nanoTime();
        if (published.statusCode() != 201) {
            line("publish refused: %d %s", published.statusCode(), published.body());
            return null;
        }
        while (System.nanoTime() < deadline && (newer(listeners.webhooks, previous).size() < webhooksExpected
                || newer(listeners.sse, previous).size() < sseExpected)) {
            Thread.sleep(20);
        }
        return new IntradayChain(job, draftId, upload, done, draft, publish, newer(listeners.webhooks, previous),
                newer(listeners.sse, previous), webhooksExpected, sseExpected, stages, diff, (cpuNanos() - cpu) / 1e9);
    }

    /** Arrivals of revisions after {@code previous}. */
    static List<IntradayListeners.Arrival> newer(List<IntradayListeners.Arrival> arrivals, int previous) {
        return arrivals.stream().filter(a -> a.revision() > previous).toList();
    }

    private void subscribe(IntradayListeners listeners, String token, String name, String region) throws Exception {
        String body = "{\"url\":\"" + listeners.url(name) + "\"" + (region == null ? "" : ",\"regions\":[\"" + region
                + "\"]") + "}";
        HttpResponse<String> r = send("POST", "/api/v1/operator/webhooks", token, body);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("webhook subscription refused: " + r.statusCode() + " " + r.body());
        }
        listeners.secret(name, JSON.readTree(r.body()).path("secret").asText());
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void line(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%6.1f s] " + format + "%n", prepend((System.nanoTime() - origin) / 1e9, args));
        System.out.flush();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** CPU time of this JVM, all threads (the server, its store's driver and the subscribers; not PostgreSQL's). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}

package org.fairshed.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fairshed.notify.webhook.CreatedWebhook;
import org.fairshed.notify.webhook.NewWebhook;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.notify.webhook.WebhookSigner;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.secret.SecretBox;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §5 for the outbox: the server runs as a separate JVM ({@link OutboxKillChild}) publishing revision after
 * revision with a webhook subscription to a loopback receiver in this JVM, and is killed with SIGKILL at seeded
 * random points (during its start too, from the second round), restarted, killed again. Then a last run drains the
 * outbox, and the test checks: at every restart the store held the revision last reported published or the one
 * after it, complete; the receiver got every revision, each once when deduplicated by {@code webhook-id}, every copy
 * signed and with the same body; every restart that found a backlog carried on sending it.
 *
 * <p>{@code -Dfairshed.kills=N} (default 3 in the build, about a minute; {@code bench/outbox-kill.sh} runs 100),
 * {@code -Dfairshed.kill.seed=S}. On PostgreSQL when {@code FAIRSHED_TEST_PG_URL} is set (a database of its own is
 * created there), else on an embedded store in a folder under target/.
 */
class OutboxKillTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final long READY_TIMEOUT_S = 180;

    /** One webhook request as received. */
    private record Got(String id, long timestamp, String signature, String body) {
    }

    @Test
    void killedAtRandomPointsTheServerLosesNoRevisionAndSendsNoneTwicePerWebhookId() throws Exception {
        int kills = Integer.getInteger("fairshed.kills", 3);
        long seed = Long.getLong("fairshed.kill.seed", 11);
        SplittableRandom random = new SplittableRandom(seed);
        ConcurrentLinkedQueue<Got> got = new ConcurrentLinkedQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            got.add(new Got(ex.getRequestHeaders().getFirst("webhook-id"),
                    Long.parseLong(ex.getRequestHeaders().getFirst("webhook-timestamp")),
                    ex.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8)));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        Path work = Path.of("target", "outbox-kill", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
        Files.createDirectories(work);
        String spec = storeSpec(work);
        String region = "kill" + ProcessHandle.current().pid() % 100_000;
        LocalDate first = LocalDate.now(KYIV);
        String secret;
        try (Store store = open(spec)) {
            store.organisation().putRegion(new RegionDefinition(region, "Область " + region, "Region " + region, KYIV));
            store.organisation().putGroups(region, ScheduleType.HOURLY, OutboxKillChild.GROUPS);
            CreatedWebhook w = new WebhookRepository(store, new UrlPolicy(true, false),
                    SecretBox.fromFile(work.resolve(OutboxKillChild.SECRETS_FILE))).create(new NewWebhook(
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", List.of(region), List.of(),
                    List.of(), List.of()), "kill-test", "127.0.0.1");
            secret = w.secret();
        }
        int lastPublished = 0;
        int killedBeforeReady = 0;
        int backlogRestarts = 0;
        int resumedRestarts = 0;
        List<String> bad = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Child child = Child.start(work, spec, region, first, random.nextLong(), false);
            boolean early = k > 0 && random.nextInt(10) == 0;
            int receivedBefore = got.size();
            Map<String, String> ready = early ? Map.of() : child.await("READY", READY_TIMEOUT_S);
            // from the start (early: JVM, store, migrations, server) or from READY (publishing, fanning out, sending;
            // past the dead process's 2 s lease, so a restart sends what its predecessor left half-done)
            Thread.sleep(random.nextInt(early ? 1500 : 4000));
            child.kill();
            Optional<String> state = child.line("STATE");
            if (state.isEmpty()) {
                killedBeforeReady++;
            } else {
                int n = Integer.parseInt(state.get().split(" ")[1]);
                if (!state.get().endsWith(" ok") || n < lastPublished || n > lastPublished + 1) {
                    bad.add("round " + k + ": " + state.get() + " after PUBLISHED " + lastPublished);
                }
                lastPublished = Math.max(lastPublished, n);
            }
            if (!ready.isEmpty() && Long.parseLong(ready.get("READY").split(" ")[2]) > 0) {
                backlogRestarts++;
                if (got.size() > receivedBefore) {
                    resumedRestarts++;
                }
            }
            lastPublished = Math.max(lastPublished, child.lastNumber("PUBLISHED"));
        }
        Child drain = Child.start(work, spec, region, first, 0, true);
        drain.await("READY", READY_TIMEOUT_S);
        drain.await("DRAINED", 600);
        assertThat(drain.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        drain.reader.join(10_000);
        String drainState = drain.line("STATE").orElseThrow();
        int published = Integer.parseInt(drainState.split(" ")[1]);
        assertThat(drainState).endsWith(" ok");
        assertThat(published).isBetween(lastPublished, lastPublished + 1);
        try (Store store = open(spec)) {
            for (int n = 1; n <= published; n++) {
                OutboxKillChild.check(store, region, first, n).ifPresent(bad::add);
            }
        }
        receiver.stop(0);

        Map<String, List<Got>> byId = new HashMap<>();
        for (Got g : got) {
            byId.computeIfAbsent(g.id(), x -> new ArrayList<>()).add(g);
        }
        int duplicates = got.size() - byId.size();
        int missed = 0;
        for (int n = 1; n <= published; n++) {
            if (!byId.containsKey("fs-rev-" + region + "-" + n)) {
                missed++;
            }
        }
        WebhookSigner signer = WebhookSigner.of(secret);
        long unsigned = got.stream().filter(g -> !signer.verify(g.id(), g.timestamp(), g.body(), g.signature())).count();
        long differing = byId.values().stream().filter(l -> l.stream().map(Got::body).distinct().count() > 1).count();
        String figure = String.format(java.util.Locale.ROOT, "outbox kill test: %d kills (%d before the server was "
                        + "ready), %d revisions published, %d webhook requests, %d distinct ids, %d duplicates by "
                        + "webhook-id, %d missed; %d restarts found a backlog, %d of them sent before the next kill; "
                        + "store %s, seed %d", kills, killedBeforeReady, published, got.size(), byId.size(), duplicates,
                missed, backlogRestarts, resumedRestarts, spec.startsWith("jdbc:") ? "PostgreSQL" : "embedded", seed);
        System.out.println(figure);
        Files.writeString(work.resolve("result.txt"), figure + System.lineSeparator());
        assertThat(bad).as("store states").isEmpty();
        assertThat(missed).as("revisions never received").isZero();
        assertThat(byId.keySet()).as("nothing but this region's revisions")
                .allMatch(id -> id.startsWith("fs-rev-" + region + "-"));
        assertThat(byId).hasSize(published);
        assertThat(unsigned).as("requests whose signature does not verify").isZero();
        assertThat(differing).as("ids sent with different bodies").isZero();
        assertThat(published).as("the children published").isGreaterThan(kills / 2);
        dropDatabase(spec);
    }

    private static Store open(String spec) {
        return StoreFactory.open(spec.startsWith("jdbc:") ? StoreParameters.jdbc(spec)
                : StoreParameters.embedded(Path.of(spec)));
    }

    /** A database of its own on the test PostgreSQL, else an embedded store's folder. */
    private static String storeSpec(Path work) throws Exception {
        String url = System.getenv("FAIRSHED_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return work.resolve("data").toString();
        }
        String name = "outbox_kill_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static void dropDatabase(String spec) throws Exception {
        String url = System.getenv("FAIRSHED_TEST_PG_URL");
        if (!spec.startsWith("jdbc:") || url == null) {
            return;
        }
        String name = "outbox_kill_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** A server process and the lines it printed. */
    private static final class Child {

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // the process died: what it printed is in the queue
                }
            });
        }

        static Child start(Path work, String spec, String region, LocalDate first, long seed, boolean drain)
                throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                    "-XX:ErrorFile=" + System.getProperty("java.io.tmpdir") + "/fairshed-hs_err_pid%p.log",
                    "-D" + OutboxKillChild.SECRETS_PROPERTY + "=" + work.resolve(OutboxKillChild.SECRETS_FILE),
                    "-cp", System.getProperty("java.class.path"), OutboxKillChild.class.getName(), spec, region,
                    first.toString(), Long.toString(seed)));
            if (drain) {
                cmd.add("drain");
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                    work.resolve("children.log").toFile()));
            return new Child(pb.start());
        }

        /** Waits for the line starting with {@code prefix}; returns it under that key (fails on timeout or death). */
        Map<String, String> await(String prefix, long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                String l = lines.poll(100, TimeUnit.MILLISECONDS);
                if (l != null) {
                    seen.add(l);
                    if (l.startsWith(prefix)) {
                        return Map.of(prefix, l);
                    }
                } else if (!process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("the server exited (" + process.exitValue() + ") before " + prefix
                            + "; it printed " + seen);
                }
            }
            throw new AssertionError("no " + prefix + " within " + seconds + " s; printed " + seen);
        }

        /** SIGKILL (destroyForcibly on Linux), then everything it printed is read. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            lines.drainTo(seen);
        }

        Optional<String> line(String prefix) {
            lines.drainTo(seen);
            return seen.stream().filter(l -> l.startsWith(prefix)).findFirst();
        }

        int lastNumber(String prefix) {
            int last = 0;
            for (String l : seen) {
                if (l.startsWith(prefix + " ")) {
                    last = Integer.parseInt(l.split(" ")[1]);
                }
            }
            return last;
        }
    }
}

package org.fairshed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.model.DayStatusKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-Sent Events: a publish and a day-status change reach subscribers; Last-Event-ID resumes what was missed. */
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorld w;

    @BeforeAll
    static void start() {
        w = TestWorld.get();
    }

    record Event(String id, String name, JsonNode data) {
    }

    /** Reads a stream on a thread into a queue until closed. */
    static final class Stream implements AutoCloseable {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Thread reader;
        private volatile java.io.InputStream in;

        Stream(String path, String lastEventId) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(w.url(path))).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<java.io.InputStream> r = w.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            in = r.body();
            reader = new Thread(() -> {
                try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String id = null;
                    String name = null;
                    StringBuilder data = new StringBuilder();
                    for (String line = br.readLine(); line != null; line = br.readLine()) {
                        if (line.isEmpty()) {
                            if (data.length() > 0) {
                                events.add(new Event(id, name, JSON.readTree(data.toString())));
                            }
                            id = null;
                            name = null;
                            data.setLength(0);
                        } else if (line.startsWith("id:")) {
                            id = line.substring(3).trim();
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5).trim());
                        }
                    }
                } catch (Exception ignored) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(300); // subscribed
        }

        Event next() throws InterruptedException {
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("an event within 10 s").isNotNull();
            return e;
        }

        @Override
        public void close() throws Exception {
            in.close();
        }
    }

    @Test
    void aPublishReachesTheRegionsAndTheGroupsSubscribersWithItsDiff() throws Exception {
        TestWorld.publish(w.store, TestWorld.draft("events", TestWorld.AUTUMN, 2, "events base"));
        w.awaitDispatched();
        try (Stream all = new Stream("/api/v1/events", null);
             Stream region = new Stream("/api/v1/events?region=events", null);
             Stream group = new Stream("/api/v1/events?region=events&group=3.1", null);
             Stream otherRegion = new Stream("/api/v1/events?region=kyiv", null)) {
            var d = TestWorld.draft("events", TestWorld.AUTUMN, 2, "events change");
            List<org.fairshed.store.model.GroupDay> groups = new ArrayList<>();
            for (var g : d.groups()) {
                if (g.group().equals("3.1") && g.day().equals(TestWorld.AUTUMN)) {
                    g = new org.fairshed.store.model.GroupDay(g.group(), g.day(),
                            List.of(new org.fairshed.store.model.Interval(180, 240)), List.of(), g.loadMw());
                }
                groups.add(g);
            }
            var published = TestWorld.publish(w.store, new org.fairshed.store.model.RevisionDraft(d.region(), 30, d.days(),
                    groups, d.ledger(), "OPTIMAL", "events change", "dispatcher"));
            Event e = region.next();
            assertThat(e.name()).isEqualTo("revision");
            assertThat(e.data().path("revision").asInt()).isEqualTo(published.revision().number());
            assertThat(e.data().path("diff").path("groupsChanged").get(0).asText()).isEqualTo("3.1");
            assertThat(e.data().path("diff").path("minutesChanged").asInt()).isEqualTo(240 + 120);
            assertThat(Long.parseLong(e.id())).isEqualTo(w.store.events().latestId());
            assertThat(group.next().id()).isEqualTo(e.id());
            assertThat(all.next().id()).isEqualTo(e.id());
            // the API already serves what the event announces
            JsonNode s = JSON.readTree(w.get("/api/v1/regions/events").body());
            assertThat(s.path("published").path("number").asInt()).isEqualTo(published.revision().number());
            assertThat(otherRegion.events.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void lastEventIdResumesWhatWasMissed() throws Exception {
        TestWorld.publish(w.store, TestWorld.draft("events", TestWorld.AUTUMN, 2, "resume base"));
        w.awaitDispatched();
        long seen = w.store.events().latestId();
        w.store.dayStatus().set("events", LocalDate.of(2026, 10, 27), DayStatusKind.WAITING_FOR_SCHEDULE,
                java.time.Instant.parse("2026-10-26T16:00:00Z"), null, List.of(), "dispatcher", null);
        TestWorld.publish(w.store, TestWorld.draft("events", TestWorld.AUTUMN, 3, "resume more"));
        w.awaitDispatched();
        try (Stream s = new Stream("/api/v1/events?region=events", Long.toString(seen))) {
            Event status = s.next();
            assertThat(status.name()).isEqualTo("day-status");
            assertThat(status.data().path("status").asText()).isEqualTo("WAITING_FOR_SCHEDULE");
            assertThat(Long.parseLong(status.id())).isGreaterThan(seen);
            Event revision = s.next();
            assertThat(revision.name()).isEqualTo("revision");
            assertThat(revision.data().path("diff").path("daysAdded").get(0).asText()).isEqualTo("2026-10-27");
            assertThat(Long.parseLong(revision.id())).isGreaterThan(Long.parseLong(status.id()));
            assertThat(s.events.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}

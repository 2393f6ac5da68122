package org.fairshed.notify.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.Notifier;
import org.fairshed.notify.outbox.Payloads;
import org.fairshed.notify.testing.LoopbackReceiver;
import org.fairshed.notify.testing.MutableClock;
import org.fairshed.notify.testing.NotifyWorld;
import org.fairshed.notify.webhook.NewWebhook;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.Interval;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lead-time warnings kept in the store: sent at start − offset (not a second before), by whichever notifier runs
 * then (a restart in between loses nothing and sends nothing twice), cancelled or moved by the revisions that
 * remove or move their outage, cancelled by an emergency. The clock is moved by hand; nothing sleeps.
 */
class LeadWarningTest {

    /** 08:00 in Kyiv (UTC+2 in November). */
    private static final Instant NOW = Instant.parse("2026-11-10T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    /** Group 1.1 off 10:00–12:00 local = 08:00Z–10:00Z. */
    private static final Instant OFF = Instant.parse("2026-11-10T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store = NotifyWorld.store();
    private final MutableClock clock = new MutableClock(NOW);
    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private Notifier notifier;
    private String region;

    @BeforeEach
    void setUp() {
        region = NotifyWorld.region(store);
        notifier = newNotifier();
    }

    @AfterEach
    void tearDown() {
        notifier.close();
        receiver.close();
    }

    private Notifier newNotifier() {
        return Notifier.open(store, NotifyParameters.defaults().withClock(clock)
                .withUrlPolicy(new UrlPolicy(true, false)));
    }

    /** A new notifier on the same store, as after a restart of the server. */
    private void restart() {
        notifier.close();
        notifier = newNotifier();
    }

    private void subscribe(String path, List<Integer> warnMinutes) {
        notifier.webhooks().create(new NewWebhook(receiver.url(path), List.of(), List.of(region + "/1.1"), List.of(),
                warnMinutes), "admin", "127.0.0.1");
    }

    private void publish(int startMinute, int endMinute, String reason) {
        Map<String, List<Interval>> off = startMinute < 0 ? Map.of()
                : Map.of("1.1", List.of(new Interval(startMinute, endMinute)));
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, off, reason));
    }

    private void at(Instant t) {
        clock.set(t);
        for (int i = 0; i < 20 && notifier.runOnce() > 0; i++) {
            // until nothing is left to do at this instant
        }
    }

    private List<JsonNode> warnings(String path) {
        return receiver.received(path).stream().map(r -> {
            try {
                JsonNode n = JSON.readTree(r.body());
                return n.get("type").asText().equals(Payloads.WARNING) ? n.get("data") : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(n -> n != null).toList();
    }

    @Test
    void aWarningIsSentAtStartMinusOffsetByTheNotifierRunningThenAndOnlyOnce() {
        subscribe("/w", List.of(60, 15));
        publish(600, 720, "first");
        at(NOW);
        assertThat(receiver.received("/w")).as("the revision").hasSize(1);
        assertThat(warnings("/w")).isEmpty();

        restart();
        at(OFF.minus(Duration.ofMinutes(60)).minusSeconds(1));
        assertThat(warnings("/w")).as("one second early").isEmpty();
        at(OFF.minus(Duration.ofMinutes(60)));
        assertThat(warnings("/w")).hasSize(1);
        JsonNode w60 = warnings("/w").get(0);
        assertThat(w60.get("group").asText()).isEqualTo("1.1");
        assertThat(w60.get("offAt").asText()).isEqualTo(OFF.toString());
        assertThat(w60.get("backAt").asText()).isEqualTo(OFF.plus(Duration.ofHours(2)).toString());
        assertThat(w60.get("minutesBefore").asInt()).isEqualTo(60);
        assertThat(w60.get("text").get("en").asText()).contains("10:00");

        restart();
        at(OFF.minus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(warnings("/w")).hasSize(1);
        at(OFF.minus(Duration.ofMinutes(15)));
        assertThat(warnings("/w")).extracting(n -> n.get("minutesBefore").asInt()).containsExactly(60, 15);

        restart();
        at(OFF.minus(Duration.ofMinutes(5)));
        at(OFF.plus(Duration.ofHours(3)));
        assertThat(warnings("/w")).as("each offset once, across restarts").hasSize(2);
        assertThat(receiver.received("/w").stream().map(r -> r.header("webhook-id")).distinct())
                .hasSize(receiver.received("/w").size());
    }

    @Test
    void twoNotifiersOnOneStoreSendAWarningOnce() {
        subscribe("/two", List.of(30));
        publish(600, 720, "first");
        at(NOW);
        try (Notifier second = newNotifier()) {
            clock.set(OFF.minus(Duration.ofMinutes(30)));
            for (int i = 0; i < 10; i++) {
                second.runOnce();
                notifier.runOnce();
            }
        }
        assertThat(warnings("/two")).hasSize(1);
    }

    @Test
    void aNotifierDownOverSeveralOffsetsSendsOnlyTheNearestAndNoneOnceTheOutageBegan() {
        subscribe("/late", List.of(60, 15));
        publish(600, 720, "first");
        at(NOW);
        notifier.close();   // down from 08:00 to 09:50 local
        clock.set(OFF.minus(Duration.ofMinutes(10)));
        notifier = newNotifier();
        at(OFF.minus(Duration.ofMinutes(10)));
        assertThat(warnings("/late")).extracting(n -> n.get("minutesBefore").asInt()).containsExactly(10);

        subscribe("/begun", List.of(60));
        publish(630, 720, "a later outage 10:30");  // its 60 was due at 09:30 local: warned at once, at 09:50
        at(OFF.minus(Duration.ofMinutes(10)));
        assertThat(warnings("/begun")).extracting(n -> n.get("offAt").asText())
                .containsExactly(OFF.plus(Duration.ofMinutes(30)).toString());
        at(OFF.plus(Duration.ofMinutes(31)));
        assertThat(warnings("/begun")).as("its outage began: nothing more").hasSize(1);
    }

    @Test
    void aRevisionThatRemovesTheOutageCancelsItsWarnings() {
        subscribe("/gone", List.of(60, 15));
        publish(600, 720, "first");
        at(NOW);
        publish(-1, -1, "1.1 stays on");
        at(NOW.plusSeconds(60));
        restart();
        at(OFF.minus(Duration.ofMinutes(60)));
        at(OFF.minus(Duration.ofMinutes(15)));
        at(OFF);
        assertThat(warnings("/gone")).isEmpty();
        assertThat(receiver.received("/gone")).as("the two revisions only").hasSize(2);
    }

    @Test
    void aRevisionThatMovesTheOutageMovesItsWarnings() {
        subscribe("/moved", List.of(60));
        publish(600, 720, "first");
        at(NOW);
        publish(660, 750, "1.1 an hour later");
        at(NOW.plusSeconds(60));
        restart();
        at(OFF.minus(Duration.ofMinutes(60)));
        assertThat(warnings("/moved")).as("the old instant").isEmpty();
        at(OFF.minusSeconds(1));
        assertThat(warnings("/moved")).isEmpty();
        at(OFF);
        assertThat(warnings("/moved")).singleElement().satisfies(w -> {
            assertThat(w.get("offAt").asText()).isEqualTo(OFF.plus(Duration.ofHours(1)).toString());
            assertThat(w.get("backAt").asText()).isEqualTo(OFF.plus(Duration.ofMinutes(150)).toString());
            assertThat(w.get("revision").asInt()).isEqualTo(2);
        });
        at(OFF.plus(Duration.ofHours(2)));
        assertThat(warnings("/moved")).hasSize(1);
    }

    @Test
    void aRevisionThatKeepsTheOutageDoesNotSendItsWarningAgain() {
        subscribe("/kept", List.of(60, 15));
        publish(600, 720, "first");
        at(NOW);
        at(OFF.minus(Duration.ofMinutes(60)));
        assertThat(warnings("/kept")).hasSize(1);
        publish(600, 750, "1.1 back half an hour later");  // same start: the 60 was sent, the 15 still due
        at(OFF.minus(Duration.ofMinutes(59)));
        at(OFF.minus(Duration.ofMinutes(15)));
        assertThat(warnings("/kept")).extracting(n -> n.get("minutesBefore").asInt()).containsExactly(60, 15);
        assertThat(warnings("/kept").get(1).get("backAt").asText())
                .as("the newer end").isEqualTo(OFF.plus(Duration.ofMinutes(150)).toString());
    }

    @Test
    void anEmergencyCancelsTheDaysWarnings() {
        subscribe("/emergency", List.of(60, 15));
        publish(600, 720, "first");
        at(NOW);
        store.dayStatus().set(region, DAY, DayStatusKind.EMERGENCY, null, "strike", List.of("E1"), "dispatcher", null);
        at(NOW.plusSeconds(60));
        restart();
        at(OFF.minus(Duration.ofMinutes(60)));
        at(OFF.minus(Duration.ofMinutes(15)));
        at(OFF);
        assertThat(warnings("/emergency")).isEmpty();
        assertThat(receiver.received("/emergency")).extracting(r -> r.header("webhook-id"))
                .as("the revision and the day status").hasSize(2);
    }

    @Test
    void anAddressSubscriptionIsWarnedForTheAddressesGroup() {
        long address = NotifyWorld.address(store, region);   // group 2.1
        notifier.webhooks().create(new NewWebhook(receiver.url("/addr"), List.of(), List.of(), List.of(address),
                List.of(30)), "admin", "127.0.0.1");
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("2.1", List.of(new Interval(600, 660)),
                "1.1", List.of(new Interval(540, 600))), "first"));
        at(NOW);
        at(OFF.minus(Duration.ofHours(1)).minus(Duration.ofMinutes(30)));
        assertThat(warnings("/addr")).as("1.1 is not the address's group").isEmpty();
        at(OFF.minus(Duration.ofMinutes(30)));
        assertThat(warnings("/addr")).extracting(n -> n.get("group").asText()).containsExactly("2.1");
    }
}

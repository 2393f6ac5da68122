package org.fairshed.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.Notifier;
import org.fairshed.notify.testing.LoopbackReceiver;
import org.fairshed.notify.testing.MutableClock;
import org.fairshed.notify.testing.NotifyWorld;
import org.fairshed.notify.webhook.CreatedWebhook;
import org.fairshed.notify.webhook.NewWebhook;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.notify.webhook.WebhookSigner;
import org.fairshed.store.PublishListener;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.Interval;
import org.fairshed.store.revision.Publication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T06:00:00Z");   // 08:00 in Kyiv
    private static final LocalDate DAY = LocalDate.of(2026, 10, 25);
    private final Store store = NotifyWorld.store();
    private final MutableClock clock = new MutableClock(NOW);
    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private Notifier notifier;
    private String region;

    @BeforeEach
    void open() {
        region = NotifyWorld.region(store);
        notifier = Notifier.open(store, NotifyParameters.defaults().withClock(clock)
                .withUrlPolicy(new UrlPolicy(true, false))
                .withBackoff(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.5, 4)));
    }

    @AfterEach
    void close() {
        notifier.close();
        receiver.close();
    }

    private CreatedWebhook subscribe(String path, List<String> regions, List<String> groups) {
        return notifier.webhooks().create(new NewWebhook(receiver.url(path), regions, groups, List.of(), List.of()),
                "admin", "127.0.0.1");
    }

    private void drain() {
        for (int i = 0; i < 20 && notifier.runOnce() > 0; i++) {
            // until nothing is left to do at this clock
        }
    }

    @Test
    void aPublishReachesItsSubscribersSignedPerStandardWebhooks() {
        CreatedWebhook all = subscribe("/all", List.of(region), List.of());
        CreatedWebhook group = subscribe("/g11", List.of(), List.of(region + "/1.1"));
        CreatedWebhook other = subscribe("/g22", List.of(), List.of(region + "/2.2"));
        assertThat(all.secret()).startsWith("whsec_");
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, Map.of("1.1", List.of(new Interval(600, 720))),
                "first"));
        drain();
        // a first revision changes every group
        assertThat(receiver.received("/all")).hasSize(1);
        assertThat(receiver.received("/g11")).hasSize(1);
        assertThat(receiver.received("/g22")).hasSize(1);
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, Map.of("1.1", List.of(new Interval(660, 720))),
                "moved 1.1"));
        drain();
        assertThat(receiver.received("/all")).hasSize(2);
        assertThat(receiver.received("/g11")).hasSize(2);
        assertThat(receiver.received("/g22")).as("2.2 did not change").hasSize(1);
        LoopbackReceiver.Received r = receiver.received("/g11").get(1);
        assertThat(r.header("webhook-id")).isEqualTo("fs-rev-" + region + "-2");
        long timestamp = Long.parseLong(r.header("webhook-timestamp"));
        assertThat(timestamp).isEqualTo(NOW.getEpochSecond());
        assertThat(WebhookSigner.of(group.secret()).verify(r.header("webhook-id"), timestamp, r.text(),
                r.header("webhook-signature"))).isTrue();
        assertThat(WebhookSigner.of(all.secret()).verify(r.header("webhook-id"), timestamp, r.text(),
                r.header("webhook-signature"))).as("another subscriber's secret").isFalse();
        assertThat(r.text()).contains("\"type\":\"schedule.revision\"").contains("\"revision\":2")
                .contains("\"groupsChanged\":[\"1.1\"]");
        assertThat(other.subscription().id()).startsWith("wh_");
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameIdAndBackoffThenA410DisablesIt() {
        CreatedWebhook w = subscribe("/flaky", List.of(region), List.of());
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(() -> calls.incrementAndGet() <= 2 ? 503 : 204);
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of(), "one"));
        drain();
        assertThat(receiver.received("/flaky")).hasSize(1);
        clock.advance(Duration.ofSeconds(4));
        drain();
        assertThat(receiver.received("/flaky")).as("not before the backoff (5 to 10 s)").hasSize(1);
        clock.advance(Duration.ofSeconds(7));
        drain();
        assertThat(receiver.received("/flaky")).hasSize(2);
        clock.advance(Duration.ofSeconds(21));
        drain();
        List<LoopbackReceiver.Received> got = receiver.received("/flaky");
        assertThat(got).hasSize(3);
        assertThat(got.stream().map(x -> x.header("webhook-id")).distinct()).hasSize(1);
        assertThat(got.get(0).text()).isEqualTo(got.get(2).text());
        assertThat(got.get(2).header("webhook-timestamp")).isNotEqualTo(got.get(0).header("webhook-timestamp"));
        clock.advance(Duration.ofHours(1));
        drain();
        assertThat(receiver.received("/flaky")).as("delivered once, never again").hasSize(3);

        receiver.answer(() -> 410);
        store.dayStatus().set(region, DAY, DayStatusKind.EMERGENCY, null, "strike", List.of("E1"), "dispatcher", null);
        drain();
        assertThat(notifier.webhooks().get(w.subscription().id()).orElseThrow().disabledAt()).isNotNull();
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.1", List.of(new Interval(0, 60))), "x"));
        clock.advance(Duration.ofHours(1));
        drain();
        assertThat(receiver.received("/flaky")).hasSize(4);
    }

    @Test
    void theOutboxRowCommitsWithThePublishAndOnlyWithIt() {
        subscribe("/tx", List.of(region), List.of());
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of(), "one"));
        var conflict = store.revisions().publish(new Publication(NotifyWorld.draft(region, DAY, 1, Map.of(), "stale"), 0,
                null));
        assertThat(conflict.isPublished()).isFalse();
        PublishListener failing = new PublishListener() {
            @Override
            public void onRevision(java.sql.Connection tx, org.fairshed.store.model.Revision r, long e) {
                throw new IllegalStateException("listener refuses");
            }

            @Override
            public void onDayStatus(java.sql.Connection tx, org.fairshed.store.model.DayStatus s, long e) {
            }
        };
        store.addPublishListener(failing);
        try {
            assertThatThrownBy(() -> NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of(), "two")))
                    .hasMessageContaining("listener refuses");
        } finally {
            store.removePublishListener(failing);
        }
        assertThat(store.revisions().published(region).orElseThrow().number()).isEqualTo(1);
        drain();
        assertThat(receiver.received("/tx")).extracting(x -> x.header("webhook-id"))
                .containsExactly("fs-rev-" + region + "-1");
    }

    @Test
    void aPublishWithoutTheListenerIsCaughtUpFromTheEventSequence() {
        subscribe("/late", List.of(region), List.of());
        notifier.close();   // removes the listener: a writer without notifications
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of(), "tool"));
        notifier = Notifier.open(store, notifier.parameters());
        drain();
        assertThat(receiver.received("/late")).extracting(x -> x.header("webhook-id"))
                .containsExactly("fs-rev-" + region + "-1");
    }

    /**
     * A crash between the send and its record: the message was received but the dispatcher died before recording
     * (simulated by claiming it, sending it by hand and never recording). After the lease the message goes again
     * with the same webhook-id and body: the receiver sees it twice and dedups by webhook-id; it is never lost.
     */
    @Test
    void aCrashBetweenSendAndRecordResendsWithTheSameIdAfterTheLease() {
        subscribe("/crash", List.of(region), List.of());
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of(), "one"));
        notifier.runOnce();
        receiver.answer(() -> 200);
        int before = receiver.received("/crash").size();
        DeliveryRepository deliveries = new DeliveryRepository(store.database());
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.1", List.of(new Interval(0, 30))), "two"));
        new FanOut(store, new Payloads("")).run(clock.instant(), 10);
        List<Delivery> claimed = deliveries.claim(clock.instant(), Duration.ofSeconds(60), 10);
        Delivery mine = claimed.stream().filter(d -> d.messageId().equals("fs-rev-" + region + "-2")).findFirst()
                .orElseThrow();
        new org.fairshed.notify.webhook.WebhookSender(store.database(), new UrlPolicy(true, false), null,
                notifier.parameters().secrets(), clock, Duration.ofSeconds(5), Duration.ofSeconds(10)).send(mine);
        // ... and the process dies here: no record
        drain();
        assertThat(receiver.received("/crash")).hasSize(before + 1);
        clock.advance(Duration.ofSeconds(61));
        drain();
        List<String> ids = receiver.received("/crash").stream().map(x -> x.header("webhook-id")).toList();
        assertThat(ids).hasSize(before + 2);
        assertThat(ids.get(ids.size() - 1)).isEqualTo(ids.get(ids.size() - 2)).isEqualTo("fs-rev-" + region + "-2");
        clock.advance(Duration.ofMinutes(10));
        drain();
        assertThat(receiver.received("/crash")).as("recorded now: not again").hasSize(before + 2);
    }
}

package org.fairshed.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.Notifier;
import org.fairshed.notify.testing.LoopbackReceiver;
import org.fairshed.notify.testing.MutableClock;
import org.fairshed.notify.testing.NotifyWorld;
import org.fairshed.store.Store;
import org.fairshed.store.model.Interval;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The secrets the server must keep readable are in the store only sealed: a webhook's signing secret and the VAPID
 * private key. A clear value from before sealing existed is sealed when a notifier opens the store, and a notifier
 * given another key than the one that sealed the store's secrets refuses to start, naming both keys. On a store of
 * this class's own: the shared test store holds other tests' webhooks, sealed under this process's default key.
 */
class SecretsAtRestTest {

    private static final Instant NOW = Instant.parse("2026-10-25T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 25);
    private final MutableClock clock = new MutableClock(NOW);
    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private static final SecretBox KEY = SecretBox.ephemeral();
    private static Store store;

    @BeforeAll
    static void openStore() {
        store = NotifyWorld.separateStore("secrets");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private Notifier open(SecretBox box) {
        return Notifier.open(store, NotifyParameters.defaults().withClock(clock).withUrlPolicy(new UrlPolicy(true, false))
                .withSecrets(box));
    }

    private String stored(String sql, String id) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (id != null) {
                    ps.setString(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private void set(String sql, String value, String id) {
        store.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                if (id != null) {
                    ps.setString(2, id);
                }
                return ps.executeUpdate();
            }
        });
    }

    private String webhookSecret(String id) {
        return stored("select secret from webhook_subscription where id = ?", id);
    }

    private String vapidPrivateKey() {
        return stored("select private_key from vapid_key where id = 1", null);
    }

    private void deleteAllWebhooks() {
        store.database().write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("update webhook_subscription set deleted_at = now() where deleted_at is null");
            }
        });
    }

    @Test
    void theStoreHoldsTheSecretsOnlySealedAndDeliveriesAreSignedWithTheClearOne() {
        String region = NotifyWorld.region(store);
        try (Notifier n = open(KEY)) {
            CreatedWebhook w = n.webhooks().create(new NewWebhook(receiver.url("/h"), List.of(region), List.of(),
                    List.of(), List.of()), "admin", "127.0.0.1");
            String atRest = webhookSecret(w.subscription().id());
            assertThat(atRest).startsWith(SecretBox.PREFIX + KEY.id() + ":")
                    .doesNotContain(w.secret().substring("whsec_".length()));
            assertThat(vapidPrivateKey()).startsWith(SecretBox.PREFIX + KEY.id() + ":");
            NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.1", List.of(new Interval(0, 60))),
                    "first"));
            for (int i = 0; i < 20 && n.runOnce() > 0; i++) {
                // deliver
            }
            LoopbackReceiver.Received r = receiver.received("/h").get(0);
            assertThat(WebhookSigner.of(w.secret()).verify(r.header("webhook-id"),
                    Long.parseLong(r.header("webhook-timestamp")), r.text(), r.header("webhook-signature"))).isTrue();
        }
    }

    @Test
    void clearSecretsFromBeforeAreSealedOnOpenAndKeepWorking() {
        String region = NotifyWorld.region(store);
        String secret;
        String id;
        String publicKey;
        try (Notifier n = open(KEY)) {
            CreatedWebhook w = n.webhooks().create(new NewWebhook(receiver.url("/old"), List.of(region), List.of(),
                    List.of(), List.of()), "admin", "127.0.0.1");
            secret = w.secret();
            id = w.subscription().id();
            publicKey = n.vapid().publicKey();
        }
        // what a version before sealing left: both in clear
        set("update webhook_subscription set secret = ? where id = ?", secret, id);
        set("update vapid_key set private_key = ? where id = 1", KEY.open(vapidPrivateKey(), "vapid:1"), null);
        assertThat(SecretBox.isSealed(webhookSecret(id))).isFalse();
        try (Notifier n = open(KEY)) {
            assertThat(webhookSecret(id)).startsWith(SecretBox.PREFIX + KEY.id() + ":").doesNotContain(
                    secret.substring("whsec_".length()));
            assertThat(vapidPrivateKey()).startsWith(SecretBox.PREFIX + KEY.id() + ":");
            assertThat(n.vapid().publicKey()).as("the same VAPID identity: subscriptions survive").isEqualTo(publicKey);
            NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.2", List.of(new Interval(0, 30))),
                    "after"));
            for (int i = 0; i < 20 && n.runOnce() > 0; i++) {
                // deliver
            }
            LoopbackReceiver.Received r = receiver.received("/old").get(0);
            assertThat(WebhookSigner.of(secret).verify(r.header("webhook-id"),
                    Long.parseLong(r.header("webhook-timestamp")), r.text(), r.header("webhook-signature"))).isTrue();
        }
    }

    @Test
    void aNotifierWithAnotherKeyRefusesToStartAndNamesBothKeys() {
        String region = NotifyWorld.region(store);
        deleteAllWebhooks();
        try (Notifier n = open(KEY)) {
            n.webhooks().create(new NewWebhook(receiver.url("/k"), List.of(region), List.of(), List.of(), List.of()),
                    "admin", "127.0.0.1");
        }
        SecretBox other = SecretBox.ephemeral();
        assertThatThrownBy(() -> open(other)).isInstanceOf(SecretBoxException.class)
                .hasMessageContaining("1 webhook secret(s)").hasMessageContaining(KEY.id())
                .hasMessageContaining(other.id());
        // with no webhook left, the VAPID key alone still tells
        deleteAllWebhooks();
        assertThatThrownBy(() -> open(other)).isInstanceOf(SecretBoxException.class)
                .hasMessageContaining("VAPID").hasMessageContaining(KEY.id()).hasMessageContaining(other.id());
    }
}

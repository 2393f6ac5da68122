package org.fairshed.notify.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
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
import org.fairshed.notify.testing.PushDecryptor;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.store.Store;
import org.fairshed.store.model.Interval;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A browser's push auth secret is in the store only sealed, bound to its endpoint; messages are still encrypted with
 * the clear one (the browser decrypts them). A clear secret from before sealing existed is sealed when a notifier
 * opens the store, and a notifier with another key refuses to start, naming both keys. On a store of this class's own.
 */
class PushAuthAtRestTest {

    private static final Instant NOW = Instant.parse("2026-10-25T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 25);
    private static final SecretBox KEY = SecretBox.ephemeral();
    private static Store store;
    private final MutableClock clock = new MutableClock(NOW);
    private final LoopbackReceiver pushService = new LoopbackReceiver();
    private final KeyPair browser = EcKeys.generate();
    private final byte[] browserPublic = EcKeys.encode((ECPublicKey) browser.getPublic());
    private final byte[] auth = new byte[16];

    @BeforeAll
    static void openStore() {
        store = NotifyWorld.separateStore("push-secrets");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @AfterEach
    void close() {
        pushService.close();
    }

    private Notifier open(SecretBox box) {
        return Notifier.open(store, NotifyParameters.defaults().withClock(clock).withUrlPolicy(new UrlPolicy(true, false))
                .withSecrets(box));
    }

    private String subscribe(Notifier n, String region, String path) {
        new SecureRandom().nextBytes(auth);
        pushService.answer(() -> 201);
        return n.push().create(new NewPushSubscription(pushService.url(path), EcKeys.base64Url(browserPublic),
                EcKeys.base64Url(auth), null, region, "1.1", List.of(), "en")).subscription().id();
    }

    private String storedAuth(String id) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select auth from push_subscription where id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private void setStoredAuth(String id, String value) {
        store.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update push_subscription set auth = ? where id = ?")) {
                ps.setString(1, value);
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Publishes a day with group 1.1 off and returns the text the browser decrypts from the push service's message. */
    private String deliverAndDecrypt(Notifier n, String region, String path, String reason) throws Exception {
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.1", List.of(new Interval(0, 60))), reason));
        for (int i = 0; i < 20 && n.runOnce() > 0; i++) {
            // deliver
        }
        List<LoopbackReceiver.Received> got = pushService.received(path);
        assertThat(got).as("messages at the push service").isNotEmpty();
        return new String(PushDecryptor.decrypt(got.get(got.size() - 1).body(), browser.getPrivate(), browserPublic, auth),
                StandardCharsets.UTF_8);
    }

    @Test
    void theAuthSecretIsStoredSealedAndMessagesStillDecrypt() throws Exception {
        String region = NotifyWorld.region(store);
        try (Notifier n = open(KEY)) {
            String id = subscribe(n, region, "/push/a");
            assertThat(storedAuth(id)).startsWith(SecretBox.PREFIX + KEY.id() + ":")
                    .doesNotContain(EcKeys.base64Url(auth));
            assertThat(n.push().get(id).orElseThrow().toString()).doesNotContain(EcKeys.base64Url(auth));
            assertThat(deliverAndDecrypt(n, region, "/push/a", "sealed")).contains(region);
        }
    }

    @Test
    void aClearAuthSecretFromBeforeIsSealedOnOpenAndKeepsWorking() throws Exception {
        String region = NotifyWorld.region(store);
        String id;
        try (Notifier n = open(KEY)) {
            id = subscribe(n, region, "/push/old");
        }
        setStoredAuth(id, EcKeys.base64Url(auth));
        try (Notifier n = open(KEY)) {
            assertThat(storedAuth(id)).startsWith(SecretBox.PREFIX + KEY.id() + ":")
                    .doesNotContain(EcKeys.base64Url(auth));
            assertThat(deliverAndDecrypt(n, region, "/push/old", "after")).contains(region);
        }
    }

    @Test
    void aSealedSecretCopiedToAnotherSubscriptionDoesNotOpenAndNothingIsSent() {
        String region = NotifyWorld.region(store);
        try (Notifier n = open(KEY)) {
            String first = subscribe(n, region, "/push/first");
            byte[] firstAuth = auth.clone();
            String second = subscribe(n, region, "/push/second");
            setStoredAuth(second, storedAuth(first));
            assertThat(firstAuth).isNotEqualTo(auth);
            NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 1, Map.of("1.1", List.of(new Interval(0, 30))),
                    "copied"));
            for (int i = 0; i < 20 && n.runOnce() > 0; i++) {
                // deliver
            }
            assertThat(pushService.received("/push/first")).isNotEmpty();
            assertThat(pushService.received("/push/second")).as("a secret bound to another endpoint").isEmpty();
        }
    }

    @Test
    void aNotifierWithAnotherKeyRefusesToStartAndNamesBothKeys() {
        Store own = NotifyWorld.separateStore("push-secrets-key");
        try (own) {
            String region = NotifyWorld.region(own);
            try (Notifier n = Notifier.open(own, NotifyParameters.defaults().withClock(clock)
                    .withUrlPolicy(new UrlPolicy(true, false)).withSecrets(KEY))) {
                new SecureRandom().nextBytes(auth);
                n.push().create(new NewPushSubscription(pushService.url("/push/k"), EcKeys.base64Url(browserPublic),
                        EcKeys.base64Url(auth), null, region, "1.1", List.of(), "en"));
            }
            SecretBox other = SecretBox.ephemeral();
            assertThatThrownBy(() -> Notifier.open(own, NotifyParameters.defaults().withClock(clock)
                    .withUrlPolicy(new UrlPolicy(true, false)).withSecrets(other)))
                    .isInstanceOf(SecretBoxException.class).hasMessageContaining("1 push subscription auth secret(s)")
                    .hasMessageContaining(KEY.id()).hasMessageContaining(other.id());
        }
    }
}

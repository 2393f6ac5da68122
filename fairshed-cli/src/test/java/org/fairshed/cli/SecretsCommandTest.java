package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.ECPublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.Notifier;
import org.fairshed.notify.push.EcKeys;
import org.fairshed.notify.push.NewPushSubscription;
import org.fairshed.notify.webhook.NewWebhook;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fairshed secrets rotate} on a data folder with its own key file: every sealed secret (a webhook's, a push
 * subscription's, the VAPID key) ends up under the new key, which takes the old one's place while the old one is kept
 * beside it; the store then opens with the new key only, and the rotation is in the audit log.
 */
class SecretsCommandTest {

    @TempDir
    static Path tmp;
    private static Path data;
    private static String oldKeyId;

    @BeforeAll
    static void storeWithSecrets() {
        Assumptions.assumeTrue(System.getenv(SecretsKey.ENV) == null, SecretsKey.ENV + " is set here");
        data = tmp.resolve("data");
        SecretBox key = SecretBox.fromFile(data.resolve(SecretsKey.FILE_NAME));
        oldKeyId = key.id();
        try (Store s = StoreFactory.open(StoreParameters.embedded(data));
             Notifier n = notifier(s, key)) {
            s.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", ZoneId.of("Europe/Kyiv")));
            s.organisation().putGroups("kyiv", ScheduleType.HOURLY, List.of("1.1"));
            n.webhooks().create(new NewWebhook("http://127.0.0.1:9/hook", List.of("kyiv"), List.of(), List.of(),
                    List.of()), "admin", "127.0.0.1");
            byte[] auth = new byte[16];
            n.push().create(new NewPushSubscription("http://127.0.0.1:9/push/1",
                    EcKeys.base64Url(EcKeys.encode((ECPublicKey) EcKeys.generate().getPublic())), EcKeys.base64Url(auth),
                    null, "kyiv", "1.1", List.of(), "en"));
        }
    }

    private static Notifier notifier(Store s, SecretBox key) {
        return Notifier.open(s, NotifyParameters.defaults().withUrlPolicy(new UrlPolicy(true, false)).withSecrets(key));
    }

    private static List<String> sealedValues(Store s) {
        return s.database().read(c -> {
            List<String> values = new ArrayList<>();
            for (String sql : List.of("select secret from webhook_subscription", "select auth from push_subscription",
                    "select private_key from vapid_key")) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
            return values;
        });
    }

    @Test
    void everySecretIsResealedUnderTheNewKeyWhichTakesTheOldOnesPlace() throws Exception {
        Path newKey = tmp.resolve("new.key");
        CliRun r = CliRun.of("secrets", "rotate", "--data", data.toString(), "--new-key", newKey.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String newId = SecretBox.fromFile(newKey).id();
        assertThat(r.out()).contains("re-sealed under the key " + newId + " (was " + oldKeyId + "): 1 webhook secret(s), "
                + "1 push auth secret(s), 1 VAPID key(s)");
        Path current = data.resolve(SecretsKey.FILE_NAME);
        Path retired = data.resolve(SecretsKey.FILE_NAME + ".retired-" + oldKeyId);
        assertThat(SecretBox.fromFile(current).id()).isEqualTo(newId);
        assertThat(SecretBox.fromFile(retired).id()).isEqualTo(oldKeyId);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(current))).isEqualTo("rw-------");
        try (Store s = StoreFactory.open(StoreParameters.embedded(data))) {
            assertThat(sealedValues(s)).hasSize(3).allSatisfy(v -> assertThat(v).startsWith(SecretBox.PREFIX + newId + ":"));
            assertThatThrownBy(() -> notifier(s, SecretBox.fromFile(retired))).isInstanceOf(SecretBoxException.class)
                    .hasMessageContaining(newId);
            try (Notifier n = notifier(s, SecretBox.fromFile(current))) {
                assertThat(n.vapid().publicKey()).isNotBlank();
            }
            assertThat(s.audit().recent(5)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("secrets.rotate");
                assertThat(e.actor()).startsWith("cli:");
            });
        }
        CliRun again = CliRun.of("secrets", "rotate", "--data", data.toString(), "--new-key", newKey.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--new-key", "the new key is the current key").doesNotContain("Exception");
    }

    @Test
    void withoutACurrentKeyThereIsNothingToRotate() {
        CliRun r = CliRun.of("secrets", "rotate", "--data", tmp.resolve("empty").toString(), "--new-key",
                tmp.resolve("x.key").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nothing sealed to rotate").doesNotContain("Exception");
        assertThat(tmp.resolve("x.key")).doesNotExist();
    }
}

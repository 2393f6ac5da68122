package org.fairshed.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.notify.push.Vapid;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.store.Store;
import org.fairshed.store.access.Actor;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * Re-seals every secret the store keeps sealed (webhook signing secrets, push subscriptions' auth secrets, the VAPID
 * private key) from one key to another, in one transaction with its audit entry: afterwards every value opens with
 * the new key only, or, when anything fails, nothing changed. Values already under the new key are left as they are
 * (a second run after an interrupted swap of key files does no harm); clear values from before sealing existed are
 * sealed; a value under a third key stops the rotation, naming that key. Servers must be stopped first: one still
 * running holds the old key and would seal new secrets under it.
 */
public final class SecretsRotation {

    /** What was re-sealed, per kind of secret. */
    public record Result(int webhookSecrets, int pushAuthSecrets, int vapidKeys, int alreadyUnderNewKey) {

        public int total() {
            return webhookSecrets + pushAuthSecrets + vapidKeys;
        }
    }

    /** One sealed column: its table's rows as (id, what the context is made of, value, live or not). */
    private record Column(String kind, String select, String update, Function<String[], String> context) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("webhook secret", "select id, id, secret, deleted_at is null from webhook_subscription for update",
                    "update webhook_subscription set secret = ? where id = ?", r -> WebhookRepository.context(r[1])),
            new Column("push auth secret", "select id, endpoint, auth, disabled_at is null from push_subscription for update",
                    "update push_subscription set auth = ? where id = ?", r -> PushRepository.context(r[1])),
            new Column("VAPID private key", "select id::text, id::text, private_key, true from vapid_key for update",
                    "update vapid_key set private_key = ? where id = ?::int", r -> Vapid.context()));

    private SecretsRotation() {
    }

    /** Re-seals under {@code to} everything sealed under {@code from} (or in clear); audited as {@code actor}. */
    public static Result rotate(Store store, SecretBox from, SecretBox to, Actor actor) {
        if (from.id().equals(to.id())) {
            throw new SecretBoxException("the new key is the current key (" + from.id() + "): nothing to rotate");
        }
        return store.database().write(c -> {
            int[] counts = new int[COLUMNS.size()];
            int already = 0;
            Set<String> foreign = new TreeSet<>();
            for (int k = 0; k < COLUMNS.size(); k++) {
                Column col = COLUMNS.get(k);
                for (String[] row : rows(c, col.select())) {
                    String value = row[2];
                    if (SecretBox.isSealed(value) && SecretBox.keyIdOf(value).equals(to.id())) {
                        already++;
                        continue;
                    }
                    if (SecretBox.isSealed(value) && !SecretBox.keyIdOf(value).equals(from.id())) {
                        if (row[3].equals("live")) {
                            foreign.add(col.kind() + " " + row[0] + " (key " + SecretBox.keyIdOf(value) + ")");
                        }
                        // a deleted webhook's or disabled subscription's secret under a lost key: never read again
                        continue;
                    }
                    String context = col.context().apply(row);
                    String plain = SecretBox.isSealed(value) ? from.open(value, context) : value;
                    try (PreparedStatement ps = c.prepareStatement(col.update())) {
                        ps.setString(1, to.seal(plain, context));
                        ps.setString(2, row[0]);
                        counts[k] += ps.executeUpdate();
                    }
                }
            }
            if (!foreign.isEmpty()) {
                throw new SecretBoxException(foreign.size() + " secret(s) are sealed under neither the current key "
                        + from.id() + " nor the new one " + to.id() + ": " + String.join(", ", foreign)
                        + "; nothing was re-sealed");
            }
            Result r = new Result(counts[0], counts[1], counts[2], already);
            AuditRepository.append(c, actor, "secrets.rotate", null, null, null, "secrets key",
                    "{\"from\": \"" + from.id() + "\", \"to\": \"" + to.id() + "\", \"webhookSecrets\": " + r.webhookSecrets()
                            + ", \"pushAuthSecrets\": " + r.pushAuthSecrets() + ", \"vapidKeys\": " + r.vapidKeys()
                            + ", \"alreadyUnderNewKey\": " + already + "}");
            return r;
        });
    }

    private static List<String[]> rows(Connection c, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4) ? "live" : ""});
            }
        }
        return rows;
    }
}

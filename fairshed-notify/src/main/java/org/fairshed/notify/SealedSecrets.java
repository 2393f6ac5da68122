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
import org.fairshed.store.secret.SecretBox;

/**
 * The store's sealed columns ({@link SecretBox}): webhook signing secrets, push subscriptions' auth secrets, the VAPID
 * private key; what each value is bound to, and the sealing of values still in clear (written before sealing existed).
 * One place for the notifier's start and for {@link SecretsRotation}.
 */
final class SealedSecrets {

    /** One sealed column: its rows as (id, what the context is made of, value, whether the row is live). */
    record Column(String kind, String select, String update, Function<String, String> context) {

        List<String[]> rows(Connection c) throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4) ? "live" : ""});
                }
            }
            return rows;
        }

        int write(Connection c, String id, String sealed) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(update)) {
                ps.setString(1, sealed);
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        }
    }

    static final Column WEBHOOKS = new Column("webhook secret(s)", "select id, id, secret, deleted_at is null "
            + "from webhook_subscription for update", "update webhook_subscription set secret = ? where id = ?",
            WebhookRepository::context);
    static final Column PUSH = new Column("push subscription auth secret(s)", "select id, endpoint, auth, "
            + "disabled_at is null from push_subscription for update", "update push_subscription set auth = ? where id = ?",
            PushRepository::context);
    static final Column VAPID = new Column("VAPID private key", "select id::text, id::text, private_key, true "
            + "from vapid_key for update", "update vapid_key set private_key = ? where id = ?::int", id -> Vapid.context());

    /** What {@link #sealClear} did: clear values sealed now, and live ones sealed under other keys (their ids). */
    record Sealing(int sealedNow, int foreign, Set<String> foreignKeys) {
    }

    private SealedSecrets() {
    }

    /**
     * Seals every value of {@code column} still in clear under {@code box} and counts the live rows whose value another
     * key sealed, on an open transaction.
     */
    static Sealing sealClear(Connection c, SecretBox box, Column column) throws SQLException {
        int sealed = 0;
        int foreign = 0;
        Set<String> foreignKeys = new TreeSet<>();
        for (String[] row : column.rows(c)) {
            String value = row[2];
            if (!SecretBox.isSealed(value)) {
                sealed += column.write(c, row[0], box.seal(value, column.context().apply(row[1])));
            } else if (row[3].equals("live") && !SecretBox.keyIdOf(value).equals(box.id())) {
                foreign++;
                foreignKeys.add(SecretBox.keyIdOf(value));
            }
        }
        return new Sealing(sealed, foreign, foreignKeys);
    }
}

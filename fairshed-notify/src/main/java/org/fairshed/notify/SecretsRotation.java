package org.fairshed.notify;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    }

    private static final List<SealedSecrets.Column> COLUMNS = List.of(SealedSecrets.WEBHOOKS, SealedSecrets.PUSH,
            SealedSecrets.VAPID);

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
                SealedSecrets.Column col = COLUMNS.get(k);
                for (String[] row : col.rows(c)) {
                    String value = row[2];
                    if (SecretBox.isSealed(value) && SecretBox.keyIdOf(value).equals(to.id())) {
                        already++;
                        continue;
                    }
                    if (SecretBox.isSealed(value) && !SecretBox.keyIdOf(value).equals(from.id())) {
                        if (row[3].equals("live")) {
                            foreign.add(col.kind() + " of " + row[0] + " (key " + SecretBox.keyIdOf(value) + ")");
                        }
                        // a deleted webhook's or disabled subscription's secret under a lost key: never read again
                        continue;
                    }
                    String context = col.context().apply(row[1]);
                    String plain = SecretBox.isSealed(value) ? from.open(value, context) : value;
                    counts[k] += col.write(c, row[0], to.seal(plain, context));
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
}

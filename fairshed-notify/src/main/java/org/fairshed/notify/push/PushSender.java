package org.fairshed.notify.push;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.EgressProxy;
import org.fairshed.notify.outbox.HttpPost;
import org.fairshed.notify.outbox.SendOutcome;
import org.fairshed.notify.outbox.Sender;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.store.db.Database;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * Sends a delivery to a browser's push service (RFC 8030): the payload encrypted for the subscription (RFC 8291),
 * VAPID authorization (RFC 8292), {@code TTL} until the message is stale, {@code Urgency: high} for warnings and
 * emergencies. 201 is success; 404 and 410 mean the subscription is gone. The attempt itself is {@link HttpPost}'s.
 */
public final class PushSender implements Sender {

    /** How long a push service keeps a schedule message for an offline phone. */
    public static final long DEFAULT_TTL_SECONDS = 24 * 3600;

    private final Database database;
    private final Vapid vapid;
    private final SecretBox secrets;
    private final Clock clock;
    private final HttpPost http;
    private final SecureRandom random = new SecureRandom();

    /** @param proxy the egress proxy deliveries go through, null for direct connections */
    public PushSender(Database database, UrlPolicy policy, EgressProxy proxy, Vapid vapid, SecretBox secrets, Clock clock,
                      Duration connectTimeout, Duration timeout) {
        this.database = database;
        this.vapid = vapid;
        this.secrets = secrets;
        this.clock = clock;
        this.http = new HttpPost(policy, connectTimeout, timeout).through(proxy);
    }

    @Override
    public SendOutcome send(Delivery d) {
        Optional<PushSubscription> s = database.read(c -> PushRepository.find(c, d.subscriptionId()));
        if (s.isEmpty()) {
            return new SendOutcome(SendOutcome.Kind.FAILED, 0, "the subscription was deleted or disabled");
        }
        String stored = s.get().auth();
        String auth;
        try {
            auth = SecretBox.isSealed(stored) ? secrets.open(stored, PushRepository.context(s.get().endpoint())) : stored;
        } catch (SecretBoxException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "the subscription's auth secret: " + e.getMessage());
        }
        Instant now = clock.instant();
        byte[] body = PushEncryption.encrypt(d.payload().getBytes(StandardCharsets.UTF_8),
                EcKeys.fromBase64Url(s.get().p256dh()), EcKeys.fromBase64Url(auth), random);
        long ttl = d.expiresAt() == null ? DEFAULT_TTL_SECONDS
                : Math.max(0, Duration.between(now, d.expiresAt()).toSeconds());
        boolean urgent = d.type().equals("outage.warning") || d.type().equals("day.status");
        return http.post(s.get().endpoint(), PushRepository.SOURCE, "endpoint", true, endpoint -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", "application/octet-stream");
            headers.put("content-encoding", "aes128gcm");
            headers.put("ttl", Long.toString(ttl));
            headers.put("urgency", urgent ? "high" : "normal");
            headers.put("authorization", vapid.authorization(endpoint, now));
            return new HttpPost.Request(headers, body);
        });
    }
}

package org.fairshed.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.EgressProxy;
import org.fairshed.notify.outbox.HttpPost;
import org.fairshed.notify.outbox.SendOutcome;
import org.fairshed.notify.outbox.Sender;
import org.fairshed.store.db.Database;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * POSTs a delivery to its webhook with the Standard Webhooks headers: {@code webhook-id} (the delivery's message id,
 * the same on every attempt), {@code webhook-timestamp} (this attempt's, in seconds) and {@code webhook-signature}.
 * Redirects are not followed (a 3xx is retried, then given up); the URL is checked against the policy again before
 * each attempt and the connection goes to the addresses that check allowed; connect and response timeouts bound every
 * attempt ({@link HttpPost}).
 */
public final class WebhookSender implements Sender {

    public static final String USER_AGENT = "Fairshed-Webhooks/1";

    private final Database database;
    private final Clock clock;
    private final HttpPost http;
    private final SecretBox secrets;

    /** @param proxy the egress proxy deliveries go through, null for direct connections */
    public WebhookSender(Database database, UrlPolicy policy, EgressProxy proxy, SecretBox secrets, Clock clock,
                         Duration connectTimeout, Duration timeout) {
        this.database = database;
        this.secrets = secrets;
        this.clock = clock;
        this.http = new HttpPost(policy, connectTimeout, timeout).through(proxy);
    }

    @Override
    public SendOutcome send(Delivery d) {
        Optional<String[]> target = database.read(c -> WebhookRepository.target(c, d.subscriptionId()));
        if (target.isEmpty()) {
            return new SendOutcome(SendOutcome.Kind.FAILED, 0, "the subscription was deleted or disabled");
        }
        String stored = target.get()[1];
        String secret;
        try {
            secret = SecretBox.isSealed(stored) ? secrets.open(stored, WebhookRepository.context(d.subscriptionId()))
                    : stored;
        } catch (SecretBoxException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "the subscription's secret: " + e.getMessage());
        }
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSigner.of(secret).sign(d.messageId(), timestamp, d.payload());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        headers.put("webhook-id", d.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature);
        HttpPost.Request request = new HttpPost.Request(headers, d.payload().getBytes(StandardCharsets.UTF_8));
        return http.post(target.get()[0], WebhookRepository.SOURCE, "url", false, uri -> request);
    }
}

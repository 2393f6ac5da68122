package org.fairshed.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.fairshed.common.InputException;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.SendOutcome;
import org.fairshed.notify.outbox.Sender;
import org.fairshed.store.db.Database;

/**
 * POSTs a delivery to its webhook with the Standard Webhooks headers: {@code webhook-id} (the delivery's message id,
 * the same on every attempt), {@code webhook-timestamp} (this attempt's, in seconds) and {@code webhook-signature}.
 * Redirects are not followed (a 3xx is retried, then given up); the URL is checked against the policy again before
 * each attempt; connect and response timeouts bound every attempt.
 */
public final class WebhookSender implements Sender {

    public static final String USER_AGENT = "Fairshed-Webhooks/1";

    private final Database database;
    private final UrlPolicy policy;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;

    public WebhookSender(Database database, UrlPolicy policy, Clock clock, Duration connectTimeout, Duration timeout) {
        this.database = database;
        this.policy = policy;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public SendOutcome send(Delivery d) {
        Optional<String[]> target = database.read(c -> WebhookRepository.target(c, d.subscriptionId()));
        if (target.isEmpty()) {
            return new SendOutcome(SendOutcome.Kind.FAILED, 0, "the subscription was deleted or disabled");
        }
        URI uri;
        try {
            uri = policy.check(target.get()[0], WebhookRepository.SOURCE, "url");
        } catch (InputException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "refused by the URL policy: " + e.getMessage());
        }
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSigner.of(target.get()[1]).sign(d.messageId(), timestamp, d.payload());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", d.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return SendOutcome.ofStatus(response.statusCode(), false);
        } catch (HttpTimeoutException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "timed out");
        } catch (IOException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "cannot connect: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "interrupted");
        }
    }
}

package org.fairshed.notify.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import org.fairshed.common.InputException;
import org.fairshed.notify.webhook.UrlPolicy;

/**
 * One POST attempt of a {@link Sender}, the same for webhooks and push: the target checked against the
 * {@link UrlPolicy} again (a name may resolve elsewhere than when the subscription was made), redirects never
 * followed, connect and whole-attempt timeouts, and what the network or the receiver does turned into a
 * {@link SendOutcome} (never an exception).
 */
public final class HttpPost {

    private final UrlPolicy policy;
    private final HttpClient http;
    private final Duration timeout;

    public HttpPost(UrlPolicy policy, Duration connectTimeout, Duration timeout) {
        this.policy = policy;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * POSTs the request {@code build} makes for the checked target.
     *
     * @param push  a push service's answer (404 means gone too) rather than a webhook's
     * @param build the request for the target: headers and the POST body (the timeout is added here)
     */
    public SendOutcome post(String url, String source, String field, boolean push,
                            Function<URI, HttpRequest.Builder> build) {
        URI uri;
        try {
            uri = policy.check(url, source, field);
        } catch (InputException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "refused by the URL policy: " + e.getMessage());
        }
        try {
            HttpResponse<Void> response = http.send(build.apply(uri).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.discarding());
            return SendOutcome.ofStatus(response.statusCode(), push);
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

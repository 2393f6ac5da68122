package org.fairshed.notify.outbox;

/**
 * What one attempt gave.
 *
 * @param status the HTTP status, 0 when none came (connection refused, timeout, policy refusal)
 * @param detail for the operator (never a secret, never the body)
 */
public record SendOutcome(Kind kind, int status, String detail) {

    public enum Kind {
        /** 2xx: recorded as delivered before the next message of the subscriber is sent. */
        DELIVERED,
        /** Try again after the backoff (5xx, 429, a timeout, a redirect, a refused connection). */
        RETRY,
        /** 410 Gone (push: 404 too): the subscription is disabled, its pending messages cancelled. */
        GONE,
        /** Not worth retrying (another 4xx, a target the URL policy refuses now): given up. */
        FAILED
    }

    public static SendOutcome ofStatus(int status, boolean push) {
        if (status >= 200 && status < 300) {
            return new SendOutcome(Kind.DELIVERED, status, "HTTP " + status);
        }
        if (status == 410 || push && status == 404) {
            return new SendOutcome(Kind.GONE, status, "HTTP " + status + ": the receiver is gone");
        }
        if (status >= 500 || status == 429 || status == 408 || status == 425 || status >= 300 && status < 400) {
            return new SendOutcome(Kind.RETRY, status, "HTTP " + status + (status < 400 ? " (redirects are not "
                    + "followed)" : ""));
        }
        return new SendOutcome(Kind.FAILED, status, "HTTP " + status);
    }
}

package org.fairshed.notify.outbox;

import java.time.Instant;

/** One message claimed for sending to one subscriber. */
public record Delivery(long id, Channel channel, String subscriptionId, String messageId, String type, String payload,
                       int attempts, Instant expiresAt) {

    public enum Channel {
        WEBHOOK, PUSH;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Channel ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}

package org.fairshed.notify.webhook;

/** A subscription just made and its signing secret: the only time the secret leaves the store. */
public record CreatedWebhook(WebhookSubscription subscription, String secret) {

    @Override
    public String toString() {
        return "CreatedWebhook[" + subscription.id() + ", secret hidden]";
    }
}

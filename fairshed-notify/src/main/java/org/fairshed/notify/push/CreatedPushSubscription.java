package org.fairshed.notify.push;

/** A subscription just made and the token that deletes it (shown once; stored as its SHA-256). */
public record CreatedPushSubscription(PushSubscription subscription, String manageToken) {

    @Override
    public String toString() {
        return "CreatedPushSubscription[" + subscription.id() + ", token hidden]";
    }
}

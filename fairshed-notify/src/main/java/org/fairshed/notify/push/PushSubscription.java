package org.fairshed.notify.push;

import java.util.List;

/**
 * A browser's push subscription as stored.
 *
 * @param auth      the browser's auth secret as stored: sealed ({@code fs1:...}, opened only to encrypt a message), or
 *                  in clear when written before sealing existed and not yet sealed
 * @param groups    the hourly groups it follows in {@code region} (an address's, resolved when it subscribed)
 * @param addressId the address it was made for, null when made for a region and group
 * @param lang      {@code uk} or {@code en}: the language of its messages
 */
public record PushSubscription(String id, String endpoint, String p256dh, String auth, String region,
                               List<String> groups, Long addressId, List<Integer> warnMinutes, String lang) {

    public PushSubscription {
        groups = List.copyOf(groups);
        warnMinutes = List.copyOf(warnMinutes);
    }

    @Override
    public String toString() {
        return "PushSubscription[" + id + ", " + region + " " + groups + ", keys hidden]";
    }
}

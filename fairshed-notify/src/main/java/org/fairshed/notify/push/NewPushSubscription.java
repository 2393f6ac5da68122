package org.fairshed.notify.push;

import java.util.List;

/** What the public page sends: the browser's subscription and what it wants to follow. */
public record NewPushSubscription(String endpoint, String p256dh, String auth, Long addressId, String region,
                                  String group, List<Integer> warnMinutes, String lang) {

    public NewPushSubscription {
        warnMinutes = warnMinutes == null ? List.of() : List.copyOf(warnMinutes);
    }
}

package org.fairshed.notify.webhook;

import java.util.List;

/** What an operator asks for: the receiver's URL and the filters (see {@link WebhookSubscription}). */
public record NewWebhook(String url, List<String> regions, List<String> groups, List<Long> addressIds,
                         List<Integer> warnMinutes) {

    public NewWebhook {
        regions = regions == null ? List.of() : List.copyOf(regions);
        groups = groups == null ? List.of() : List.copyOf(groups);
        addressIds = addressIds == null ? List.of() : List.copyOf(addressIds);
        warnMinutes = warnMinutes == null ? List.of() : List.copyOf(warnMinutes);
    }
}

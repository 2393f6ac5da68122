package org.fairshed.notify.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscriber as stored (without its secret, which only the creation's answer shows).
 *
 * @param regions     region codes whose every event it gets
 * @param groups      {@code region/group} pairs: a revision only when it changed that group, the region's day status
 * @param addressIds  addresses: as their groups (resolved at each event, so a re-grouped address follows)
 * @param warnMinutes lead-time warnings before each definite outage of its groups (not for regions alone)
 * @param disabledAt  set when the receiver answered 410 Gone (or an operator disabled it); nothing is sent then
 */
public record WebhookSubscription(String id, String url, List<String> regions, List<String> groups,
                                  List<Long> addressIds, List<Integer> warnMinutes, Instant createdAt, String createdBy,
                                  Instant disabledAt, String disabledReason) {

    public WebhookSubscription {
        regions = List.copyOf(regions);
        groups = List.copyOf(groups);
        addressIds = List.copyOf(addressIds);
        warnMinutes = List.copyOf(warnMinutes);
    }

    /** Every region it names, directly or through a group (addresses are resolved apart). */
    public java.util.Set<String> namedRegions() {
        java.util.Set<String> out = new java.util.TreeSet<>(regions);
        for (String g : groups) {
            out.add(g.substring(0, g.indexOf('/')));
        }
        return out;
    }

    /** No filter at all: every event of every region. */
    public boolean isNational() {
        return regions.isEmpty() && groups.isEmpty() && addressIds.isEmpty();
    }
}

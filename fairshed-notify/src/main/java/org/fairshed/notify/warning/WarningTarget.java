package org.fairshed.notify.warning;

import java.util.List;
import java.util.Set;
import org.fairshed.notify.outbox.Delivery;

/** A subscriber that wants warnings: its groups in one region and its offsets (minutes before an outage). */
public record WarningTarget(Delivery.Channel channel, String subscriptionId, Set<String> groups, List<Integer> offsets) {

    public WarningTarget {
        groups = Set.copyOf(groups);
        offsets = List.copyOf(offsets);
    }
}

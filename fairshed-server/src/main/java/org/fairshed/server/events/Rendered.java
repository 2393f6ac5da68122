package org.fairshed.server.events;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One store event as the SSE streams send it: its id (the store's sequence number), the SSE event name, the region,
 * the groups it concerns (null: every group of the region) and its data, rendered once per audience (the whole
 * region, or one group: a revision's diff cut to that group).
 */
record Rendered(long id, String name, String region, Set<String> groups, String regionData,
                Map<String, String> groupData, Function<String, String> forGroup) {

    boolean concerns(String subscribedRegion, String subscribedGroup) {
        if (subscribedRegion == null) {
            return true;
        }
        if (!subscribedRegion.equals(region)) {
            return false;
        }
        return subscribedGroup == null || groups == null || groups.contains(subscribedGroup);
    }

    String data(String subscribedGroup) {
        if (subscribedGroup == null) {
            return regionData;
        }
        return groupData.computeIfAbsent(subscribedGroup, forGroup);
    }
}

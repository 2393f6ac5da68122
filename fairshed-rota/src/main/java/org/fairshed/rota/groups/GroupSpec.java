package org.fairshed.rota.groups;

import java.util.List;

/**
 * One switching unit of a region (a sub-group such as {@code 1.1}).
 *
 * @param name  the group's published name, unique within its region
 * @param share   its fraction of the region's non-critical load, in (0, 1]
 * @param feeders the feeders it switches (may be empty: then only its share is known)
 */
public record GroupSpec(String name, double share, List<String> feeders) {

    public GroupSpec(String name, double share) {
        this(name, share, List.of());
    }

    public GroupSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("group name must not be empty");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share of group " + name + " must be in (0, 1], got " + share);
        }
        feeders = feeders == null ? List.of() : List.copyOf(feeders);
    }
}

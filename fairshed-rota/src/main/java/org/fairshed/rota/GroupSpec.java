package org.fairshed.rota;

/**
 * One switching unit of a region (a sub-group such as {@code 1.1}).
 *
 * @param name  the group's published name, unique within its region
 * @param share its fraction of the region's non-critical load, in (0, 1]
 */
public record GroupSpec(String name, double share) {

    public GroupSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("group name must not be empty");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share of group " + name + " must be in (0, 1], got " + share);
        }
    }
}

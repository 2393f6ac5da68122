package org.fairshed.rota.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The switching units of one region. Critical feeders are informational: they are never switched and their load is
 * the plan's critical load, which the rota never sees.
 *
 * @param groups           the groups, in published order; names unique, shares summing to 1 within {@link #SHARE_SUM_TOLERANCE}
 * @param criticalFeeders  names of feeders that are never switched (may be empty)
 */
public record RegionGroups(List<GroupSpec> groups, List<String> criticalFeeders) {

    /** Shares must sum to 1 within this. */
    public static final double SHARE_SUM_TOLERANCE = 1e-6;
    /** Queues of the standard layout (Ukraine: 6 queues of 2 sub-groups). */
    public static final int STANDARD_QUEUES = 6;
    public static final int STANDARD_SUBGROUPS = 2;

    public RegionGroups {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("groups must not be empty");
        }
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (GroupSpec g : groups) {
            if (!names.add(g.name())) {
                throw new IllegalArgumentException("group \"" + g.name() + "\" is listed twice");
            }
            sum += g.share();
        }
        if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException("group shares sum to " + sum + "; they must sum to 1 (within "
                    + SHARE_SUM_TOLERANCE + ")");
        }
        groups = List.copyOf(groups);
        criticalFeeders = criticalFeeders == null ? List.of() : List.copyOf(criticalFeeders);
    }

    /** The standard layout: 6 queues × 2 sub-groups named {@code 1.1} … {@code 6.2}, equal shares. */
    public static RegionGroups standard() {
        int n = STANDARD_QUEUES * STANDARD_SUBGROUPS;
        double[] equal = new double[n];
        Arrays.fill(equal, 1.0 / n);
        return standard(equal);
    }

    /** The standard names {@code 1.1} … {@code 6.2} with the given shares (12 of them). */
    public static RegionGroups standard(double[] shares) {
        if (shares.length != STANDARD_QUEUES * STANDARD_SUBGROUPS) {
            throw new IllegalArgumentException("the standard layout has " + STANDARD_QUEUES * STANDARD_SUBGROUPS
                    + " groups, got " + shares.length + " shares");
        }
        List<GroupSpec> list = new ArrayList<>();
        for (int q = 0; q < STANDARD_QUEUES; q++) {
            for (int s = 0; s < STANDARD_SUBGROUPS; s++) {
                list.add(new GroupSpec((q + 1) + "." + (s + 1), shares[q * STANDARD_SUBGROUPS + s]));
            }
        }
        return new RegionGroups(list, List.of());
    }

    public int size() {
        return groups.size();
    }

    public List<String> names() {
        return groups.stream().map(GroupSpec::name).toList();
    }
}

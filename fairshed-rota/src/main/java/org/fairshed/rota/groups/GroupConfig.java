package org.fairshed.rota.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fairshed.common.InputException;

/**
 * The switching units of every region (documented in {@code docs/rota-groups.md}).
 *
 * @param regions  region name → its groups
 * @param defaults the groups of a region the file does not list; null when such a region is an error
 */
public record GroupConfig(Map<String, RegionGroups> regions, RegionGroups defaults) {

    /** Synthetic shares are drawn uniformly in 1/n × (1 ± this) before normalizing. */
    public static final double SYNTHETIC_SPREAD = 0.4;

    public GroupConfig {
        regions = Map.copyOf(regions);
    }

    /** Seed of the default groups: what `fairshed rota` gives every region without a group file. */
    public static final long DEFAULT_SEED = 1;
    /** How the default groups are named in messages. */
    public static final String DEFAULT_SOURCE = "default groups";

    /**
     * Realistic unequal shares for a synthetic demo: per region, the standard 12 groups with shares drawn around 1/12
     * ± 40 % and normalized; deterministic for a seed (each region's draw depends only on the seed and its position).
     */
    public static GroupConfig synthetic(List<String> regionNames, long seed) {
        Map<String, RegionGroups> map = new LinkedHashMap<>();
        SplittableRandom root = new SplittableRandom(seed);
        int n = RegionGroups.STANDARD_QUEUES * RegionGroups.STANDARD_SUBGROUPS;
        for (String region : regionNames) {
            SplittableRandom random = root.split();
            double[] shares = new double[n];
            double sum = 0;
            for (int g = 0; g < n; g++) {
                shares[g] = 1.0 + SYNTHETIC_SPREAD * (2 * random.nextDouble() - 1);
                sum += shares[g];
            }
            for (int g = 0; g < n; g++) {
                shares[g] /= sum;
            }
            map.put(region, RegionGroups.standard(shares));
        }
        return new GroupConfig(map, null);
    }

    /** The groups of {@code region}: its own, else the default; an error naming the region when neither exists. */
    public RegionGroups groupsFor(String region, String source) {
        RegionGroups g = regions.get(region);
        if (g != null) {
            return g;
        }
        if (defaults != null) {
            return defaults;
        }
        throw new InputException(source, 0, 0, "regions",
                "has no region \"" + region + "\", which the plan sheds, and no \"default\"; known regions: "
                        + String.join(", ", regions.keySet().stream().sorted().toList()));
    }
}

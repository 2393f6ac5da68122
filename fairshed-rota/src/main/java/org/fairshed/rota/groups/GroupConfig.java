package org.fairshed.rota.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;

/**
 * The switching units of every region (documented in {@code docs/rota-groups.md}).
 *
 * @param regions  region name → its groups
 * @param defaults the groups of a region the file does not list; null when such a region is an error
 */
public record GroupConfig(Map<String, RegionGroups> regions, RegionGroups defaults) {

    /** Synthetic shares are drawn uniformly in 1/n × (1 ± this) before normalizing. */
    public static final double SYNTHETIC_SPREAD = 0.4;
    /** Building-like synthetic groups: log-normal shares with this σ of the log (about 1 : 5 between the 5th and 95th percentile). */
    public static final double BUILDING_LOG_SIGMA = 0.5;
    /** Building-like synthetic shares are clipped to 1/n × [1/this, this] before normalizing. */
    public static final double BUILDING_CLIP = 4;

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

    /**
     * Per-building rotas (Kyiv since January 2026): {@code groupsPerRegion} groups per region, named {@code B0001} …
     * (zero-padded to the count's width), with log-normal shares around 1/n ({@link #BUILDING_LOG_SIGMA}, clipped to
     * 1/{@link #BUILDING_CLIP} … {@link #BUILDING_CLIP} times it) and normalized; deterministic for a seed, each region's
     * draw depending only on the seed and its position. The standard 12 give {@link #synthetic(List, long)}.
     */
    public static GroupConfig synthetic(List<String> regionNames, int groupsPerRegion, long seed) {
        int standard = RegionGroups.STANDARD_QUEUES * RegionGroups.STANDARD_SUBGROUPS;
        if (groupsPerRegion == standard) {
            return synthetic(regionNames, seed);
        }
        if (groupsPerRegion < 1 || groupsPerRegion > Limits.MAX_GROUPS_PER_REGION) {
            throw new IllegalArgumentException("groups per region must be from 1 to "
                    + Limits.MAX_GROUPS_PER_REGION + ", got " + groupsPerRegion);
        }
        Map<String, RegionGroups> map = new LinkedHashMap<>();
        SplittableRandom root = new SplittableRandom(seed);
        String format = "B%0" + String.valueOf(groupsPerRegion).length() + "d";
        for (String region : regionNames) {
            SplittableRandom random = root.split();
            double[] shares = new double[groupsPerRegion];
            double sum = 0;
            for (int g = 0; g < groupsPerRegion; g++) {
                double draw = Math.exp(BUILDING_LOG_SIGMA * gaussian(random));
                shares[g] = Math.min(BUILDING_CLIP, Math.max(1 / BUILDING_CLIP, draw));
                sum += shares[g];
            }
            List<GroupSpec> list = new ArrayList<>();
            for (int g = 0; g < groupsPerRegion; g++) {
                list.add(new GroupSpec(String.format(Locale.ROOT, format, g + 1), shares[g] / sum));
            }
            map.put(region, new RegionGroups(list, List.of()));
        }
        return new GroupConfig(map, null);
    }

    /** A standard normal draw (Box–Muller; SplittableRandom has none of its own). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
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

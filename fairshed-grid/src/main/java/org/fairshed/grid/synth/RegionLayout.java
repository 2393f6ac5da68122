package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The map: regions laid out as cells of a grid over a country of {@link #BASE_WIDTH_KM} × {@link #BASE_HEIGHT_KM} at
 * {@value #REFERENCE_BUS_COUNT} buses, scaled so that area grows with the bus count (line lengths stay plausible).
 * Two regions hold big cities and weigh several times an ordinary one.
 */
record RegionLayout(List<Region> regions, double width, double height, double scale) {

    static final double BASE_WIDTH_KM = 1300.0;
    static final double BASE_HEIGHT_KM = 800.0;
    static final int REFERENCE_BUS_COUNT = 2000;
    static final double MIN_SCALE = 0.5;
    private static final double[] BIG_CITY_WEIGHTS = {3.2, 2.4};
    static final double ORDINARY_WEIGHT_MIN = 0.6;
    static final double ORDINARY_WEIGHT_SPREAD = 0.8;
    /** Capitals lie in the middle part of their cell. */
    static final double CAPITAL_MARGIN = 0.2;

    /** Fictional region names; beyond them a number is appended. */
    static final List<String> NAMES = List.of("Northgate", "Riverside", "Eastmarch", "Westvale", "Southmoor",
            "Highcliff", "Lowfield", "Ashford", "Brightwater", "Coldbrook", "Deepwell", "Elmstead", "Fairhaven",
            "Greystone", "Hollowmere", "Ironbridge", "Juniper Downs", "Kingsreach", "Lakeshore", "Millbrook",
            "Oakridge", "Pinecrest", "Redfern", "Stonebay", "Thornfield", "Umberland", "Valemont", "Whitecliff",
            "Yarrowdale", "Zephyr Plains", "Amberley", "Brackenwood");

    RegionLayout {
        regions = List.copyOf(regions);
    }

    static RegionLayout create(SyntheticGridParameters p, SplittableRandom rng) {
        double scale = Math.max(MIN_SCALE, Math.sqrt((double) p.targetBusCount() / REFERENCE_BUS_COUNT));
        double width = BASE_WIDTH_KM * scale;
        double height = BASE_HEIGHT_KM * scale;
        int n = p.regionCount();
        int cols = Math.max(1, (int) Math.round(Math.sqrt(n * width / height)));
        int rows = (n + cols - 1) / cols;
        double cellW = width / cols;
        double cellH = height / rows;
        int[] bigCity = new int[BIG_CITY_WEIGHTS.length];
        for (int k = 0; k < bigCity.length; k++) {
            int candidate;
            do {
                candidate = rng.nextInt(n);
            } while (contains(bigCity, k, candidate));
            bigCity[k] = candidate;
        }
        List<Region> regions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double minX = (i % cols) * cellW;
            double minY = (i / cols) * cellH;
            double cx = minX + cellW * (CAPITAL_MARGIN + (1 - 2 * CAPITAL_MARGIN) * rng.nextDouble());
            double cy = minY + cellH * (CAPITAL_MARGIN + (1 - 2 * CAPITAL_MARGIN) * rng.nextDouble());
            double weight = ORDINARY_WEIGHT_MIN + ORDINARY_WEIGHT_SPREAD * rng.nextDouble();
            boolean big = false;
            for (int k = 0; k < bigCity.length; k++) {
                if (bigCity[k] == i) {
                    weight = BIG_CITY_WEIGHTS[k];
                    big = true;
                }
            }
            regions.add(new Region(i + 1, regionName(i), minX, minY, minX + cellW, minY + cellH, cx, cy, weight, big));
        }
        return new RegionLayout(regions, width, height, scale);
    }

    static String regionName(int index) {
        String base = NAMES.get(index % NAMES.size());
        return index < NAMES.size() ? base : base + " " + (index / NAMES.size() + 1);
    }

    Region region(int number) {
        return regions.get(number - 1);
    }

    double totalWeight() {
        return regions.stream().mapToDouble(Region::weight).sum();
    }

    /** Region's share of the buses: denser where people live, but every region has a network of its own. */
    double[] busShares() {
        double mean = totalWeight() / regions.size();
        double[] share = new double[regions.size()];
        double sum = 0;
        for (int i = 0; i < share.length; i++) {
            share[i] = 0.5 + 0.5 * regions.get(i).weight() / mean;
            sum += share[i];
        }
        for (int i = 0; i < share.length; i++) {
            share[i] /= sum;
        }
        return share;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}

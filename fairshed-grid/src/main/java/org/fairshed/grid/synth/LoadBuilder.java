package org.fairshed.grid.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Peak loads on the 110 kV buses, population-like: each region's total is proportional to its weight (big-city
 * regions take several times an ordinary region's share), buses near the capital are heavier, and individual loads
 * vary log-normally. Reactive load follows a power factor of {@value #POWER_FACTOR}. Also the winter weekday shape.
 */
final class LoadBuilder {

    /** Peak load per bus of the whole grid: 17.5 GW at 2,000 buses, proportional to size. */
    static final double PEAK_LOAD_MW_PER_BUS = 8.75;
    static final double POWER_FACTOR = 0.95;
    static final double LOG_SIGMA = 0.5;
    static final double URBAN_FACTOR = 1.8;
    /** Distance (as a share of the region cell's smaller side) within which a bus counts as urban. */
    static final double URBAN_RADIUS_OF_CELL = 0.2;
    static final int EVENING_PEAK_HOUR = 18;
    /**
     * Winter weekday load relative to the evening peak, hours 0..23: night trough 0.70 around 03:00-04:00, morning
     * peak 0.91 at 08:00-09:00, evening peak 1.00 at 18:00.
     */
    private static final double[] WINTER_WEEKDAY_SHAPE = {0.78, 0.74, 0.72, 0.70, 0.70, 0.72, 0.78, 0.86, 0.91, 0.91, 0.89,
            0.88, 0.87, 0.86, 0.86, 0.87, 0.90, 0.96, 1.00, 0.99, 0.96, 0.92, 0.87, 0.82};

    private LoadBuilder() {
    }

    /** A copy of {@link #WINTER_WEEKDAY_SHAPE}. */
    static double[] winterWeekdayShape() {
        return WINTER_WEEKDAY_SHAPE.clone();
    }

    static double peakLoadMw(int busCount) {
        return PEAK_LOAD_MW_PER_BUS * busCount;
    }

    static void assign(NetworkDraft draft, RegionLayout layout, List<int[]> nodes110ByRegion, double peakLoadMw,
                       SplittableRandom rng) {
        double tanPhi = Math.tan(Math.acos(POWER_FACTOR));
        for (Region region : layout.regions()) {
            int[] nodes = nodes110ByRegion.get(region.number() - 1);
            double regionLoad = peakLoadMw * region.weight() / layout.totalWeight();
            double radius = URBAN_RADIUS_OF_CELL * Math.min(region.width(), region.height());
            double[] weight = new double[nodes.length];
            double sum = 0;
            for (int k = 0; k < nodes.length; k++) {
                double u = 1.0 - rng.nextDouble();
                double gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
                double d = Math.hypot(draft.x(nodes[k]) - region.capitalX(), draft.y(nodes[k]) - region.capitalY());
                weight[k] = Math.exp(LOG_SIGMA * gauss) * (d < radius ? URBAN_FACTOR : 1.0);
                sum += weight[k];
            }
            for (int k = 0; k < nodes.length; k++) {
                double pd = Math.round(regionLoad * weight[k] / sum * 1000) / 1000.0;
                draft.setLoad(nodes[k], pd, Math.round(pd * tanPhi * 1000) / 1000.0);
            }
        }
    }
}

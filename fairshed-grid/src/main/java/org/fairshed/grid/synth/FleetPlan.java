package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generating fleet before siting: plants of identical units per fuel, sized so that installed capacity is about
 * {@link #CAPACITY_OVER_PEAK} times the peak load, in the shares of {@link Fuel#shareOfCapacity()}. Nuclear comes in
 * {@value #NUCLEAR_UNIT_MW} MW units; the other fuels share what rounding leaves.
 */
final class FleetPlan {

    static final double CAPACITY_OVER_PEAK = 1.40;
    static final double NUCLEAR_UNIT_MW = 1000.0;
    static final int NUCLEAR_UNITS_PER_PLANT_MIN = 2;
    static final int NUCLEAR_UNITS_PER_PLANT_MAX = 4;
    private static final double[] COAL_UNIT_MW = {200.0, 300.0};
    static final int COAL_UNITS_MIN = 3;
    static final int COAL_UNITS_MAX = 8;

    /** A plant: {@code units} identical units of {@code unitMw}. Wind and solar farms are one unit each. */
    record Plant(Fuel fuel, int units, double unitMw) {
        double capacityMw() {
            return units * unitMw;
        }
    }

    private FleetPlan() {
    }

    static List<Plant> plan(double peakLoadMw, SplittableRandom rng) {
        double target = CAPACITY_OVER_PEAK * peakLoadMw;
        List<Plant> plants = new ArrayList<>();
        int nuclearUnits = Math.max(1, (int) Math.round(Fuel.NUCLEAR.shareOfCapacity() * target / NUCLEAR_UNIT_MW));
        while (nuclearUnits > 0) {
            int units = Math.min(nuclearUnits, between(rng, NUCLEAR_UNITS_PER_PLANT_MIN, NUCLEAR_UNITS_PER_PLANT_MAX));
            plants.add(new Plant(Fuel.NUCLEAR, units, NUCLEAR_UNIT_MW));
            nuclearUnits -= units;
        }
        double rest = target - plants.stream().mapToDouble(Plant::capacityMw).sum();
        double restShare = 1.0 - Fuel.NUCLEAR.shareOfCapacity();
        for (Fuel fuel : new Fuel[] {Fuel.COAL, Fuel.GAS, Fuel.HYDRO, Fuel.WIND, Fuel.SOLAR}) {
            double remaining = Math.max(0, rest) * fuel.shareOfCapacity() / restShare;
            while (remaining > 0) {
                Plant plant = nextPlant(fuel, rng);
                int units = Math.max(1, Math.min(plant.units(), (int) Math.round(remaining / plant.unitMw())));
                plants.add(new Plant(fuel, units, plant.unitMw()));
                remaining -= units * plant.unitMw();
            }
        }
        return plants;
    }

    private static Plant nextPlant(Fuel fuel, SplittableRandom rng) {
        return switch (fuel) {
            case COAL -> new Plant(fuel, between(rng, COAL_UNITS_MIN, COAL_UNITS_MAX),
                    COAL_UNIT_MW[rng.nextInt(COAL_UNIT_MW.length)]);
            case GAS -> new Plant(fuel, between(rng, 1, 3), 10.0 * between(rng, 10, 25));
            case HYDRO -> new Plant(fuel, between(rng, 3, 8), 10.0 * between(rng, 4, 12));
            case WIND -> new Plant(fuel, 1, 5.0 * between(rng, 4, 20));
            case SOLAR -> new Plant(fuel, 1, 5.0 * between(rng, 1, 12));
            case NUCLEAR -> new Plant(fuel, 1, NUCLEAR_UNIT_MW);
        };
    }

    private static int between(SplittableRandom rng, int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }
}

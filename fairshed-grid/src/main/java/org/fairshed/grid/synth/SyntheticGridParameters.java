package org.fairshed.grid.synth;

/**
 * What to generate: a seed, the target number of buses and the number of regions. The same parameters always
 * give the same grid.
 *
 * @param seed            seed of every random choice (layout, topology, fleet, loads)
 * @param targetBusCount  number of buses to generate, {@value #MIN_BUS_COUNT} to {@value #MAX_BUS_COUNT}; the
 *                        generator hits it exactly
 * @param regionCount     number of regions (areas), {@value #MIN_REGION_COUNT} to {@value #MAX_REGION_COUNT}, at
 *                        most one per {@value #MIN_BUSES_PER_REGION} buses
 */
public record SyntheticGridParameters(long seed, int targetBusCount, int regionCount) {

    /** Default seed. */
    public static final long DEFAULT_SEED = 2024L;
    /** Default bus count: a national transmission + 110 kV grid the size of ACTIVSg2000. */
    public static final int DEFAULT_BUS_COUNT = 2_000;
    /** Default number of regions (a country of 24 regions). */
    public static final int DEFAULT_REGION_COUNT = 24;
    public static final int MIN_BUS_COUNT = 200;
    public static final int MAX_BUS_COUNT = 100_000;
    public static final int MIN_REGION_COUNT = 2;
    public static final int MAX_REGION_COUNT = 64;
    /** Each region needs substations and load buses of its own. */
    public static final int MIN_BUSES_PER_REGION = 8;

    /** @throws IllegalArgumentException naming the field when a value is out of range */
    public SyntheticGridParameters {
        if (targetBusCount < MIN_BUS_COUNT || targetBusCount > MAX_BUS_COUNT) {
            throw new IllegalArgumentException("targetBusCount must be in [" + MIN_BUS_COUNT + ", " + MAX_BUS_COUNT
                    + "], got " + targetBusCount);
        }
        if (regionCount < MIN_REGION_COUNT || regionCount > MAX_REGION_COUNT) {
            throw new IllegalArgumentException("regionCount must be in [" + MIN_REGION_COUNT + ", " + MAX_REGION_COUNT
                    + "], got " + regionCount);
        }
        if (targetBusCount < MIN_BUSES_PER_REGION * regionCount) {
            throw new IllegalArgumentException("targetBusCount " + targetBusCount + " is too small for regionCount "
                    + regionCount + ": need at least " + MIN_BUSES_PER_REGION + " buses per region");
        }
    }

    /** The default size and regions with the given seed. */
    public static SyntheticGridParameters ofSeed(long seed) {
        return new SyntheticGridParameters(seed, DEFAULT_BUS_COUNT, DEFAULT_REGION_COUNT);
    }

    /** The default seed, size and regions. */
    public static SyntheticGridParameters defaults() {
        return ofSeed(DEFAULT_SEED);
    }

}

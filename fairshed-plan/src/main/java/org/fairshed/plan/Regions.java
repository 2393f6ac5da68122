package org.fairshed.plan;

import java.util.List;

/**
 * The regions between which the deficit is shared: every bus belongs to at most one region.
 *
 * @param names        region names (ids as the scenario or case gives them, e.g. area numbers "1", "2"), index = region
 * @param regionOfBus  region index of each bus (by grid bus index), -1 for a bus in no region
 * @param source       where the regions came from: "scenario", "areas", "zones" or "buses"
 */
public record Regions(List<String> names, int[] regionOfBus, String source) {

    public static final int NO_REGION = -1;

    public Regions {
        names = List.copyOf(names);
        regionOfBus = regionOfBus.clone();
        for (int i = 0; i < regionOfBus.length; i++) {
            if (regionOfBus[i] < NO_REGION || regionOfBus[i] >= names.size()) {
                throw new IllegalArgumentException("bus index " + i + " has region " + regionOfBus[i] + "; regions are 0.."
                        + (names.size() - 1));
            }
        }
    }

    @Override
    public int[] regionOfBus() {
        return regionOfBus.clone();
    }

    public int regionOf(int busIndex) {
        return regionOfBus[busIndex];
    }

    public int count() {
        return names.size();
    }
}

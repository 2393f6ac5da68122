package org.fairshed.grid.topology;

import java.util.List;

/**
 * A connected component of the energized network: buses joined by in-service branches.
 *
 * @param index          0-based island number, largest island first
 * @param busNumbers     bus numbers of the island, in grid order
 * @param referenceBus   bus number whose angle is fixed (the original slack if it survived, else the bus of the
 *                       largest in-service generator, else the first bus)
 * @param loadMw         sum of positive Pd in the island (MW)
 * @param capacityMw     sum of Pmax of in-service generators in the island (MW)
 * @param generatorCount number of in-service generators in the island
 */
public record Island(int index, List<Integer> busNumbers, int referenceBus, double loadMw, double capacityMw,
                     int generatorCount) {

    public Island {
        busNumbers = List.copyOf(busNumbers);
    }

    /** Load but no generation: everything in it goes unserved. */
    public boolean isDead() {
        return loadMw > 0 && (generatorCount == 0 || capacityMw <= 0);
    }

    public int size() {
        return busNumbers.size();
    }
}

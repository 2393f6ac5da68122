package org.fairshed.cli;

import java.util.List;
import java.util.TreeSet;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;

/** What {@code fairshed grid info} reports. */
record GridInfo(String name, int buses, int isolatedBuses, int branches, int branchesInService, int generators,
                int generatorsInService, int loads, int areas, int islands, int deadIslands, double totalLoadMw,
                double inServiceCapacityMw, double deadIslandLoadMw, List<IslandInfo> islandList) {

    record IslandInfo(int index, int buses, int referenceBus, double loadMw, double capacityMw, int generators,
                      boolean dead) {
    }

    static GridInfo of(Grid grid) {
        Islands islands = Islands.of(grid);
        TreeSet<Integer> areas = new TreeSet<>();
        int loads = 0;
        int isolated = 0;
        for (Bus b : grid.buses()) {
            areas.add(b.area());
            if (b.pdMw() > 0 && !b.isIsolated()) {
                loads++;
            }
            if (b.isIsolated()) {
                isolated++;
            }
        }
        List<IslandInfo> list = islands.all().stream().map(i -> new IslandInfo(i.index(), i.size(), i.referenceBus(),
                round(i.loadMw()), round(i.capacityMw()), i.generatorCount(), i.isDead())).toList();
        return new GridInfo(grid.name(), grid.buses().size(), isolated, grid.branches().size(),
                (int) grid.branches().stream().filter(b -> b.inService()).count(), grid.generators().size(),
                (int) grid.generators().stream().filter(g -> g.inService()).count(), loads, areas.size(),
                islands.count(), islands.dead().size(), round(grid.totalLoadMw()), round(grid.inServiceCapacityMw()),
                round(islands.deadLoadMw()), list);
    }

    private static double round(double mw) {
        return Math.round(mw * 1000) / 1000.0;
    }
}

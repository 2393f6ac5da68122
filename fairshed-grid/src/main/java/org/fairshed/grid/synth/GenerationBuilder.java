package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sites the planned fleet. Nuclear plants get their own 750 kV bus near a 750 kV substation, linked to the two
 * nearest; coal plants their own 330 kV bus (preferring the east, the coal basin), linked to the 2-3 nearest 330 kV
 * substations; hydro sits on 330 kV substations along a north-south river; gas CHP on 110 kV busbars of the cities;
 * wind and solar farms on 110 kV distribution buses, preferring the south.
 */
final class GenerationBuilder {

    static final double NUCLEAR_OFFSET_KM_MIN = 15.0;
    static final double NUCLEAR_OFFSET_KM_MAX = 40.0;
    static final double COAL_OFFSET_KM_MIN = 10.0;
    static final double COAL_OFFSET_KM_MAX = 30.0;
    /** Coal plants above this capacity get a third 330 kV line. */
    static final double COAL_THIRD_LINE_MW = 1500.0;
    /** Width of the river valley where hydro plants sit, km at reference scale. */
    static final double RIVER_WIDTH_KM = 60.0;

    private final NetworkDraft draft;
    private final RegionLayout layout;
    private final TopologyBuilder.Topology topology;
    private final SplittableRandom rng;

    GenerationBuilder(NetworkDraft draft, RegionLayout layout, TopologyBuilder.Topology topology, SplittableRandom rng) {
        this.draft = draft;
        this.layout = layout;
        this.topology = topology;
        this.rng = rng;
    }

    /** Number of buses {@link #site} will add: one per nuclear and per coal plant. */
    static int plantBusCount(List<FleetPlan.Plant> plants) {
        return (int) plants.stream().filter(p -> p.fuel() == Fuel.NUCLEAR || p.fuel() == Fuel.COAL).count();
    }

    void site(List<FleetPlan.Plant> plants) {
        int[] subs330 = topology.substations330();
        int[] subs750 = topology.substations750();
        int[] busbars = topology.busbars110();
        int[] distribution = distributionBuses();
        double w = layout.width();
        double h = layout.height();
        double riverWidth = RIVER_WIDTH_KM * layout.scale();
        int[] subsInRegion = new int[layout.regions().size() + 1];
        for (int s : subs330) {
            subsInRegion[draft.region(s)]++;
        }
        WeightedPicker nuclearHosts = new WeightedPicker(subs750, node -> 1.0);
        WeightedPicker coalHosts = new WeightedPicker(subs330, node -> 0.5 + draft.x(node) / w);
        WeightedPicker hydroHosts = new WeightedPicker(subs330, node -> {
            double riverX = w * (0.55 + 0.08 * Math.sin(2 * Math.PI * draft.y(node) / h));
            double d = (draft.x(node) - riverX) / riverWidth;
            return 0.02 + Math.exp(-d * d);
        });
        WeightedPicker gasHosts = new WeightedPicker(busbars, node ->
                Math.pow(layout.region(draft.region(node)).weight(), 1.5) / subsInRegion[draft.region(node)]);
        WeightedPicker windHosts = new WeightedPicker(distribution, node -> {
            double south = 1.0 - draft.y(node) / h;
            return 0.3 + 2.0 * south * south;
        });
        WeightedPicker solarHosts = new WeightedPicker(distribution, node -> 0.5 + (1.0 - draft.y(node) / h));
        SpatialIndex index750 = indexOf(subs750);
        SpatialIndex index330 = indexOf(subs330);
        int nuclearCount = 0;
        int coalCount = 0;
        for (FleetPlan.Plant plant : plants) {
            int node = switch (plant.fuel()) {
                case NUCLEAR -> plantBus(nuclearHosts.pick(rng), BranchCatalog.KV_750, "NPP " + (++nuclearCount),
                        NUCLEAR_OFFSET_KM_MIN, NUCLEAR_OFFSET_KM_MAX, index750, 2);
                case COAL -> plantBus(coalHosts.pick(rng), BranchCatalog.KV_330, "TPP " + (++coalCount),
                        COAL_OFFSET_KM_MIN, COAL_OFFSET_KM_MAX, index330,
                        plant.capacityMw() > COAL_THIRD_LINE_MW ? 3 : 2);
                case HYDRO -> hydroHosts.pick(rng);
                case GAS -> gasHosts.pick(rng);
                case WIND -> windHosts.pick(rng);
                case SOLAR -> solarHosts.pick(rng);
            };
            for (int u = 0; u < plant.units(); u++) {
                draft.addGenerator(new DraftGenerator(node, plant.fuel(), plant.unitMw(), plant.fuel().cost(rng)));
            }
        }
    }

    private int plantBus(int host, double kv, String label, double minKm, double maxKm, SpatialIndex substations,
                         int lines) {
        double angle = 2 * Math.PI * rng.nextDouble();
        double km = (minKm + (maxKm - minKm) * rng.nextDouble()) * Math.min(1.0, layout.scale());
        double x = Math.min(layout.width(), Math.max(0, draft.x(host) + km * Math.cos(angle)));
        double y = Math.min(layout.height(), Math.max(0, draft.y(host) + km * Math.sin(angle)));
        String regionName = layout.region(draft.region(host)).name();
        int node = draft.addNode(x, y, draft.region(host), kv, regionName + " " + label + " " + (int) kv + " kV");
        for (int neighbour : substations.nearest(x, y, lines, -1)) {
            draft.addBranch(BranchCatalog.line(neighbour, node, kv, draft.distanceKm(neighbour, node), rng));
        }
        return node;
    }

    private SpatialIndex indexOf(int[] nodes) {
        SpatialIndex index = new SpatialIndex(0, 0, layout.width(), layout.height(), nodes.length);
        for (int node : nodes) {
            index.add(node, draft.x(node), draft.y(node));
        }
        return index;
    }

    private int[] distributionBuses() {
        boolean[] busbar = new boolean[draft.nodeCount()];
        for (int b : topology.busbars110()) {
            busbar[b] = true;
        }
        List<Integer> result = new ArrayList<>();
        for (int[] nodes : topology.nodes110ByRegion()) {
            for (int node : nodes) {
                if (!busbar[node]) {
                    result.add(node);
                }
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }
}

package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Generates a deterministic, clearly synthetic national grid (nothing in it describes a real country): regions on a
 * map, a meshed 750/330 kV backbone with 110 kV distribution meshes carrying population-like winter peak loads, and a
 * fleet of nuclear, coal, gas, hydro, wind and solar plants of about {@value FleetPlan#CAPACITY_OVER_PEAK} times the
 * peak load.
 * <p>
 * Branch ratings start from typical values per voltage level and are then raised, where needed, to
 * {@value #RATING_MARGIN} times the largest |flow| of a DC power flow under two merit-order peak dispatches (winter
 * evening, and all plants at nameplate). The margin leaves room for a cost-optimal dispatch that differs from the
 * merit order and for the redistribution after an outage; and because the evening dispatch stored as generator Pg is
 * itself within every rating, the undamaged grid at peak has a feasible DC dispatch that serves all load.
 */
public final class SyntheticGridFactory {

    /** Ratings are at least this multiple of the sizing flows (RATE_A ≥ 1.6 × |flow|). */
    public static final double RATING_MARGIN = 1.6;
    /** Prefix of every generated grid's name. */
    public static final String NAME_PREFIX = "synthetic-national-";

    private static final long TOPOLOGY_STREAM = 0x7010L;
    private static final long LOAD_STREAM = 0x10ADL;
    private static final long FLEET_STREAM = 0xF1EEL;

    private SyntheticGridFactory() {
    }

    /** A synthetic grid of the default size and seed. */
    public static SyntheticGrid create() {
        return create(SyntheticGridParameters.defaults());
    }

    /**
     * Generates the grid described by {@code parameters}. The same parameters always give an equal grid.
     *
     * @return the grid, named {@code synthetic-national-<seed>-<buses>}, with its region names and load shape
     */
    public static SyntheticGrid create(SyntheticGridParameters parameters) {
        SplittableRandom root = new SplittableRandom(parameters.seed());
        SplittableRandom layoutRng = root.split();
        SplittableRandom topologyRng = new SplittableRandom(root.nextLong() ^ TOPOLOGY_STREAM);
        SplittableRandom loadRng = new SplittableRandom(root.nextLong() ^ LOAD_STREAM);
        SplittableRandom fleetRng = new SplittableRandom(root.nextLong() ^ FLEET_STREAM);

        int buses = parameters.targetBusCount();
        double peakLoadMw = LoadBuilder.peakLoadMw(buses);
        RegionLayout layout = RegionLayout.create(parameters, layoutRng);
        List<FleetPlan.Plant> fleet = FleetPlan.plan(peakLoadMw, fleetRng);

        NetworkDraft draft = new NetworkDraft(buses);
        TopologyBuilder.Topology topology = new TopologyBuilder(draft, layout, topologyRng)
                .build(buses - GenerationBuilder.plantBusCount(fleet), peakLoadMw);
        LoadBuilder.assign(draft, layout, topology.nodes110ByRegion(), peakLoadMw, loadRng);
        new GenerationBuilder(draft, layout, topology, fleetRng).site(fleet);

        Grid unsized = draft.toGrid(NAME_PREFIX + parameters.seed() + "-" + buses);
        DcSizingAid.Result sized = DcSizingAid.size(unsized, RATING_MARGIN);
        Grid grid = withPg(sized.grid(), sized.eveningPeakPgMw());

        SortedMap<Integer, String> names = new TreeMap<>();
        for (Region region : layout.regions()) {
            names.put(region.number(), region.name());
        }
        return new SyntheticGrid(grid, parameters, names, LoadBuilder.EVENING_PEAK_HOUR,
                LoadBuilder.winterWeekdayShape(), sized.report());
    }

    private static Grid withPg(Grid grid, double[] pgMw) {
        List<Generator> gens = new ArrayList<>(grid.generators().size());
        for (int g = 0; g < pgMw.length; g++) {
            gens.add(grid.generators().get(g).withPg(Math.round(pgMw[g] * 1000) / 1000.0));
        }
        return grid.with(grid.buses(), gens, grid.branches());
    }
}

package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.Regions;

/**
 * Maps every bus of the grid to a region. Area and zone regions hold every bus of the area or zone (named by its
 * number, in increasing order); bus regions hold one bus with positive load in some slot (named by the bus number);
 * explicit regions hold the buses listed, every other bus is in {@link Regions#NO_REGION}.
 */
final class RegionResolver {

    static final String SOURCE_SCENARIO = "scenario";
    static final String SOURCE_AREAS = "areas";
    static final String SOURCE_ZONES = "zones";
    static final String SOURCE_BUSES = "buses";

    private RegionResolver() {
    }

    static Regions resolve(Grid grid, RegionSpec spec, double[][] busLoadMw, String source) {
        Regions regions = switch (spec.kind()) {
            case AREAS -> byNumber(grid, Bus::area, SOURCE_AREAS);
            case ZONES -> byNumber(grid, Bus::zone, SOURCE_ZONES);
            case BUSES -> byLoadBus(grid, busLoadMw);
            case EXPLICIT -> explicit(grid, spec.explicit(), source);
            case DEFAULT -> byDefault(grid, busLoadMw);
        };
        if (regions.count() > Limits.MAX_REGIONS) {
            throw InputException.atField(source, "regions", "would be " + regions.count() + " regions (" + regions.source()
                    + " of " + grid.name() + "); a plan shares its deficit between at most " + Limits.MAX_REGIONS
                    + ": list the regions' buses, or use \"by\": \"areas\" or \"zones\"");
        }
        return regions;
    }

    private static Regions byDefault(Grid grid, double[][] busLoadMw) {
        if (distinct(grid, Bus::area) > 1) {
            return byNumber(grid, Bus::area, SOURCE_AREAS);
        }
        if (distinct(grid, Bus::zone) > 1) {
            return byNumber(grid, Bus::zone, SOURCE_ZONES);
        }
        return byLoadBus(grid, busLoadMw);
    }

    private static int distinct(Grid grid, ToIntFunction<Bus> key) {
        return (int) grid.buses().stream().mapToInt(key).distinct().count();
    }

    private static Regions byNumber(Grid grid, ToIntFunction<Bus> key, String source) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Bus b : grid.buses()) {
            numbers.add(key.applyAsInt(b));
        }
        Map<Integer, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int n : numbers) {
            index.put(n, names.size());
            names.add(Integer.toString(n));
        }
        int[] regionOfBus = new int[grid.buses().size()];
        for (int i = 0; i < regionOfBus.length; i++) {
            regionOfBus[i] = index.get(key.applyAsInt(grid.buses().get(i)));
        }
        return new Regions(names, regionOfBus, source);
    }

    private static Regions byLoadBus(Grid grid, double[][] busLoadMw) {
        int[] regionOfBus = new int[grid.buses().size()];
        Arrays.fill(regionOfBus, Regions.NO_REGION);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < regionOfBus.length; i++) {
            if (hasPositiveLoad(busLoadMw, i)) {
                regionOfBus[i] = names.size();
                names.add(Integer.toString(grid.buses().get(i).number()));
            }
        }
        return new Regions(names, regionOfBus, SOURCE_BUSES);
    }

    private static boolean hasPositiveLoad(double[][] busLoadMw, int bus) {
        for (double[] slot : busLoadMw) {
            if (slot[bus] > 0) {
                return true;
            }
        }
        return false;
    }

    private static Regions explicit(Grid grid, Map<String, List<Integer>> spec, String source) {
        int[] regionOfBus = new int[grid.buses().size()];
        Arrays.fill(regionOfBus, Regions.NO_REGION);
        List<String> names = new ArrayList<>(spec.keySet());
        for (int r = 0; r < names.size(); r++) {
            String field = JsonFields.key("regions", names.get(r));
            List<Integer> buses = spec.get(names.get(r));
            for (int k = 0; k < buses.size(); k++) {
                int number = buses.get(k);
                if (!grid.hasBus(number)) {
                    throw new InputException(source, 0, 0, field + "[" + k + "]", "names bus " + number + ", which "
                            + grid.name() + " does not have");
                }
                int i = grid.busIndex(number);
                if (regionOfBus[i] != Regions.NO_REGION) {
                    throw new InputException(source, 0, 0, field + "[" + k + "]", "puts bus " + number + " in region \""
                            + names.get(r) + "\", but it is already in region \"" + names.get(regionOfBus[i])
                            + "\"; a bus belongs to one region");
                }
                regionOfBus[i] = r;
            }
        }
        return new Regions(names, regionOfBus, SOURCE_SCENARIO);
    }
}

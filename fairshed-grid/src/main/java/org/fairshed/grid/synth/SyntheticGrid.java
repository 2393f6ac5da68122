package org.fairshed.grid.synth;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.fairshed.grid.model.Grid;

/**
 * A generated synthetic national grid with what a planner needs beside it. Bus loads in the {@link #grid()} are the
 * evening peak of a winter weekday; {@link #hourlyLoadFactor()} scales them to other hours.
 *
 * @param grid              the network (name {@code synthetic-national-<seed>-<buses>}); buses' area and zone are
 *                          the region number
 * @param parameters        what it was generated from
 * @param regionNames       region (area) number 1..n → fictional region name
 * @param eveningPeakHour   hour of day (0..23) at which {@link #hourlyLoadFactor()} is 1
 * @param hourlyLoadFactor  24 factors (hour 0..23) of a winter weekday, relative to the evening peak
 * @param sizing            what the rating sizing aid found and did
 */
public record SyntheticGrid(Grid grid, SyntheticGridParameters parameters, SortedMap<Integer, String> regionNames,
                            int eveningPeakHour, double[] hourlyLoadFactor, SyntheticSizingReport sizing) {

    public SyntheticGrid {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(sizing, "sizing");
        regionNames = Collections.unmodifiableSortedMap(new TreeMap<>(regionNames));
        if (hourlyLoadFactor.length != 24) {
            throw new IllegalArgumentException("hourlyLoadFactor must have 24 values, got " + hourlyLoadFactor.length);
        }
        hourlyLoadFactor = hourlyLoadFactor.clone();
    }

    @Override
    public double[] hourlyLoadFactor() {
        return hourlyLoadFactor.clone();
    }

    /** Name of region (area) {@code area}. */
    public String regionName(int area) {
        String name = regionNames.get(area);
        if (name == null) {
            throw new IllegalArgumentException("no region " + area + "; regions are 1.." + regionNames.size());
        }
        return name;
    }

    /** Peak active load (MW) of each region: area number → sum of positive Pd. */
    public SortedMap<Integer, Double> regionPeakLoadMw() {
        SortedMap<Integer, Double> load = new TreeMap<>();
        for (Integer area : regionNames.keySet()) {
            load.put(area, 0.0);
        }
        grid.buses().forEach(b -> {
            if (b.pdMw() > 0) {
                load.merge(b.area(), b.pdMw(), Double::sum);
            }
        });
        return load;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntheticGrid s && s.parameters.equals(parameters) && s.grid.name().equals(grid.name())
                && s.grid.baseMva() == grid.baseMva() && s.grid.buses().equals(grid.buses())
                && s.grid.generators().equals(grid.generators()) && s.grid.branches().equals(grid.branches())
                && s.regionNames.equals(regionNames) && s.eveningPeakHour == eveningPeakHour
                && Arrays.equals(s.hourlyLoadFactor, hourlyLoadFactor) && s.sizing.equals(sizing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, grid.buses(), grid.branches(), grid.generators(), regionNames);
    }

    @Override
    public String toString() {
        return "SyntheticGrid[" + grid + ", " + regionNames.size() + " regions, " + sizing + "]";
    }
}

package org.fairshed.plan.testing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/** Builds plan inputs straight from a grid: regions = bus areas, loads = Pd times a factor per slot. */
public final class TinyPlans {

    private TinyPlans() {
    }

    public static PlanInput of(Grid grid, double[] loadFactor, FairnessMode mode) {
        return of(grid, loadFactor, new double[grid.buses().size()], mode);
    }

    public static PlanInput of(Grid grid, double[] loadFactor, double[] criticalShare, FairnessMode mode) {
        int n = loadFactor.length;
        double[][] load = new double[n][grid.buses().size()];
        double[][] pmax = new double[n][grid.generators().size()];
        for (int t = 0; t < n; t++) {
            for (int b = 0; b < grid.buses().size(); b++) {
                load[t][b] = grid.buses().get(b).pdMw() * loadFactor[t];
            }
            for (int g = 0; g < grid.generators().size(); g++) {
                Generator gen = grid.generators().get(g);
                pmax[t][g] = gen.inService() ? gen.pmaxMw() : 0;
            }
        }
        Regions regions = regionsByArea(grid);
        return new PlanInput(grid.name(), grid, LocalDateTime.of(2026, 12, 1, 0, 0), 60, load, pmax, criticalShare, regions,
                FairnessSettings.of(mode, regions.count()), null);
    }

    public static Regions regionsByArea(Grid grid) {
        TreeSet<Integer> areas = new TreeSet<>();
        for (Bus b : grid.buses()) {
            areas.add(b.area());
        }
        List<Integer> ordered = new ArrayList<>(areas);
        int[] regionOf = new int[grid.buses().size()];
        for (int b = 0; b < regionOf.length; b++) {
            regionOf[b] = ordered.indexOf(grid.buses().get(b).area());
        }
        return new Regions(ordered.stream().map(String::valueOf).toList(), regionOf, "areas");
    }

    public static PlanInput withRamps(PlanInput in, double rampMw) {
        double[] ramps = new double[in.grid().generators().size()];
        java.util.Arrays.fill(ramps, rampMw);
        return new PlanInput(in.name(), in.grid(), in.start(), in.slotMinutes(), in.busLoadMw(), in.genPmaxMw(),
                in.criticalShare(), in.regions(), in.fairness(), ramps);
    }

    public static PlanInput withHistory(PlanInput in, double[] shedMwh, double[] loadMwh) {
        return in.withFairness(new FairnessSettings(in.fairness().mode(), in.fairness().priceOfFairness(), true, shedMwh, loadMwh));
    }
}

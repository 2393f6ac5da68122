package org.fairshed.plan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/**
 * The demo's day to plan: the damaged synthetic grid over 24 hourly slots of its winter weekday load shape, the
 * synthetic regions, {@value #CRITICAL_SHARE} of every load critical (hospitals, water, heating, telecom), solar
 * available only in daylight, and fair sharing with a price-of-fairness budget of {@value #PRICE_OF_FAIRNESS}.
 * Synthetic, like the grid.
 */
public final class DemoPlanInput {

    public static final double CRITICAL_SHARE = 0.1;
    /**
     * Extra total shed the demo allows to share the burden: with none, the least-shed plan must shed where a MW of
     * shed relieves the network most, which can leave a few regions dark and the rest untouched.
     */
    public static final double PRICE_OF_FAIRNESS = 0.05;
    /**
     * Losses of the synthetic grid as a share of the served load: its AC power flow (OpenLoadFlow) of the demo's
     * lossless plans put 5.3-5.8 % of the served load on the slack (every hour of the demo day, 2,000 buses).
     */
    public static final double LOSS_SHARE = 0.055;
    /** Solar output over the day relative to its (derated) capacity: nothing before 08:00 or after 16:00. */
    private static final double[] SOLAR_SHAPE = {0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1, 1, 0.9, 0.6, 0.3, 0.1, 0, 0, 0, 0, 0, 0, 0};

    private DemoPlanInput() {
    }

    public static PlanInput of(SyntheticGrid synthetic, Damage damage, LocalDate day) {
        Grid grid = damage.applyTo(synthetic.grid());
        double[] factor = synthetic.hourlyLoadFactor();
        int slots = factor.length;
        int nb = grid.buses().size();
        double[][] load = new double[slots][nb];
        double[][] pmax = new double[slots][grid.generators().size()];
        for (int t = 0; t < slots; t++) {
            for (int b = 0; b < nb; b++) {
                load[t][b] = grid.buses().get(b).pdMw() * factor[t];
            }
            for (int g = 0; g < grid.generators().size(); g++) {
                Generator gen = grid.generators().get(g);
                double shape = "solar".equals(gen.fuel()) ? SOLAR_SHAPE[t % SOLAR_SHAPE.length] : 1;
                pmax[t][g] = gen.inService() ? gen.pmaxMw() * shape : 0;
            }
        }
        double[] critical = new double[nb];
        java.util.Arrays.fill(critical, CRITICAL_SHARE);
        List<Integer> areas = new ArrayList<>(synthetic.regionNames().keySet());
        int[] regionOf = new int[nb];
        for (int b = 0; b < nb; b++) {
            regionOf[b] = areas.indexOf(grid.buses().get(b).area());
        }
        Regions regions = new Regions(areas.stream().map(synthetic::regionName).toList(), regionOf, "synthetic regions");
        return new PlanInput("synthetic-demo-day", grid, day.atStartOfDay(), 60, load, pmax, critical, regions,
                new FairnessSettings(FairnessMode.FAIR, PRICE_OF_FAIRNESS, false, new double[regions.count()],
                        new double[regions.count()]), null, LOSS_SHARE);
    }
}

package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import java.util.Map;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.Regions;

/**
 * Turns the scenario's fairness field into {@link FairnessSettings}. With {@code history.days}, a region's past
 * non-critical load is {@code days × 24 / horizonHours × Σ_t nonCriticalLoad(r, t) × slotHours}: this plan's
 * non-critical energy of the region, scaled to one day, times the number of past days.
 */
final class HistoryResolver {

    private static final double HOURS_PER_DAY = 24;
    private static final double SHED_ABOVE_LOAD_TOLERANCE = 1e-9;

    private HistoryResolver() {
    }

    static FairnessSettings resolve(FairnessSpec spec, Regions regions, double[][] busLoadMw, double[] criticalShare,
                                    int slotMinutes, String source) {
        int n = regions.count();
        double[] shed = new double[n];
        double[] load = new double[n];
        FairnessSpec.History h = spec.history();
        if (h != null) {
            fill(shed, h.shedMwh(), regions, "fairness.history.shedMwh", source);
            if (h.loadMwh() != null) {
                fill(load, h.loadMwh(), regions, "fairness.history.loadMwh", source);
            } else {
                double[] planEnergy = nonCriticalEnergyMwh(regions, busLoadMw, criticalShare, slotMinutes / 60.0);
                double horizonHours = busLoadMw.length * slotMinutes / 60.0;
                for (int r = 0; r < n; r++) {
                    load[r] = h.days() * HOURS_PER_DAY / horizonHours * planEnergy[r];
                }
            }
            for (int r = 0; r < n; r++) {
                if (shed[r] > load[r] + SHED_ABOVE_LOAD_TOLERANCE) {
                    throw new InputException(source, 0, 0, JsonFields.key("fairness.history.shedMwh", regions.names().get(r)),
                            "= " + shed[r] + " MWh is more than the region's past non-critical load, " + load[r] + " MWh"
                                    + (h.loadMwh() == null ? " (" + h.days() + " days like this plan)" : ""));
                }
            }
        }
        return new FairnessSettings(spec.mode(), spec.priceOfFairness(), spec.effectiveCumulative(), shed, load);
    }

    private static void fill(double[] target, Map<String, Double> values, Regions regions, String field, String source) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            int r = regions.names().indexOf(e.getKey());
            if (r < 0) {
                throw new InputException(source, 0, 0, JsonFields.key(field, e.getKey()), "names no region; the regions ("
                        + regions.source() + ") are " + JsonFields.sample(regions.names())
                        + JsonFields.hint(e.getKey(), regions.names()));
            }
            target[r] = e.getValue();
        }
    }

    /** Per region, Σ over slots and buses of the non-critical part of positive load × slot hours (MWh). */
    static double[] nonCriticalEnergyMwh(Regions regions, double[][] busLoadMw, double[] criticalShare, double slotHours) {
        double[] energy = new double[regions.count()];
        for (double[] slot : busLoadMw) {
            for (int i = 0; i < slot.length; i++) {
                int r = regions.regionOf(i);
                if (r != Regions.NO_REGION && slot[i] > 0) {
                    energy[r] += slot[i] * (1 - criticalShare[i]) * slotHours;
                }
            }
        }
        return energy;
    }
}

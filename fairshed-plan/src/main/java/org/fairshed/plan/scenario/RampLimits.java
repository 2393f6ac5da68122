package org.fairshed.plan.scenario;

import org.fairshed.common.Limits;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Ramp limits per slot. From the case (MATPOWER columns): RAMP_AGC (MW/min) × slotMinutes when RAMP_AGC &gt; 0, else
 * RAMP_30 (MW in 30 min) × slotMinutes / 30, else RAMP_10 (MW in 10 min) × slotMinutes / 10, else the scenario's
 * default rate × slotMinutes, else unlimited ({@link Double#POSITIVE_INFINITY}).
 */
final class RampLimits {

    private static final double RAMP_30_MINUTES = 30;
    private static final double RAMP_10_MINUTES = 10;

    private RampLimits() {
    }

    /** [generator row - 1] largest change of output between consecutive slots (MW), or null when {@code spec} is null. */
    static double[] mwPerSlot(Grid grid, RampSpec spec, int slotMinutes) {
        if (spec == null) {
            return null;
        }
        double[] ramp = new double[grid.generators().size()];
        for (int g = 0; g < ramp.length; g++) {
            double fromCase = spec.fromCase() ? fromCase(grid.generators().get(g), slotMinutes) : Double.NaN;
            if (!Double.isNaN(fromCase)) {
                ramp[g] = fromCase;
            } else if (spec.hasDefault()) {
                ramp[g] = spec.defaultMwPerMinute() * slotMinutes;
            } else {
                ramp[g] = Double.POSITIVE_INFINITY;
            }
            // a ramp beyond the largest power any unit can have limits nothing: no row for it
            if (ramp[g] > Limits.MAX_POWER_MW) {
                ramp[g] = Double.POSITIVE_INFINITY;
            }
        }
        return ramp;
    }

    /** MW per slot from the generator's ramp columns (the first positive, finite one), NaN when it has none. */
    static double fromCase(Generator gen, int slotMinutes) {
        if (gen.rampAgc() > 0 && Double.isFinite(gen.rampAgc())) {
            return gen.rampAgc() * slotMinutes;
        }
        if (gen.ramp30() > 0 && Double.isFinite(gen.ramp30())) {
            return gen.ramp30() * slotMinutes / RAMP_30_MINUTES;
        }
        if (gen.ramp10() > 0 && Double.isFinite(gen.ramp10())) {
            return gen.ramp10() * slotMinutes / RAMP_10_MINUTES;
        }
        return Double.NaN;
    }
}

package org.fairshed.grid.synth;

import java.util.List;

import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * A network-blind merit-order dispatch used to size branch ratings: every unit at its Pmin, then fuels in merit order
 * ({@link Fuel} declaration order) fill the remaining load, the units of one fuel sharing in proportion to their
 * headroom. Variable fuels are available at a share of Pmax given by the scenario. A sizing aid, not an OPF.
 */
final class MeritOrderDispatch {

    /** Peak-hour scenarios the ratings must carry. */
    enum PeakScenario {
        /** Winter evening peak: dark, little wind. */
        EVENING_PEAK(0.3, 0.0),
        /** Everything at nameplate, which is what an undamaged OPF at peak load sees. */
        NAMEPLATE(1.0, 1.0);

        private final double windAvailability;
        private final double solarAvailability;

        PeakScenario(double windAvailability, double solarAvailability) {
            this.windAvailability = windAvailability;
            this.solarAvailability = solarAvailability;
        }

        double availability(Fuel fuel) {
            return fuel == Fuel.WIND ? windAvailability : fuel == Fuel.SOLAR ? solarAvailability : 1.0;
        }
    }

    private MeritOrderDispatch() {
    }

    /**
     * Pg (MW) of every generator (out-of-service ones 0) meeting the grid's total load.
     *
     * @throws IllegalStateException when the available capacity cannot meet the load
     */
    static double[] dispatch(Grid grid, PeakScenario scenario) {
        List<Generator> gens = grid.generators();
        double[] pg = new double[gens.size()];
        double[] available = new double[gens.size()];
        double remaining = grid.totalLoadMw();
        for (int g = 0; g < pg.length; g++) {
            Generator gen = gens.get(g);
            if (gen.inService()) {
                available[g] = gen.pmaxMw() * scenario.availability(fuelOf(gen));
                pg[g] = Math.min(gen.pminMw(), available[g]);
                remaining -= pg[g];
            }
        }
        for (Fuel fuel : Fuel.values()) {
            double headroom = 0;
            for (int g = 0; g < pg.length; g++) {
                if (fuelOf(gens.get(g)) == fuel) {
                    headroom += available[g] - pg[g];
                }
            }
            if (remaining <= 0 || headroom <= 0) {
                continue;
            }
            double share = Math.min(1.0, remaining / headroom);
            for (int g = 0; g < pg.length; g++) {
                if (fuelOf(gens.get(g)) == fuel) {
                    pg[g] += share * (available[g] - pg[g]);
                }
            }
            remaining -= share * headroom;
        }
        if (remaining > 1e-6 * Math.max(1.0, grid.totalLoadMw())) {
            throw new IllegalStateException("merit-order dispatch (" + scenario + ") is short of " + remaining
                    + " MW of " + grid.totalLoadMw() + " MW load");
        }
        return pg;
    }

    static Fuel fuelOf(Generator gen) {
        for (Fuel f : Fuel.values()) {
            if (f.fuelName().equals(gen.fuel())) {
                return f;
            }
        }
        throw new IllegalArgumentException("generator at bus " + gen.bus() + " has unknown fuel " + gen.fuel());
    }
}

package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Available Pmax per slot: Pmax after derates × the generator's availability factor in the slot (its own profile,
 * else its fuel's profile, else 1); 0 for generators out of service.
 */
final class GeneratorAvailability {

    private GeneratorAvailability() {
    }

    /** [slot][generator row - 1] available Pmax (MW) of the damaged grid. */
    static double[][] pmaxMw(Grid grid, AvailabilitySpec spec, int slots, String source) {
        int ng = grid.generators().size();
        SlotProfile[] profile = new SlotProfile[ng];
        assignFuelProfiles(grid, spec.fuel(), profile, source);
        for (Map.Entry<Integer, SlotProfile> e : spec.generators().entrySet()) {
            int row = e.getKey();
            if (row < 1 || row > ng) {
                throw new InputException(source, 0, 0, JsonFields.key("availability.generators", Integer.toString(row)),
                        "names generator row " + row + "; rows of " + grid.name() + " are numbered 1 to " + ng
                                + " as in the case file");
            }
            profile[row - 1] = e.getValue();
        }
        double[][] pmax = new double[slots][ng];
        for (int g = 0; g < ng; g++) {
            Generator gen = grid.generators().get(g);
            if (!gen.inService()) {
                continue;
            }
            for (int t = 0; t < slots; t++) {
                pmax[t][g] = gen.pmaxMw() * (profile[g] == null ? 1 : profile[g].get(t));
            }
        }
        return pmax;
    }

    private static void assignFuelProfiles(Grid grid, Map<String, SlotProfile> fuelProfiles, SlotProfile[] profile,
                                           String source) {
        if (fuelProfiles.isEmpty()) {
            return;
        }
        TreeSet<String> fuels = new TreeSet<>();
        for (Generator gen : grid.generators()) {
            if (gen.fuel() != null && !gen.fuel().isBlank()) {
                fuels.add(gen.fuel().toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<String, SlotProfile> e : fuelProfiles.entrySet()) {
            String field = JsonFields.key("availability.fuel", e.getKey());
            if (fuels.isEmpty()) {
                throw new InputException(source, 0, 0, field, "needs the generators' fuels, but " + grid.name()
                        + " has no mpc.genfuel; give profiles per generator (availability.generators) instead");
            }
            String fuel = e.getKey().toLowerCase(Locale.ROOT);
            if (!fuels.contains(fuel)) {
                throw new InputException(source, 0, 0, field, "names a fuel no generator of " + grid.name() + " has; its "
                        + "fuels are " + String.join(", ", fuels) + JsonFields.hint(fuel, fuels));
            }
            for (int g = 0; g < profile.length; g++) {
                String genFuel = grid.generators().get(g).fuel();
                if (genFuel != null && genFuel.toLowerCase(Locale.ROOT).equals(fuel)) {
                    profile[g] = e.getValue();
                }
            }
        }
    }
}

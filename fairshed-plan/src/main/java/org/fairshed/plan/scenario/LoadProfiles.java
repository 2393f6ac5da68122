package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import java.util.Map;
import java.util.TreeSet;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;

/**
 * Per-slot bus loads of a scenario. Starting from the case's Pd:
 * <ol>
 *   <li>{@code areaLoadMw}: in each listed area, every positive Pd is multiplied by the same factor so that the
 *       area's positive-load total equals the slot's value; negative Pd (fixed injections) and unlisted areas
 *       keep their case value;</li>
 *   <li>then {@code loadScale}: every Pd (negative ones too, every area) is multiplied by the slot's factor.</li>
 * </ol>
 * Isolated buses (bus outages) keep their load: it is demand the plan cannot serve.
 */
final class LoadProfiles {

    private LoadProfiles() {
    }

    /** [slot][bus index] Pd (MW). */
    static double[][] busLoadMw(Grid grid, Scenario scenario) {
        int nb = grid.buses().size();
        double[] base = new double[nb];
        for (int i = 0; i < nb; i++) {
            base[i] = grid.buses().get(i).pdMw();
        }
        double[][] load = new double[scenario.slots()][];
        for (int t = 0; t < scenario.slots(); t++) {
            load[t] = base.clone();
        }
        for (Map.Entry<Integer, SlotProfile> e : scenario.areaLoadMw().entrySet()) {
            applyAreaTotal(grid, scenario.source(), e.getKey(), e.getValue(), base, load);
        }
        if (scenario.loadScale() != null) {
            for (int t = 0; t < scenario.slots(); t++) {
                double factor = scenario.loadScale().get(t);
                for (int i = 0; i < nb; i++) {
                    load[t][i] *= factor;
                }
            }
        }
        return load;
    }

    private static void applyAreaTotal(Grid grid, String source, int area, SlotProfile totals, double[] base,
                                       double[][] load) {
        String field = JsonFields.key("areaLoadMw", Integer.toString(area));
        double basePositive = 0;
        boolean areaExists = false;
        for (int i = 0; i < base.length; i++) {
            if (grid.buses().get(i).area() == area) {
                areaExists = true;
                basePositive += Math.max(base[i], 0);
            }
        }
        if (!areaExists) {
            TreeSet<Integer> areas = new TreeSet<>();
            for (Bus b : grid.buses()) {
                areas.add(b.area());
            }
            throw new InputException(source, 0, 0, field, "names area " + area + ", which " + grid.name()
                    + " does not have; its areas are " + JsonFields.sample(areas));
        }
        for (int t = 0; t < load.length; t++) {
            double total = totals.get(t);
            if (basePositive <= 0 && total > 0) {
                throw new InputException(source, 0, 0, field + "[" + t + "]", "asks for " + total + " MW but area " + area
                        + " of " + grid.name() + " has no positive load to scale");
            }
            double factor = basePositive > 0 ? total / basePositive : 0;
            for (int i = 0; i < base.length; i++) {
                if (grid.buses().get(i).area() == area && base[i] > 0) {
                    load[t][i] = base[i] * factor;
                }
            }
        }
    }

    /** Sum of positive loads of one slot (MW): the load that can be shed, as {@code loadMw} reports it. */
    static double positiveTotal(double[] slotLoad) {
        double s = 0;
        for (double pd : slotLoad) {
            s += Math.max(pd, 0);
        }
        return s;
    }
}

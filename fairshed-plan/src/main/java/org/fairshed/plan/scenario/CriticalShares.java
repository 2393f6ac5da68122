package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import java.util.Arrays;
import java.util.Map;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.Regions;

/** Resolves the critical share of every bus: bus override, else region override, else the default. */
final class CriticalShares {

    private CriticalShares() {
    }

    /** [bus index] share (0..1) of the bus's positive load that is critical. */
    static double[] resolve(Grid grid, Regions regions, CriticalSpec spec, String source) {
        double[] share = new double[grid.buses().size()];
        Arrays.fill(share, spec.defaultShare());
        for (Map.Entry<String, Double> e : spec.regions().entrySet()) {
            int r = regions.names().indexOf(e.getKey());
            if (r < 0) {
                throw new InputException(source, 0, 0, JsonFields.key("critical.regions", e.getKey()), "names no region; "
                        + "the regions (" + regions.source() + ") are " + JsonFields.sample(regions.names())
                        + JsonFields.hint(e.getKey(), regions.names()));
            }
            for (int i = 0; i < share.length; i++) {
                if (regions.regionOf(i) == r) {
                    share[i] = e.getValue();
                }
            }
        }
        for (Map.Entry<Integer, Double> e : spec.buses().entrySet()) {
            if (!grid.hasBus(e.getKey())) {
                throw new InputException(source, 0, 0, JsonFields.key("critical.buses", e.getKey().toString()),
                        "names bus " + e.getKey() + ", which " + grid.name() + " does not have");
            }
            share[grid.busIndex(e.getKey())] = e.getValue();
        }
        return share;
    }
}

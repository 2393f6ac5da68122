package org.fairshed.plan.scenario;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonFields;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Grid;

/**
 * Checks a scenario's damage against its network before it is applied: every generator and branch row exists (1 to
 * the case's row count) and every bus number is a bus of the case. An error names the scenario field and entry.
 */
final class DamageCheck {

    private DamageCheck() {
    }

    static void check(Damage damage, Grid grid, String source) {
        rows(damage.generators(), "outages.generators", grid.generators().size(), "generator", grid, source);
        rows(damage.branches(), "outages.branches", grid.branches().size(), "branch", grid, source);
        for (int i = 0; i < damage.buses().size(); i++) {
            int bus = damage.buses().get(i);
            if (!grid.hasBus(bus)) {
                throw InputException.atField(source, JsonFields.index("outages.buses", i), "names bus " + bus + ", which "
                        + grid.name() + " does not have");
            }
        }
        for (int d = 0; d < damage.derates().size(); d++) {
            rows(damage.derates().get(d).generators(), JsonFields.child(JsonFields.index("derates", d), "generators"),
                    grid.generators().size(), "generator", grid, source);
        }
    }

    private static void rows(List<Integer> rows, String field, int count, String what, Grid grid, String source) {
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            if (row < 1 || row > count) {
                throw InputException.atField(source, JsonFields.index(field, i), "names " + what + " row " + row
                        + "; the " + what + " rows of " + grid.name() + " are numbered 1 to " + count
                        + " as in the case file");
            }
        }
    }
}

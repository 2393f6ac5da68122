package org.fairshed.cli;

import java.util.Locale;
import java.util.Map;
import org.fairshed.rota.RotaMetrics;

/** The {@code --compare} table of {@code fairshed rota}: one row per method, the metrics as columns (88 wide). */
final class RotaComparison {

    private RotaComparison() {
    }

    static String render(Map<String, RotaMetrics> byMethod) {
        StringBuilder sb = new StringBuilder();
        sb.append("Methods compared on the same plan, groups and ledger (hours off: min/max/spread):").append(System.lineSeparator());
        byMethod.values().stream().findFirst().ifPresent(m -> sb.append(String.format(Locale.ROOT,
                "(no method can over-shed less than %.2f MWh: the least whole groups allow, rules ignored)%n",
                m.overShedFloorMwh())));
        sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %17s %17s %6s %6s %7s%n", "method", "over MWh", "under MWh",
                "day h", "week h", "Jain", "switch", "changes"));
        for (Map.Entry<String, RotaMetrics> e : byMethod.entrySet()) {
            RotaMetrics m = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-12s %9.2f %9.2f %17s %17s %6.3f %6d %7d%n", e.getKey(), m.overShedMwh(),
                    m.underShedMwh(), triple(m.dayHoursMin(), m.dayHoursMax(), m.dayHoursSpread()),
                    triple(m.weekHoursMin(), m.weekHoursMax(), m.weekHoursSpread()), m.jain(), m.switchingEvents(),
                    m.changesVsPrevious()));
        }
        return sb.toString();
    }

    private static String triple(double min, double max, double spread) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", min, max, spread);
    }
}

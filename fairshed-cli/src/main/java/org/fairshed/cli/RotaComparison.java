package org.fairshed.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fairshed.common.job.Cancellation;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;

/**
 * Several rota methods on the same plan, groups and ledger, and the {@code --compare} table of {@code fairshed rota}
 * (also printed by {@code fairshed demo}): one row per method, the metrics as columns (88 wide).
 */
final class RotaComparison {

    private RotaComparison() {
    }

    /**
     * Runs each method (names from {@link RotaMethods#NAMES}) in the given order with the same input and parameters,
     * showing progress; stops after a result that is not scheduled (a refused plan is refused by every method). The
     * map keeps that order.
     */
    static Map<String, RotaResult> run(List<String> methods, RotaInput input, RotaParameters params, Progress progress) {
        Map<String, RotaResult> results = new LinkedHashMap<>();
        for (String m : methods) {
            progress.start("rota " + m + ": " + input.plan().days().size() + " region-day(s)");
            RotaResult r = Rota.run(input, RotaMethods.of(m, RotaOptions.SOURCE, "--method"), params,
                    (stage, done, total) -> progress.tick(done, total), Cancellation.none());
            progress.done();
            results.put(m, r);
            if (r.outcome() != RotaOutcome.SCHEDULED) {
                break;
            }
        }
        return results;
    }

    /** The metrics of each result, same order. */
    static Map<String, RotaMetrics> metrics(Map<String, RotaResult> results) {
        Map<String, RotaMetrics> byMethod = new LinkedHashMap<>();
        results.forEach((m, r) -> byMethod.put(m, r.metrics()));
        return byMethod;
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

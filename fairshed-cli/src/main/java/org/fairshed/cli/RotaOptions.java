package org.fairshed.cli;

import java.util.Map;
import org.fairshed.rota.RotaParameters;
import picocli.CommandLine.Option;

/** The rota's rules and tolerances as command-line options (a picocli mixin); defaults are RotaParameters'. */
final class RotaOptions {

    /** RotaParameters' field names as the options that set them, so errors name what the user typed. */
    private static final Map<String, String> OPTION_OF = Map.of("maxOffMinutes", "--max-off",
            "minOnMinutes", "--min-on", "freezeMinutes", "--freeze", "overShedBudget", "--over-shed-budget",
            "possibleStepGroups", "--possible-step", "threads", "--threads",
            "minQuotaMw", "--min-quota");

    @Option(names = "--max-off", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_MAX_OFF_MINUTES,
            description = "Longest outage, a multiple of 30 (default ${DEFAULT-VALUE}).")
    int maxOffMinutes;

    @Option(names = "--min-on", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_MIN_ON_MINUTES,
            description = "Shortest time back on between two outages of a group, a multiple of 30 (default ${DEFAULT-VALUE}).")
    int minOnMinutes;

    @Option(names = "--freeze", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_FREEZE_MINUTES,
            description = "On re-plan, half-hours starting before --now + this never change (default ${DEFAULT-VALUE}).")
    int freezeMinutes;

    @Option(names = "--over-shed-budget", paramLabel = "GROUPS",
            defaultValue = "" + RotaParameters.DEFAULT_OVER_SHED_BUDGET,
            description = "Per half-hour, how many group-equivalents beyond the least possible over-shed fairness may "
                    + "spend, in [0, 1]; 0 = least over-shed first (default ${DEFAULT-VALUE}; docs/rota-method.md).")
    double overShedBudget;

    @Option(names = "--possible-step", paramLabel = "GROUPS",
            defaultValue = "" + RotaParameters.DEFAULT_POSSIBLE_STEP_GROUPS,
            description = "The POSSIBLE layer: off too if the deficit grew by this many group-equivalents (default ${DEFAULT-VALUE}).")
    double possibleStepGroups;

    @Option(names = "--min-quota", paramLabel = "MW", defaultValue = "" + RotaParameters.DEFAULT_MIN_QUOTA_MW,
            description = "A half-hour's quota below this is the planner's numerical noise and is not switched; the "
                    + "energy set aside is reported (default ${DEFAULT-VALUE}).")
    double minQuotaMw;

    @Option(names = "--threads", paramLabel = "N", description = "Regions solved in parallel (default: the machine's cores).")
    Integer threads;

    /** The parameters these options give; bad values are an IllegalArgumentException naming the option. */
    RotaParameters parameters() {
        RotaParameters d = RotaParameters.defaults();
        try {
            return new RotaParameters(maxOffMinutes, minOnMinutes, freezeMinutes, overShedBudget, possibleStepGroups,
                    threads == null ? d.threads() : threads, d.searchSeconds(), d.runSearchSeconds(), minQuotaMw);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            for (Map.Entry<String, String> o : OPTION_OF.entrySet()) {
                message = message.replace(o.getKey(), o.getValue());
            }
            throw new IllegalArgumentException(message, e);
        }
    }
}

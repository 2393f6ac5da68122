package org.fairshed.cli;

import org.fairshed.common.Limits;
import org.fairshed.rota.RotaParameters;
import picocli.CommandLine.Option;

/**
 * The rota's rules and tolerances as command-line options (a picocli mixin); defaults and bounds are RotaParameters',
 * and each option is checked by RotaParameters' own rule under its own name.
 */
final class RotaOptions {

    /** Names the command line in errors. */
    static final String SOURCE = "command line";

    @Option(names = "--max-off", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_MAX_OFF_MINUTES,
            description = "Longest outage, a multiple of 30 up to " + RotaParameters.MAX_RULE_MINUTES
                    + " (default ${DEFAULT-VALUE}).")
    int maxOffMinutes;

    @Option(names = "--min-on", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_MIN_ON_MINUTES,
            description = "Shortest time back on between two outages of a group, a multiple of 30 up to "
                    + RotaParameters.MAX_RULE_MINUTES + " (default ${DEFAULT-VALUE}).")
    int minOnMinutes;

    @Option(names = "--freeze", paramLabel = "MINUTES", defaultValue = "" + RotaParameters.DEFAULT_FREEZE_MINUTES,
            description = "On re-plan, half-hours starting before --now + this never change, 0 to "
                    + RotaParameters.MAX_FREEZE_MINUTES + " (default ${DEFAULT-VALUE}).")
    int freezeMinutes;

    @Option(names = "--over-shed-budget", paramLabel = "GROUPS",
            defaultValue = "" + RotaParameters.DEFAULT_OVER_SHED_BUDGET,
            description = "Per half-hour, how many group-equivalents beyond the least possible over-shed fairness may "
                    + "spend, in [0, 1]; 0 = least over-shed first (default ${DEFAULT-VALUE}; docs/rota-method.md).")
    double overShedBudget;

    @Option(names = "--possible-step", paramLabel = "GROUPS",
            defaultValue = "" + RotaParameters.DEFAULT_POSSIBLE_STEP_GROUPS,
            description = "The POSSIBLE layer: off too if the deficit grew by this many group-equivalents, above 0 and "
                    + "at most 100 (default ${DEFAULT-VALUE}).")
    double possibleStepGroups;

    @Option(names = "--min-quota", paramLabel = "MW", defaultValue = "" + RotaParameters.DEFAULT_MIN_QUOTA_MW,
            description = "A half-hour's quota below this is the planner's numerical noise and is not switched; the "
                    + "energy set aside is reported. At most " + (int) RotaParameters.MAX_MIN_QUOTA_MW
                    + " MW (default ${DEFAULT-VALUE}).")
    double minQuotaMw;

    @Option(names = "--threads", paramLabel = "N", description = "Regions solved in parallel, 1 to " + Limits.MAX_THREADS
            + " (default: the machine's cores); the schedule is the same on any count.")
    Integer threads;

    /** The parameters these options give; a bad value is an InputException naming its option. */
    RotaParameters parameters() {
        RotaParameters d = RotaParameters.defaults();
        return new RotaParameters(RotaParameters.checkRuleMinutes(maxOffMinutes, SOURCE, "--max-off"),
                RotaParameters.checkRuleMinutes(minOnMinutes, SOURCE, "--min-on"),
                RotaParameters.checkFreezeMinutes(freezeMinutes, SOURCE, "--freeze"),
                RotaParameters.checkOverShedBudget(overShedBudget, SOURCE, "--over-shed-budget"),
                RotaParameters.checkPossibleStep(possibleStepGroups, SOURCE, "--possible-step"),
                threads == null ? d.threads() : RotaParameters.checkThreads(threads, SOURCE, "--threads"),
                d.searchSeconds(), d.runSearchSeconds(), RotaParameters.checkMinQuota(minQuotaMw, SOURCE, "--min-quota"));
    }
}

package org.fairshed.cli;

import org.fairshed.common.InputException;
import org.fairshed.plan.PlannerParameters;

/**
 * The planner settings the commands that plan read from their environment: FAIRSHED_SIFTING_FROM, the loaded-bus count
 * from which slot models are solved by sifting (0 for every model, {@code never} for none; default
 * {@link PlannerParameters#DEFAULT_SIFTING_FROM_BUSES}; {@code never} also keeps a network-bound leximin in one model,
 * {@link PlannerParameters#siftLeximinFromBranchRows}), for A/B runs of the engine. A value it does not take is an
 * input error naming the variable (exit 2).
 */
final class PlannerEnvironment {

    static final String SIFTING_FROM = "FAIRSHED_SIFTING_FROM";

    private PlannerEnvironment() {
    }

    static PlannerParameters apply(PlannerParameters parameters) {
        return parameters.withSiftingFromBuses(siftingFrom(System.getenv(SIFTING_FROM)));
    }

    static int siftingFrom(String raw) {
        if (raw != null && raw.strip().equals("never")) {
            return Integer.MAX_VALUE;
        }
        try {
            return EnvSetting.integer(SIFTING_FROM, raw, PlannerParameters.DEFAULT_SIFTING_FROM_BUSES, 0,
                    Integer.MAX_VALUE - 1);
        } catch (InputException e) {
            throw InputException.atField("environment", SIFTING_FROM, "must be a count of loaded buses of at least 0, "
                    + "or never, got '" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        }
    }
}

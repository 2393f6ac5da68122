package org.fairshed.plan.scenario;

import java.nio.file.Path;
import org.fairshed.plan.PlanInput;

/**
 * PLACEHOLDER so the CLI compiles on the report branch: the real factory (written on the planner's branch) replaces
 * this file at merge.
 */
public final class PlanInputFactory {

    private PlanInputFactory() {
    }

    /** Resolves a scenario into the planner's input. PLACEHOLDER: always throws. */
    public static PlanInput create(Scenario scenario, Path scenarioFile, Path casesDir) {
        throw new UnsupportedOperationException("PLACEHOLDER: the plan input factory is written on another branch");
    }
}

package org.fairshed.job;

import java.nio.file.Path;
import java.util.Objects;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.scenario.Scenario;

/**
 * What a job does: a scenario on a network, planned, and optionally rotated.
 *
 * @param scenario         the scenario, already read ({@code ScenarioReader.read} or {@code parse}: its errors name
 *                         the file or the request body)
 * @param network          the undamaged network the scenario names: a case file, or a grid the caller holds
 * @param fairnessOverride a fairness mode that replaces the scenario's, or null to keep it
 * @param planner          the planner's settings
 * @param rota             the rota to make of the plan, or null for a plan alone
 */
public record JobRequest(Scenario scenario, Network network, FairnessMode fairnessOverride, PlannerParameters planner,
                         RotaRequest rota) {

    public JobRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(planner, "planner");
    }

    /** The same job without a rota (a plan alone). */
    public JobRequest planOnly() {
        return new JobRequest(scenario, network, fairnessOverride, planner, null);
    }

    /** Where the network comes from. */
    public sealed interface Network {

        /** A case file in any format the grid module reads (MATPOWER {@code .m}, PowSyBl formats). */
        record File(Path path) implements Network {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }

        /** A network already in memory (the service's known networks, the demo's synthetic grid). */
        record InMemory(Grid grid) implements Network {
            public InMemory {
                Objects.requireNonNull(grid, "grid");
            }
        }
    }
}

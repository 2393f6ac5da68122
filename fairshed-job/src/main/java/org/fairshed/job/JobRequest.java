package org.fairshed.job;

import java.nio.file.Path;
import java.util.Objects;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.scenario.Scenario;

/**
 * What a job does: a day to plan, planned, and optionally rotated.
 *
 * @param source           what is planned: a scenario on a network, or a plan input already resolved
 * @param fairnessOverride a fairness mode that replaces the source's, or null to keep it
 * @param planner          the planner's settings
 * @param rota             the rota to make of the plan, or null for a plan alone
 */
public record JobRequest(Source source, FairnessMode fairnessOverride, PlannerParameters planner, RotaRequest rota) {

    public JobRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(planner, "planner");
    }

    /** A scenario (already read: {@code ScenarioReader.read} or {@code parse}, whose errors name the file or body). */
    public static JobRequest of(Scenario scenario, Network network, PlannerParameters planner, RotaRequest rota) {
        return new JobRequest(new Source.FromScenario(scenario, network), null, planner, rota);
    }

    /** A plan input built by the caller (the demo's synthetic day). */
    public static JobRequest of(PlanInput input, PlannerParameters planner, RotaRequest rota) {
        return new JobRequest(new Source.Resolved(input), null, planner, rota);
    }

    /** The same job with another fairness mode than its source's. */
    public JobRequest withFairness(FairnessMode mode) {
        return new JobRequest(source, mode, planner, rota);
    }

    /** The same job without a rota (a plan alone). */
    public JobRequest planOnly() {
        return new JobRequest(source, fairnessOverride, planner, null);
    }

    /** What is planned. */
    public sealed interface Source {

        /** A scenario on its undamaged network: the network is read and the scenario resolved against it. */
        record FromScenario(Scenario scenario, Network network) implements Source {
            public FromScenario {
                Objects.requireNonNull(scenario, "scenario");
                Objects.requireNonNull(network, "network");
            }
        }

        /** A plan input already resolved (its grid damaged, its loads and availability per slot). */
        record Resolved(PlanInput input) implements Source {
            public Resolved {
                Objects.requireNonNull(input, "input");
            }
        }
    }

    /** Where a scenario's network comes from. */
    public sealed interface Network {

        /** A case file in any format the grid module reads (MATPOWER {@code .m}, PowSyBl formats). */
        record File(Path path) implements Network {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }

        /** A network already in memory (the service's known networks, a synthetic grid). */
        record InMemory(Grid grid) implements Network {
            public InMemory {
                Objects.requireNonNull(grid, "grid");
            }
        }
    }
}

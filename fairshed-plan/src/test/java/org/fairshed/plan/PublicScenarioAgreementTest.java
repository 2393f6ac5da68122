package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public scenarios against MATPOWER's load-shedding OPF ({@code ../shared/expected/public-s*.shed.json}): the same
 * minimum total shed per slot in both modes (0.1 % or 0.5 MW), and in fair mode a largest regional share no higher
 * and a Jain index no lower than MATPOWER's spread in the same slot; every plan holds when re-checked.
 */
class PublicScenarioAgreementTest {

    private static final double RELATIVE_SHED_TOLERANCE = 1e-3;
    private static final double ABSOLUTE_SHED_TOLERANCE_MW = 0.5;
    private static final double SHARE_TOLERANCE = 1e-6;
    /** Shares adding up to less than this are nobody shedding (MATPOWER writes -0.0 and 1e-12 alike). */
    private static final double NOBODY_SHEDS = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"public-s0-case118", "public-s1-activsg2000"})
    void totalShedMatchesMatpowerAndFairnessBeatsIt(String name) throws IOException {
        Path scenario = SharedData.path("scenarios/" + name + ".json");
        PlanInput base = PlanInputFactory.create(ScenarioReader.read(scenario), scenario, SharedData.path("cases"));
        JsonNode expected = new ObjectMapper().readTree(SharedData.path("expected/" + name + ".shed.json").toFile());
        for (FairnessMode mode : FairnessMode.values()) {
            PlanInput in = base.withFairness(base.fairness().withMode(mode));
            PlanResult plan = Planner.plan(in, PlannerParameters.defaults());
            assertThat(PlanVerifier.violations(plan, PlanVerifier.DEFAULT_TOLERANCE_MW)).as(name + " " + mode).isEmpty();
            for (SlotPlan p : plan.slots()) {
                JsonNode e = expected.get("slots").get(p.slot());
                double shed = e.get("shedMw").asDouble();
                assertThat(p.status()).as(name + " slot " + p.slot() + ": " + p.message()).isEqualTo(PlanStatus.OPTIMAL);
                assertThat(Math.abs(p.shedMw() - shed)).as(name + " " + mode + " slot " + p.slot() + ": ours " + p.shedMw()
                        + " MW, MATPOWER " + shed + " MW").isLessThanOrEqualTo(Math.max(ABSOLUTE_SHED_TOLERANCE_MW,
                        RELATIVE_SHED_TOLERANCE * shed));
                if (mode == FairnessMode.FAIR) {
                    double[] ours = shares(p);
                    double[] theirs = matpowerShares(in, e.get("areaShedMw"));
                    assertThat(max(ours)).as(name + " slot " + p.slot() + " largest share").isLessThanOrEqualTo(max(theirs) + SHARE_TOLERANCE);
                    assertThat(jain(ours)).as(name + " slot " + p.slot() + " Jain").isGreaterThanOrEqualTo(jain(theirs) - SHARE_TOLERANCE);
                }
            }
        }
    }

    private static double[] shares(SlotPlan p) {
        double[] s = new double[p.regions().loadMw().length];
        for (int r = 0; r < s.length; r++) {
            s[r] = p.share(r);
        }
        return s;
    }

    /** MATPOWER's shed per area as shares, in our region order (regions are the case's areas, no critical load). */
    private static double[] matpowerShares(PlanInput in, JsonNode areas) {
        double[] s = new double[in.regions().count()];
        for (int r = 0; r < s.length; r++) {
            JsonNode a = areas.get(in.regions().names().get(r));
            s[r] = a == null || a.get(1).asDouble() <= 0 ? 0 : a.get(0).asDouble() / a.get(1).asDouble();
        }
        return s;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Jain's index; 1 when nobody sheds. */
    static double jain(double[] v) {
        double sum = 0;
        double sq = 0;
        for (double x : v) {
            sum += x;
            sq += x * x;
        }
        return sum <= NOBODY_SHEDS ? 1 : sum * sum / (v.length * sq);
    }
}

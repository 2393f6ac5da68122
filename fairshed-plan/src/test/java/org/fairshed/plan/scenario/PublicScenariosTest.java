package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.junit.jupiter.api.Test;

/** The public scenarios resolve to the loads MATPOWER planned (../shared/expected/public-s*.shed.json). */
final class PublicScenariosTest {

    private static final double LOAD_RELATIVE_TOLERANCE = 1e-6;
    private static final double PMAX_TOLERANCE_MW = 1e-9;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static PlanInput resolve(String scenarioFile) {
        Path file = SharedData.path("scenarios/" + scenarioFile);
        return PlanInputFactory.create(ScenarioReader.read(file), file, SharedData.path("cases"));
    }

    private static JsonNode expected(String file) throws IOException {
        return MAPPER.readTree(SharedData.path("expected/" + file).toFile());
    }

    @Test
    void s0LoadScaleReproducesExpectedLoadPerSlot() throws IOException {
        PlanInput input = resolve("public-s0-case118.json");
        JsonNode slots = expected("public-s0-case118.shed.json").get("slots");

        assertThat(input.slotCount()).isEqualTo(slots.size()).isEqualTo(24);
        for (JsonNode slot : slots) {
            double want = slot.get("loadMw").asDouble();
            assertThat(LoadProfiles.positiveTotal(input.busLoadMw()[slot.get("slot").asInt()]))
                    .as("slot %d", slot.get("slot").asInt()).isCloseTo(want, within(want * LOAD_RELATIVE_TOLERANCE));
        }
    }

    @Test
    void s0CaseWithOneAreaAndOneZoneGivesEveryLoadBusItsOwnRegion() {
        PlanInput input = resolve("public-s0-case118.json");
        long loadBuses = input.grid().buses().stream().filter(b -> b.pdMw() > 0).count();

        assertThat(input.regions().source()).isEqualTo("buses");
        assertThat(input.regions().count()).isEqualTo(loadBuses).isEqualTo(99);
        assertThat(input.fairness().mode()).isEqualTo(FairnessMode.FAIR);
        assertThat(input.rampMwPerSlot()).isNull();
    }

    @Test
    void s0OutagesTakeGeneratorsAndBranchesOut() {
        PlanInput input = resolve("public-s0-case118.json");
        Grid undamaged = MatpowerReader.read(SharedData.matpowerCase("case118.m"));

        assertThat(inService(input.grid())).isEqualTo(inService(undamaged) - 18);
        assertThat(input.grid().branches().stream().filter(b -> !b.inService()).count()).isEqualTo(2);
        assertThat(input.grid().generator(5).inService()).isFalse();
        assertThat(input.genPmaxMw()[0][4]).isZero();
    }

    @Test
    void s1AreaLoadsReproduceExpectedTotalsAndAreaLoadsPerSlot() throws IOException {
        PlanInput input = resolve("public-s1-activsg2000.json");
        JsonNode slots = expected("public-s1-activsg2000.shed.json").get("slots");

        assertThat(input.slotCount()).isEqualTo(slots.size()).isEqualTo(24);
        for (JsonNode slot : slots) {
            int t = slot.get("slot").asInt();
            double want = slot.get("loadMw").asDouble();
            assertThat(LoadProfiles.positiveTotal(input.busLoadMw()[t])).as("slot %d", t)
                    .isCloseTo(want, within(want * LOAD_RELATIVE_TOLERANCE));
            for (Map.Entry<String, JsonNode> area : slot.get("areaShedMw").properties()) {
                double areaWant = area.getValue().get(1).asDouble();
                assertThat(areaLoad(input, t, Integer.parseInt(area.getKey()))).as("slot %d area %s", t, area.getKey())
                        .isCloseTo(areaWant, within(areaWant * LOAD_RELATIVE_TOLERANCE));
            }
        }
    }

    @Test
    void s1DefaultRegionsAreTheEightAreasAndDamageIsApplied() {
        PlanInput input = resolve("public-s1-activsg2000.json");
        Grid undamaged = MatpowerReader.read(SharedData.matpowerCase("case_ACTIVSg2000.m"));

        assertThat(input.regions().source()).isEqualTo("areas");
        assertThat(input.regions().names()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(inService(input.grid())).isEqualTo(inService(undamaged) - 81);
        assertThat(input.grid().branches().stream().filter(b -> !b.inService()).count())
                .isEqualTo(undamaged.branches().stream().filter(b -> !b.inService()).count() + 6);
        assertThat(input.genPmaxMw()[0][0]).isCloseTo(0.15 * undamaged.generator(1).pmaxMw(), within(PMAX_TOLERANCE_MW));
        assertThat(input.genPmaxMw()[23][3]).isCloseTo(0.3 * undamaged.generator(4).pmaxMw(), within(PMAX_TOLERANCE_MW));
    }

    @Test
    void case9241pegaseDefaultRegionsAreItsTwentyFourZones() {
        Scenario scenario = ScenarioReader.parse("{\"network\": \"case9241pegase.m\", \"start\": \"2026-01-05T00:00\","
                + " \"slotMinutes\": 60, \"slots\": 1}", "pegase.json");
        PlanInput input = PlanInputFactory.create(scenario, MatpowerReader.read(SharedData.matpowerCase("case9241pegase.m")));

        assertThat(input.regions().source()).isEqualTo("zones");
        assertThat(input.regions().count()).isEqualTo(24);
    }

    private static long inService(Grid grid) {
        return grid.generators().stream().filter(Generator::inService).count();
    }

    private static double areaLoad(PlanInput input, int slot, int area) {
        double s = 0;
        for (int i = 0; i < input.grid().buses().size(); i++) {
            if (input.grid().buses().get(i).area() == area) {
                s += Math.max(input.busLoadMw()[slot][i], 0);
            }
        }
        return s;
    }
}

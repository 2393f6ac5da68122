package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.fairshed.common.InputException;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.ScenarioReader;
import org.fairshed.plan.testing.CaseMutator;
import org.fairshed.plan.testing.JsonMutator;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutated copies of the public scenarios and of the cases they name (NaN, ±Inf, beyond a double, huge,
 * negative, zero, integers wrapped at 2³², wrong types, deleted, duplicated and repeated fields), each fed through
 * ScenarioReader → PlanInputFactory → Planner. Every outcome must be one of two: an {@link InputException} with a
 * location (a field path or a line), or a plan whose usable slots {@link PlanVerifier} accepts. Anything else — another
 * exception, a JVM crash in native code — fails. The scenarios are cut to their first hours to keep it quick.
 */
class MutatedInputsPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlannerParameters PARAMETERS = PlannerParameters.defaults().withThreads(2);
    private static final int CASE118_SCENARIO_MUTATIONS = 150;
    private static final int CASE118_CASE_MUTATIONS = 50;
    private static final int ACTIVSG_MUTATIONS = 6;

    private record Outcome(int inputErrors, int plans) {
    }

    @Test
    void case118MutantsGiveAnInputErrorWithALocationOrAVerifiedPlan() throws IOException {
        Outcome o = run("public-s0-case118", 4, "matpower/case118.m", CASE118_SCENARIO_MUTATIONS, CASE118_CASE_MUTATIONS,
                20_261_201L);
        assertThat(o.inputErrors()).as("mutations refused").isPositive();
        assertThat(o.plans()).as("mutations still planned").isPositive();
    }

    @Test
    void activsg2000MutantsGiveAnInputErrorWithALocationOrAVerifiedPlan() throws IOException {
        Outcome o = run("public-s1-activsg2000", 2, "matpower/case_ACTIVSg2000.m", ACTIVSG_MUTATIONS, ACTIVSG_MUTATIONS,
                20_161_219L);
        assertThat(o.inputErrors() + o.plans()).isEqualTo(2 * ACTIVSG_MUTATIONS);
    }

    private static Outcome run(String scenarioName, int slots, String casePath, int scenarioMutations,
                               int caseMutations, long seed) throws IOException {
        String source = scenarioName + ".json";
        JsonNode base = firstSlots(JSON.readTree(SharedData.path("scenarios/" + source).toFile()), slots);
        String caseText = Files.readString(SharedData.path("cases/" + casePath));
        String caseSource = casePath.substring(casePath.indexOf('/') + 1);
        Grid grid = MatpowerReader.read(caseText, caseSource);
        Scenario scenario = ScenarioReader.parse(base.toString(), source);
        int errors = 0;
        int plans = 0;
        JsonMutator json = new JsonMutator(seed);
        for (int i = 0; i < scenarioMutations; i++) {
            JsonMutator.Mutant m = json.mutate(base);
            boolean planned = check(m.description(), () -> PlanInputFactory.create(ScenarioReader.parse(m.text(), source),
                    grid));
            errors += planned ? 0 : 1;
            plans += planned ? 1 : 0;
        }
        CaseMutator cases = new CaseMutator(seed);
        for (int i = 0; i < caseMutations; i++) {
            CaseMutator.Mutant m = cases.mutate(caseText);
            boolean planned = check(m.description(), () -> PlanInputFactory.create(scenario,
                    MatpowerReader.read(m.text(), caseSource)));
            errors += planned ? 0 : 1;
            plans += planned ? 1 : 0;
        }
        return new Outcome(errors, plans);
    }

    /** True when the mutant was planned (and the plan holds), false when refused with a located input error. */
    private static boolean check(String what, java.util.function.Supplier<PlanInput> resolve) {
        PlanInput input;
        try {
            input = resolve.get();
        } catch (InputException e) {
            assertThat(!e.field().isEmpty() || e.line() > 0).as("%s: the error has a location: %s", what, e.getMessage())
                    .isTrue();
            assertThat(e.detail()).as(what).isNotBlank();
            return false;
        } catch (RuntimeException e) {
            fail(what + ": neither an input error nor a plan, but " + e, e);
            return false;
        }
        PlanResult plan;
        try {
            plan = Planner.plan(input, PARAMETERS);
        } catch (RuntimeException e) {
            fail(what + ": the input was accepted, then planning threw " + e, e);
            return false;
        }
        assertThat(PlanVerifier.violations(plan, PlanVerifier.DEFAULT_TOLERANCE_MW)).as(what).isEmpty();
        for (SlotPlan p : plan.slots()) {
            if (p.usable()) {
                assertThat(p.solved()).as(what).isTrue();
                assertThat(Double.isFinite(p.shedMw()) && Double.isFinite(p.criticalShedMw())).as(what).isTrue();
            } else if (!p.solved()) {
                assertThat(p.shedMw()).as(what + ": unknown, not 0").isNaN();
            }
        }
        return true;
    }

    /** The scenario cut to its first {@code slots} slots (every per-slot list shortened to match). */
    private static JsonNode firstSlots(JsonNode scenario, int slots) {
        ObjectNode s = scenario.deepCopy();
        s.put("slots", slots);
        if (s.has("loadScale")) {
            s.set("loadScale", cut((ArrayNode) s.get("loadScale"), slots));
        }
        if (s.has("areaLoadMw")) {
            ObjectNode areas = (ObjectNode) s.get("areaLoadMw");
            for (Map.Entry<String, JsonNode> e : areas.properties()) {
                areas.set(e.getKey(), cut((ArrayNode) e.getValue(), slots));
            }
        }
        return s;
    }

    private static ArrayNode cut(ArrayNode list, int n) {
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
            out.add(list.get(i));
        }
        return out;
    }
}

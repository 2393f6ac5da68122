package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fairshed plan} on the public case118 scenario, as a user runs it. */
class PlanCommandEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** MATPOWER's minimum shed in slot 7 of public-s0 ({@code expected/public-s0-case118.shed.json}). */
    private static final double MATPOWER_SLOT7_SHED_MW = 341.06;
    private static final double AGREEMENT_MW = 0.5;

    @TempDir
    Path tmp;

    @Test
    void plansTheScenarioWritesJsonAndCsvAndPrintsTheReport() throws Exception {
        Path out = tmp.resolve("plan.json");
        CliRun r = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(), "--cases-dir",
                SharedData.path("cases").toString(), "--out", out.toString(), "--csv", tmp.resolve("plan").toString(),
                "--fairness", "min-shed", "--ac-check");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ieee118-winter-deficit").contains("Slots: 24 OPTIMAL").contains("Fairness over the plan");
        JsonNode plan = JSON.readTree(out.toFile());
        assertThat(plan.get("slots")).hasSize(24);
        JsonNode slot7 = plan.get("slots").get(7);
        assertThat(slot7.get("shedMw").asDouble()).isCloseTo(MATPOWER_SLOT7_SHED_MW, within(AGREEMENT_MW));
        assertThat(slot7.get("ac").get("status").asText()).isNotEmpty();
        assertThat(Files.readAllLines(tmp.resolve("plan.csv")).get(0)).startsWith("slot,start,region");
    }

    @Test
    void aBadScenarioFieldIsNamed() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"network\": \"case14.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 60, \"slots\": -3}");
        CliRun r = CliRun.of("plan", bad.toString(), "--cases-dir", SharedData.path("cases").toString(), "--out",
                tmp.resolve("p.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("slots");
        assertThat(tmp.resolve("p.json")).doesNotExist();
    }

    /** A time budget that runs out leaves no plan file: a half-made plan is not a plan (exit 1, the reason said). */
    @Test
    void aPlanThatRunsOutOfItsTimeBudgetIsNotWritten() throws Exception {
        Path out = tmp.resolve("plan.json");
        CliRun r = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(), "--cases-dir",
                SharedData.path("cases").toString(), "--out", out.toString(), "--time-budget", "0.001");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("time budget ran out").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
        CliRun bad = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(), "--cases-dir",
                SharedData.path("cases").toString(), "--out", out.toString(), "--time-budget", "NaN");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--time-budget must be more than 0");
    }

    /**
     * The slot time limit reaches every slot's solver: a nanosecond is over before the first solve, so every slot is
     * TIME_LIMIT (exit 1, loudly), whatever the machine's speed; a limit it does not take is a usage error.
     */
    @Test
    void theSlotTimeLimitBindsEverySlotAndABadOneIsRefused() throws Exception {
        Path out = tmp.resolve("plan.json");
        CliRun r = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(), "--cases-dir",
                SharedData.path("cases").toString(), "--out", out.toString(), "--slot-time-limit", "1e-9", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode plan = JSON.readTree(out.toFile());
        assertThat(plan.get("slots")).hasSize(24)
                .allSatisfy(slot -> assertThat(slot.get("status").asText()).isEqualTo("TIME_LIMIT"));
        for (String value : new String[] {"0", "-1", "NaN", "1e9"}) {
            CliRun bad = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(),
                    "--cases-dir", SharedData.path("cases").toString(), "--out", tmp.resolve("p.json").toString(),
                    "--slot-time-limit", value);
            assertThat(bad.exitCode()).as(value).isEqualTo(2);
            assertThat(bad.err()).contains("--slot-time-limit must be more than 0").doesNotContain("\tat ");
        }
        assertThat(tmp.resolve("p.json")).doesNotExist();
    }
}

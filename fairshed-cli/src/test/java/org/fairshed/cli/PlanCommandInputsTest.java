package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fairshed plan} on the bad inputs of issue 8, as a user meets them: exit code 2, one line naming the file and
 * the field or option, nothing overwritten, nothing written, no temporary file and no JVM crash log left behind.
 */
class PlanCommandInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXIT_BAD_INPUT = 2;

    @TempDir
    Path tmp;
    private Path scenario;
    private Path caseFile;

    /** The public case118 scenario and its case, copied to a folder of their own (they may be targets here). */
    @BeforeEach
    void copyTheScenarioAndItsCase() throws Exception {
        scenario = Files.copy(SharedData.path("scenarios/public-s0-case118.json"), tmp.resolve("s0.json"));
        caseFile = Files.copy(SharedData.matpowerCase("case118.m"), tmp.resolve("case118.m"));
    }

    private CliRun plan(String... options) {
        return CliRun.of(Stream.concat(Stream.of("plan", scenario.toString()), Stream.of(options)).toArray(String[]::new));
    }

    private void assertRefusedAndNothingChanged(CliRun r, String... messageParts) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).startsWith("fairshed plan: ").contains(messageParts).doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(scenario.toFile()).get("name").asText()).isEqualTo("ieee118-winter-deficit");
        assertThat(Files.readString(caseFile)).isEqualTo(Files.readString(SharedData.matpowerCase("case118.m")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.equals("s0.json") || n.equals("case118.m") || n.equals("out"));
        }
    }

    private void rewriteScenario(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(scenario.toFile());
        change.accept(root);
        Files.writeString(scenario, JSON.writeValueAsString(root));
    }

    @Test
    void outEqualToTheScenarioIsRefusedNamingBoth() throws Exception {
        CliRun r = plan("--out", scenario.toString());
        assertRefusedAndNothingChanged(r, "--out", "the same file as the scenario", scenario.toString());
    }

    @Test
    void outEqualToTheCaseIsRefusedNamingBoth() throws Exception {
        CliRun r = plan("--out", tmp.resolve("sub/../case118.m").toString());
        assertRefusedAndNothingChanged(r, "--out", "the same file as the scenario's case", caseFile.toString());
    }

    @Test
    void csvTablesMayNotOverwriteThePlanOrTheInputs() throws Exception {
        Path plan = tmp.resolve("out/p.csv");
        assertRefusedAndNothingChanged(plan("--out", plan.toString(), "--csv", plan.toString()), "--csv",
                "the per-region table", "the same file as the plan");
        for (String name : List.of("s0.csv", "s0.buses.csv")) {
            Path copy = Files.copy(scenario, tmp.resolve(name));
            CliRun r = CliRun.of("plan", copy.toString(), "--cases-dir", tmp.toString(), "--out",
                    tmp.resolve("out/p.json").toString(), "--csv", tmp.resolve("s0").toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_BAD_INPUT);
            assertThat(r.err()).contains("--csv").contains("the same file as the scenario (" + copy + ")");
            assertThat(Files.readString(copy)).isEqualTo(Files.readString(scenario));
            Files.delete(copy);
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aHugeLoadScaleIsBadInputNotACrash() throws Exception {
        rewriteScenario(root -> ((ArrayNode) root.get("loadScale")).set(0, JSON.getNodeFactory().numberNode(1e100)));
        CliRun r = plan("--out", tmp.resolve("out/p.json").toString());
        assertRefusedAndNothingChanged(r, "s0.json", "loadScale[0]", "1.0E100");
        assertThat(tmp.resolve("out")).doesNotExist();
        assertNoCrashLog();
    }

    /** The NaN and Inf loads in the case crashed the JVM inside OR-Tools (exit 134, an hs_err file). */
    @Test
    void aCaseLoadThatIsNotANumberIsBadInputNotACrash() throws Exception {
        for (String bad : List.of("NaN", "Inf")) {
            List<String> lines = Files.readAllLines(SharedData.matpowerCase("case118.m"));
            int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("mpc.bus = [")).findFirst().orElseThrow()) + 1;
            String[] cells = lines.get(first).trim().split("\\s+");
            cells[2] = bad;
            lines.set(first, "\t" + String.join("\t", cells));
            Files.write(caseFile, lines);
            CliRun r = plan("--out", tmp.resolve("out/p.json").toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_BAD_INPUT);
            assertThat(r.err().strip()).contains("case118.m").doesNotContain("\n");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
        assertNoCrashLog();
    }

    @Test
    void aWrappedGeneratorRowIsBadInput() throws Exception {
        rewriteScenario(root -> ((ArrayNode) root.get("outages").get("generators")).set(0,
                JSON.getNodeFactory().numberNode(4294967297L)));
        assertRefusedAndNothingChanged(plan("--out", tmp.resolve("out/p.json").toString()), "outages.generators[0]",
                "4294967297");
    }

    /** The 100,000-slot scenario wrote a 2.3 GB plan. */
    @Test
    void aHorizonBeyondTheLimitIsBadInput() throws Exception {
        rewriteScenario(root -> {
            root.put("slots", 100_000);
            ArrayNode scale = JSON.createArrayNode();
            for (int t = 0; t < 100_000; t++) {
                scale.add(1.0);
            }
            root.set("loadScale", scale);
        });
        assertRefusedAndNothingChanged(plan("--out", tmp.resolve("out/p.json").toString()), "slots", "at most 336");
    }

    /** Every generator out, all load critical: everything is dark, and the plan says it is critical shed. */
    @Test
    void darkCriticalLoadIsReportedAsCriticalShed() throws Exception {
        rewriteScenario(root -> {
            ArrayNode gens = JSON.createArrayNode();
            for (int g = 1; g <= 54; g++) {
                gens.add(g);
            }
            ((ObjectNode) root.get("outages")).set("generators", gens);
            root.put("slots", 2);
            root.set("loadScale", JSON.createArrayNode().add(1.0).add(0.9));
            root.set("critical", JSON.createObjectNode().put("default", 1.0));
        });
        Path out = tmp.resolve("out/p.json");
        CliRun r = plan("--cases-dir", tmp.toString(), "--out", out.toString(), "--csv", tmp.resolve("out/p").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Slots: 2 CRITICAL_SHED").contains("!!! CRITICAL LOAD SHED");
        JsonNode plan = JSON.readTree(out.toFile());
        JsonNode slot = plan.get("slots").get(0);
        assertThat(slot.get("status").asText()).isEqualTo("CRITICAL_SHED");
        assertThat(slot.get("criticalShedMw").asDouble()).isEqualTo(slot.get("loadMw").asDouble());
        assertThat(plan.get("summary").get("criticalUnservedMwh").asDouble())
                .isEqualTo(plan.get("summary").get("totalLoadMwh").asDouble());
        String runId = plan.get("runId").asText();
        assertThat(runId).matches("[0-9a-f]{32}");
        assertThat(Files.readAllLines(tmp.resolve("out/p.csv")).subList(1, 3)).allMatch(l -> l.endsWith("," + runId));
        assertThat(Files.readAllLines(tmp.resolve("out/p.buses.csv")).get(1)).endsWith("," + runId);
    }

    private void assertNoCrashLog() throws Exception {
        for (Path dir : List.of(tmp, Path.of("").toAbsolutePath())) {
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err_pid"));
            }
        }
    }
}

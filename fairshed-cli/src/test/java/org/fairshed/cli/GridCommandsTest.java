package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DELTA_MW = 1e-6;

    @TempDir
    Path tmp;

    @Test
    void dcpfWritesExactlyTheExpectedFilesFormat() throws Exception {
        CliRun r = CliRun.of("grid", "dcpf", SharedData.matpowerCase("case118.m").toString(), "--out",
                tmp.resolve("c118").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("c118.buses.csv")))
                .isEqualTo(Files.readString(SharedData.path("expected/dcpf-case118.buses.csv")));
        assertThat(Files.readString(tmp.resolve("c118.branches.csv")))
                .isEqualTo(Files.readString(SharedData.path("expected/dcpf-case118.branches.csv")));
    }

    @Test
    void infoCountsTheDamagedCase() throws Exception {
        CliRun r = CliRun.of("grid", "info", SharedData.matpowerCase("case118.m").toString(), "--damage",
                SharedData.path("scenarios/public-s0-case118.json").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode info = JSON.readTree(r.out());
        assertThat(info.get("buses").asInt()).isEqualTo(118);
        assertThat(info.get("branchesInService").asInt()).isEqualTo(184);
        assertThat(info.get("generatorsInService").asInt()).isEqualTo(36);
        assertThat(info.get("islands").asInt()).isEqualTo(3);
        assertThat(info.get("totalLoadMw").asDouble()).isEqualTo(4242.0);
        assertThat(info.get("inServiceCapacityMw").asDouble()).isEqualTo(3604.0);
    }

    @Test
    void opfJsonCarriesStatusObjectiveGenerationAndTime() throws Exception {
        CliRun r = CliRun.of("opf", SharedData.matpowerCase("case14.m").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode opf = JSON.readTree(r.out());
        assertThat(opf.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(opf.get("objective").asDouble()).isCloseTo(7642.591777, org.assertj.core.api.Assertions.within(7642.59 * 1e-4));
        assertThat(opf.get("generationMw").asDouble()).isCloseTo(259.0, org.assertj.core.api.Assertions.within(DELTA_MW));
        assertThat(opf.get("solveSeconds").asDouble()).isPositive();
    }

    @Test
    void infeasibleOpfIsExitCodeOneWithTheReason() {
        CliRun r = CliRun.of("opf", SharedData.matpowerCase("case118.m").toString(), "--damage",
                SharedData.path("scenarios/public-s0-case118.json").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("INFEASIBLE").contains("needs 4242.0 MW but has 3604.0 MW");
    }

    @Test
    void acpfReportsConvergenceAndVoltages() throws Exception {
        CliRun r = CliRun.of("grid", "acpf", SharedData.matpowerCase("case118.m").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode ac = JSON.readTree(r.out());
        assertThat(ac.get("converged").asBoolean()).isTrue();
        assertThat(ac.get("minVoltagePu").asDouble()).isBetween(0.9, 1.0);
        assertThat(ac.get("maxVoltagePu").asDouble()).isBetween(1.0, 1.1);
    }

    @Test
    void badInputIsOneLineNamingFileAndLineWithExitCodeTwo() throws Exception {
        Path bad = tmp.resolve("broken.m");
        Files.writeString(bad, "function mpc = broken\nmpc.version = '2';\nmpc.baseMVA = 100;\nmpc.bus = [\n 1 3 0 0 0 0 1 1 0 110 1 1.1 0.9;\n 2 1 abc 0 0 0 1 1 0 110 1 1.1 0.9;\n];\n");
        CliRun r = CliRun.of("grid", "info", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("broken.m:6").contains("abc").doesNotContain("at org.");
    }

    @Test
    void missingFilesAndBadDamageReferencesAreClear() throws Exception {
        CliRun missing = CliRun.of("grid", "info", tmp.resolve("nope.m").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.m");
        Path damage = tmp.resolve("d.json");
        Files.writeString(damage, "{\"outages\": {\"generators\": [99]}}");
        CliRun bad = CliRun.of("grid", "info", SharedData.matpowerCase("case14.m").toString(), "--damage", damage.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("d.json").contains("outages.generators[0] names generator row 99").contains("1 to 5");
    }

    @Test
    void syntheticGridIsWrittenAsAMatpowerCaseThatReadsBack() throws Exception {
        Path file = tmp.resolve("small.m");
        CliRun r = CliRun.of("grid", "synthetic", "--buses", "300", "--regions", "6", "--seed", "7", "--out", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        CliRun info = CliRun.of("grid", "info", file.toString(), "--json");
        JsonNode n = JSON.readTree(info.out());
        assertThat(n.get("areas").asInt()).isEqualTo(6);
        assertThat(n.get("islands").asInt()).isEqualTo(1);
        assertThat(n.get("buses").asInt()).isBetween(270, 330);
        CliRun bad = CliRun.of("grid", "synthetic", "--buses", "10", "--out", file.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--buses must be between 200 and 100000, got 10");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"--help"}, {"grid", "--help"}, {"grid", "info", "--help"},
                {"grid", "dcpf", "--help"}, {"grid", "acpf", "--help"}, {"grid", "synthetic", "--help"}, {"bench", "--help"}, {"opf", "--help"}, {"demo", "--help"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).startsWith("Usage: fairshed");
        }
    }
}

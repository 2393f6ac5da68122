package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument handling of {@code fairshed plan}; the end-to-end runs come with the planner. */
class PlanCommandTest {

    private static final int EXIT_OK = 0;
    private static final int EXIT_BAD_INPUT = 2;

    @TempDir
    Path tmp;

    @Test
    void helpListsEveryOption() {
        CliRun r = CliRun.of("plan", "--help");
        assertThat(r.exitCode()).isEqualTo(EXIT_OK);
        assertThat(r.out()).contains("SCENARIO", "--cases-dir", "--out", "--fairness", "--ac-check", "--csv",
                "--threads", "--json", "Exit code 0");
    }

    @Test
    void topLevelHelpListsPlan() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isEqualTo(EXIT_OK);
        assertThat(r.out()).contains("plan");
    }

    @Test
    void missingScenarioFileIsOneLineNamingItWithExitCodeTwo() {
        Path missing = tmp.resolve("no-such-scenario.json");
        CliRun r = CliRun.of("plan", missing.toString(), "--out", tmp.resolve("plan.json").toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("fairshed plan: " + missing + ": scenario file not found");
        assertThat(tmp.resolve("plan.json")).doesNotExist();
    }

    @Test
    void casesDirThatIsNotAFolderIsBadInput() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{}");
        Path notADir = tmp.resolve("cases");
        CliRun r = CliRun.of("plan", scenario.toString(), "--cases-dir", notADir.toString(), "--out",
                tmp.resolve("plan.json").toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--cases-dir").contains(notADir.toString());
    }

    @Test
    void unknownFairnessModeIsAUsageError() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{}");
        CliRun r = CliRun.of("plan", scenario.toString(), "--out", tmp.resolve("p.json").toString(), "--fairness",
                "equal");
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--fairness").contains("min-shed").contains("equal");
    }

    @Test
    void outIsRequired() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{}");
        CliRun r = CliRun.of("plan", scenario.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void threadsOutsideOneToTheLimitAreBadInput() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{}");
        for (String n : new String[] {"0", "257", "-4"}) {
            CliRun r = CliRun.of("plan", scenario.toString(), "--out", tmp.resolve("p.json").toString(), "--threads", n);
            assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("fairshed plan: command line: --threads must be between 1 and 256, got "
                    + n);
        }
    }

    @Test
    void outThatIsAFolderIsBadInput() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{}");
        CliRun r = CliRun.of("plan", scenario.toString(), "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--out names a folder");
    }
}

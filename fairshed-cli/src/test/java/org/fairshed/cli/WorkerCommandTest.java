package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fairshed worker} runs beside a server: on a data folder nobody serves it says so and starts nothing. */
class WorkerCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aDataFolderNobodyServesIsAnErrorNamingTheServeCommand() {
        Path data = tmp.resolve("nobody");
        CliRun r = CliRun.of("worker", "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--data", "no `fairshed serve` runs on " + data, "--no-jobs")
                .doesNotContain("Exception");
        assertThat(Files.exists(data.resolve("postgres"))).as("no database created").isFalse();
    }

    @Test
    void theHelpNamesTheServerItGoesWithAndItsSettings() {
        CliRun r = CliRun.of("worker", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--no-jobs", "FAIRSHED_JOB_THREADS", "FAIRSHED_JOB_NICE");
    }
}

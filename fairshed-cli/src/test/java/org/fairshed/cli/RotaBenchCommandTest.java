package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RotaBenchCommandTest {

    private static final Pattern ROW = Pattern.compile(
            "(?m)^(sweep|queues|stage-table)\\s+[0-9.]+\\s+[0-9.]+\\s+([0-9.]+)\\s+([0-9.]+)\\s+[0-9.]+\\s+\\d+\\s+(\\d+)$");

    @Test
    void printsOneRowPerMethodWithoutUnderShed() {
        CliRun run = CliRun.of("rota-bench", "--regions", "3", "--days", "2", "--repeat", "1", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 regions x 2 day(s) x 12 groups x 48 half-hours, deficit 0.15-0.35; 1 threads");
        Matcher m = ROW.matcher(run.out());
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(Double.parseDouble(m.group(3))).as("under-shed of %s", m.group(1)).isZero();
            if (m.group(1).equals("sweep")) {
                assertThat(Integer.parseInt(m.group(4))).as("rule breaks of the sweep rota").isZero();
            }
        }
        assertThat(rows).isEqualTo(3);
    }

    @Test
    void zeroRegionsIsBadInput() {
        CliRun run = CliRun.of("rota-bench", "--regions", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--regions");
    }
}

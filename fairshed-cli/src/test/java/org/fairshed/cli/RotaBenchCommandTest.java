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
        oneRowPerMethodWithoutUnderShed(run.out());
        assertThat(run.out()).containsPattern("quota energy [0-9.]+ MWh; over-shed as a share of it: sweep [0-9.]+ %");
    }

    /** Building-like groups: the count in the header, B0001 … groups scheduled by every method, the sweep without breaks. */
    @Test
    void buildingLikeGroupsPerRegion() {
        CliRun run = CliRun.of("rota-bench", "--regions", "2", "--groups", "300", "--repeat", "1", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 regions x 1 day(s) x 300 groups x 48 half-hours");
        oneRowPerMethodWithoutUnderShed(run.out());
    }

    @Test
    void groupsBeyondTheLimitAreBadInput() {
        CliRun run = CliRun.of("rota-bench", "--groups", "20001");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--groups");
    }

    @Test
    void zeroRegionsIsBadInput() {
        CliRun run = CliRun.of("rota-bench", "--regions", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--regions");
    }

    /** One row per method, none under-shedding, the sweep without rule breaks. */
    private static void oneRowPerMethodWithoutUnderShed(String out) {
        Matcher m = ROW.matcher(out);
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
}

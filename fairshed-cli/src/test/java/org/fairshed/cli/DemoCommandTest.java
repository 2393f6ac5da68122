package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void demoRunsEndToEndAndSaysItIsSynthetic() {
        CliRun r = CliRun.of("demo", "--export", tmp.resolve("synthetic.m").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("SYNTHETIC data")
                .contains("[1/5] synthetic-national-2024-2000: 2,000 buses")
                .contains("[3/5] islands after damage: 2")
                .contains("DEAD: no generation")
                .contains("NATIONAL")
                .contains("national deficit at the peak")
                .contains("undamaged grid at the peak: DC OPF OPTIMAL")
                .contains("[5/5] tomorrow's plan")
                .contains("critical load shed: 0.0 MWh")
                .contains("price of fairness");
        String opfRow = r.out().lines().filter(l -> l.trim().startsWith("OPF ")).findFirst().orElseThrow();
        assertThat(opfRow).as("every hour classified, no solver failure").doesNotContain("ERR").contains("DEF").contains("ok");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\S.*")).count()).as("one row per region, twice")
                .isGreaterThanOrEqualTo(48);
        assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\S.*%")).count()).as("plan rows at the peak").isEqualTo(24);
        Grid exported = MatpowerReader.read(tmp.resolve("synthetic.m"));
        assertThat(exported.buses()).hasSize(2000);
        assertThat(exported.buses().get(0).name()).isNotNull();
    }
}

package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCsvWriterTest {

    @TempDir
    Path tmp;

    @Test
    void regionTableHasOneRowPerSlotAndRegionWithQuotedNames() {
        List<String> lines = PlanCsvWriter.regionsTable(TestPlans.plan()).lines().toList();
        assertThat(lines).hasSize(1 + 3 * 3);
        String id = TestPlans.RUN_ID;
        assertThat(lines.get(0)).isEqualTo("slot,start,region,loadMw,shedMw,criticalShedMw,share,status,runId");
        assertThat(lines.get(1)).isEqualTo("0,2016-12-19T00:00,north,60.0000,12.0000,0.0000,0.200000,OPTIMAL," + id);
        assertThat(lines.get(5)).isEqualTo("1,2016-12-19T01:00,south,40.0000,24.0000,4.0000,1.000000,CRITICAL_SHED," + id);
        assertThat(lines.get(6)).isEqualTo("1,2016-12-19T01:00,\"east, coast\",25.0000,6.0000,0.0000,0.240000,CRITICAL_SHED,"
                + id);
    }

    @Test
    void busTableListsNonZeroShedOnly() {
        List<String> lines = PlanCsvWriter.busesTable(TestPlans.plan()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("slot,bus,shedMw,runId");
        assertThat(lines).hasSize(1 + 3 + 4 + 3).contains("1,4,1.000000," + TestPlans.RUN_ID);
    }

    /** Unknown figures are empty cells; the per-bus table says the slot has no plan with one row of empty cells. */
    @Test
    void aSlotWithoutAPlanHasEmptyCellsNotZeros() {
        PlanResult plan = TestPlans.planWithAFailedSlot();
        List<String> regions = PlanCsvWriter.regionsTable(plan).lines().toList();
        assertThat(regions.get(7)).isEqualTo("2,2016-12-19T02:00,north,60.0000,,,,ERROR," + TestPlans.RUN_ID);
        List<String> buses = PlanCsvWriter.busesTable(plan).lines().toList();
        assertThat(buses).filteredOn(l -> l.startsWith("2,")).containsExactly("2,,," + TestPlans.RUN_ID);
    }

    @Test
    void planFilesWritesTheTablesBesideThePlanWithOneRunId() throws Exception {
        Path regions = PlanCsvWriter.regionsFileFor(tmp.resolve("day1").toString());
        assertThat(regions.getFileName().toString()).isEqualTo("day1.csv");
        assertThat(PlanCsvWriter.regionsFileFor("x/plan.csv")).isEqualTo(Path.of("x/plan.csv"));
        Path planFile = tmp.resolve("plan.json");
        List<Path> written = PlanFiles.write(TestPlans.plan(), planFile, regions);
        Path buses = tmp.resolve("day1.buses.csv");
        assertThat(written).containsExactly(regions, buses, planFile);
        assertThat(PlanFiles.targets(planFile, regions)).isEqualTo(written);
        assertThat(Files.readString(regions)).isEqualTo(PlanCsvWriter.regionsTable(TestPlans.plan()));
        assertThat(Files.readString(buses)).isEqualTo(PlanCsvWriter.busesTable(TestPlans.plan()));
        assertThat(Files.readString(planFile)).contains("\"runId\" : \"" + TestPlans.RUN_ID + "\"");
        try (var listing = Files.list(tmp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("day1.csv",
                    "day1.buses.csv", "plan.json");
        }
    }

    /** The three files are one output: if one cannot be written, none is replaced. */
    @Test
    void aFailedWriteLeavesEveryOldFileAsItWas() throws Exception {
        Path regions = tmp.resolve("day1.csv");
        Files.writeString(regions, "old table");
        Path planFile = tmp.resolve("missing-parent-is-a-file/plan.json");
        Files.writeString(tmp.resolve("missing-parent-is-a-file"), "a file where a folder should be");
        assertThatThrownBy(() -> PlanFiles.write(TestPlans.plan(), planFile, regions)).isInstanceOf(IOException.class);
        assertThat(Files.readString(regions)).isEqualTo("old table");
        try (var listing = Files.list(tmp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("day1.csv",
                    "missing-parent-is-a-file");
        }
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(PlanCsvWriter.quote("north")).isEqualTo("north");
        assertThat(PlanCsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}

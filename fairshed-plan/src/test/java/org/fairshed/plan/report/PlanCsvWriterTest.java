package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(lines.get(0)).isEqualTo("slot,start,region,loadMw,shedMw,share,status");
        assertThat(lines.get(1)).isEqualTo("0,2016-12-19T00:00,north,60.0000,12.0000,0.200000,OPTIMAL");
        assertThat(lines.get(6)).isEqualTo("1,2016-12-19T01:00,\"east, coast\",25.0000,6.0000,0.240000,CRITICAL_SHED");
    }

    @Test
    void busTableListsNonZeroShedOnly() {
        List<String> lines = PlanCsvWriter.busesTable(TestPlans.plan()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("slot,bus,shedMw");
        assertThat(lines).hasSize(1 + 3 + 4 + 3).contains("1,4,1.000000");
    }

    @Test
    void writesBothFilesNextToEachOther() throws Exception {
        Path regions = PlanCsvWriter.regionsFileFor(tmp.resolve("day1").toString());
        assertThat(regions.getFileName().toString()).isEqualTo("day1.csv");
        assertThat(PlanCsvWriter.regionsFileFor("x/plan.csv")).isEqualTo(Path.of("x/plan.csv"));
        Path buses = PlanCsvWriter.write(TestPlans.plan(), regions);
        assertThat(buses).isEqualTo(tmp.resolve("day1.buses.csv"));
        assertThat(Files.readString(regions)).isEqualTo(PlanCsvWriter.regionsTable(TestPlans.plan()));
        assertThat(Files.readString(buses)).isEqualTo(PlanCsvWriter.busesTable(TestPlans.plan()));
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(PlanCsvWriter.quote("north")).isEqualTo("north");
        assertThat(PlanCsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}

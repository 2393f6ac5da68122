package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.SlotPlan;
import org.fairshed.plan.testing.TestPlans;
import org.junit.jupiter.api.Test;

class PlanTextReportTest {

    private static final String GOLDEN = "plan-report.txt";

    @Test
    void matchesTheGoldenFile() throws IOException {
        assertThat(PlanTextReport.render(TestPlans.plan())).isEqualTo(golden());
    }

    @Test
    void everyLineFitsTheTerminalWidth() {
        assertThat(PlanTextReport.render(TestPlans.plan()).lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PlanTextReport.WIDTH));
    }

    @Test
    void aCleanPlanHasNoLoudLines() {
        PlanResult plan = TestPlans.plan();
        SlotPlan first = plan.slots().get(0);
        SlotPlan clean = new SlotPlan(0, PlanStatus.OPTIMAL, "", first.loadMw(), 16, 0, 0, new double[] {12, 4, 0},
                first.regionLoadMw(), new double[] {12, 4, 0}, first.regionNonCriticalLoadMw(),
                new double[] {16, 0, 0}, new double[] {0, 12, 4, 0, 0}, first.genMw(), first.binding(), null, 0);
        String text = PlanTextReport.render(new PlanResult(plan.input(), List.of(clean), 0.1));
        assertThat(text).doesNotContain("!!!").contains("Slots: 1 OPTIMAL");
    }

    private static String golden() throws IOException {
        try (InputStream in = PlanTextReportTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s", GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

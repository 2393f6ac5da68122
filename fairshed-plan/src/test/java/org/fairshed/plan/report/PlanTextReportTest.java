package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.Regions;
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

    /** A late stage that stopped early leaves the slot OPTIMAL (limits met, least shed kept): the terminal says so. */
    @Test
    void anOptimalSlotWithARemarkIsShownLoudly() {
        PlanResult plan = TestPlans.plan();
        SlotPlan first = plan.slots().get(0);
        String remark = "cheapest generation stopped early (TIME_LIMIT: time limit of 60 s reached)";
        SlotPlan noted = new SlotPlan(0, PlanStatus.OPTIMAL, remark, first.loadMw(), 16, 0, 0, new double[] {12, 4, 0},
                first.regionLoadMw(), new double[] {12, 4, 0}, first.regionNonCriticalLoadMw(),
                new double[] {16, 0, 0}, new double[] {0, 12, 4, 0, 0}, first.genMw(), first.binding(), null, 0);
        String text = PlanTextReport.render(new PlanResult(plan.input(), List.of(noted), 0.1));
        assertThat(text).contains("!!! NOTE:").contains("first message: " + remark);
    }

    @Test
    void manyRegionsListTheHighestSharesAndSayHowManyAreLeftOut() {
        int regions = PlanTextReport.MAX_REGION_ROWS + 5;
        List<String> names = new ArrayList<>();
        int[] regionOfBus = new int[regions];
        double[] load = new double[regions];
        double[] shed = new double[regions];
        for (int r = 0; r < regions; r++) {
            names.add(r == regions - 1 ? "a-region-name-longer-than-its-column" : "region-" + r);
            regionOfBus[r] = r;
            load[r] = 10;
            shed[r] = r * 0.1;
        }
        List<Bus> buses = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            buses.add(TinyGrids.bus(r + 1, r == 0 ? BusType.REF : BusType.PQ, load[r]));
        }
        Grid grid = new Grid("many", 100, buses, List.of(TinyGrids.gen(1, 1000, 10)), List.of());
        PlanInput input = new PlanInput("many-regions", grid, LocalDateTime.of(2016, 12, 19, 0, 0), 30,
                new double[][] {load}, new double[][] {{1000}}, new double[regions],
                new Regions(names, regionOfBus, "buses"), FairnessSettings.of(FairnessMode.MIN_SHED, regions), null);
        SlotPlan slot = new SlotPlan(0, PlanStatus.OPTIMAL, "", regions * 10, 0, 0, 0, shed, load, shed, load, shed,
                shed, new double[] {10}, List.of(), null, 0);
        String text = PlanTextReport.render(new PlanResult(input, List.of(slot), 0));
        List<String> rows = text.lines().filter(l -> l.startsWith("region-") || l.startsWith("a-region")).toList();
        assertThat(rows).hasSize(PlanTextReport.MAX_REGION_ROWS);
        assertThat(rows.get(0)).startsWith("a-region-name-longer-th~ ");
        assertThat(rows).noneMatch(l -> l.startsWith("region-4 ")).anyMatch(l -> l.startsWith("region-5 "));
        assertThat(text).contains("... 5 more region(s)");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PlanTextReport.WIDTH));
    }

    private static String golden() throws IOException {
        try (InputStream in = PlanTextReportTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s", GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

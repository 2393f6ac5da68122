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
import org.fairshed.plan.RegionShed;
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
        String text = PlanTextReport.render(onlySlot(clean()));
        assertThat(text).doesNotContain("!!!").contains("Slots: 1 OPTIMAL");
    }

    /** A late stage that stopped early makes the slot DEGRADED (limits met, least shed kept): the terminal says so. */
    @Test
    void aDegradedSlotIsShownLoudly() {
        String remark = "cheapest generation stopped early (TIME_LIMIT: time limit of 60 s reached)";
        String text = PlanTextReport.render(onlySlot(clean().degradedBy(remark)));
        assertThat(text).contains("Slots: 1 DEGRADED").contains("!!! DEGRADED:").contains("first message: " + remark);
    }

    /** A slot without a plan is shouted, and the totals it leaves unknown are printed as unknown, not as 0. */
    @Test
    void aSlotWithoutAPlanIsShoutedAndItsFiguresAreUnknown() {
        String text = PlanTextReport.render(TestPlans.planWithAFailedSlot());
        assertThat(text).contains("!!! NOT USABLE:").contains("!!! ERROR:").contains("in 1 slot(s): 2")
                .contains("unserved unknown: 1 slot(s) have no plan").contains("Fairness over the plan: unknown")
                .doesNotContain("unserved 0.0");
        assertThat(text.lines().filter(l -> l.startsWith("north"))).singleElement().asString().contains("unknown");
    }

    /** Dark load that is critical is critical shed: loud, with its energy. */
    @Test
    void criticalShedIsShoutedWithItsEnergy() {
        String text = PlanTextReport.render(TestPlans.plan());
        assertThat(text).contains("!!! CRITICAL LOAD SHED: 4.0 MWh of critical load unserved");
    }

    private static SlotPlan clean() {
        SlotPlan first = TestPlans.plan().slots().get(0);
        RegionShed r = first.regions();
        return new SlotPlan(0, PlanStatus.OPTIMAL, false, "", first.loadMw(), 16, 0, 0,
                new RegionShed(new double[] {12, 4, 0}, r.loadMw(), new double[] {12, 4, 0}, r.nonCriticalLoadMw(),
                        new double[3], r.criticalLoadMw(), new double[] {16, 0, 0}),
                new double[] {0, 12, 4, 0, 0}, first.genMw(), first.binding(), null, 0);
    }

    private static PlanResult onlySlot(SlotPlan slot) {
        PlanResult plan = TestPlans.plan();
        return new PlanResult(plan.input(), List.of(slot), 0.1, TestPlans.RUN_ID);
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
        double[] none = new double[regions];
        SlotPlan slot = new SlotPlan(0, PlanStatus.OPTIMAL, false, "", regions * 10, 0, 0, 0,
                new RegionShed(shed, load, shed, load, none, none, shed), shed, new double[] {10}, List.of(), null, 0);
        String text = PlanTextReport.render(new PlanResult(input, List.of(slot), 0, TestPlans.RUN_ID));
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

package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.testing.TestPlans;
import org.junit.jupiter.api.Test;

class PlanSummaryTest {

    private static final double EXACT_MWH = 1e-9;
    private static final double EXACT_SHARE = 1e-12;

    private final PlanSummary summary = PlanSummary.of(TestPlans.plan());

    @Test
    void energiesOverTheHorizon() {
        assertThat(summary.slotCount()).isEqualTo(3);
        assertThat(summary.totalLoadMwh()).isCloseTo(375, within(EXACT_MWH));
        assertThat(summary.unservedMwh()).isCloseTo(21 + 60 + 45, within(EXACT_MWH));
        assertThat(summary.criticalUnservedMwh()).isCloseTo(4, within(EXACT_MWH));
        assertThat(summary.deadIslandUnservedMwh()).isCloseTo(15, within(EXACT_MWH));
    }

    @Test
    void peakSlotAndStatuses() {
        assertThat(summary.peakSlot()).isEqualTo(1);
        assertThat(summary.count(PlanStatus.OPTIMAL)).isEqualTo(1);
        assertThat(summary.count(PlanStatus.CRITICAL_SHED)).isEqualTo(1);
        assertThat(summary.count(PlanStatus.INFEASIBLE)).isEqualTo(1);
        assertThat(summary.count(PlanStatus.ERROR)).isZero();
        assertThat(summary.allUsable()).isFalse();
        assertThat(summary.slotStart(2)).isEqualTo(LocalDateTime.of(2016, 12, 19, 2, 0));
    }

    @Test
    void regionTotalsByHand() {
        List<PlanSummary.RegionTotals> r = summary.regions();
        assertThat(r).extracting(PlanSummary.RegionTotals::name).containsExactlyElementsOf(TestPlans.REGIONS);
        PlanSummary.RegionTotals south = r.get(1);
        assertThat(south.loadMwh()).isCloseTo(120, within(EXACT_MWH));
        assertThat(south.shedMwh()).isCloseTo(4 + 24 + 20, within(EXACT_MWH));
        assertThat(south.nonCriticalLoadMwh()).isCloseTo(60, within(EXACT_MWH));
        assertThat(south.nonCriticalShedMwh()).isCloseTo(44, within(EXACT_MWH));
        assertThat(south.share()).isCloseTo(44.0 / 60, within(EXACT_SHARE));
        assertThat(south.minShedShare()).isCloseTo(56.0 / 60, within(EXACT_SHARE));
        assertThat(south.peakSlotShedMw()).isCloseTo(24, within(EXACT_MWH));
        assertThat(r.get(0).share()).isCloseTo(62.0 / 180, within(EXACT_SHARE));
        assertThat(r.get(2).share()).isCloseTo(16.0 / 75, within(EXACT_SHARE));
    }

    @Test
    void fairnessOfPlanAndMinShedUseEnergyShares() {
        double[] load = {180, 60, 75};
        assertThat(summary.planFairness())
                .isEqualTo(FairnessMetrics.ofTotals(new double[] {62, 44, 16}, load));
        assertThat(summary.minShedFairness())
                .isEqualTo(FairnessMetrics.ofTotals(new double[] {40, 56, 26}, load));
        assertThat(summary.planFairness().maxShare()).isCloseTo(44.0 / 60, within(EXACT_SHARE));
        assertThat(summary.minShedFairness().maxShare()).isCloseTo(56.0 / 60, within(EXACT_SHARE));
    }

    @Test
    void aSlotWithoutAPlanMakesShedTotalsUnknownNotSmaller() {
        PlanSummary partial = PlanSummary.of(TestPlans.planWithAFailedSlot());
        assertThat(partial.complete()).isFalse();
        assertThat(partial.unsolvedSlots()).isEqualTo(1);
        assertThat(partial.totalLoadMwh()).isCloseTo(375, within(EXACT_MWH));
        assertThat(partial.unservedMwh()).isNaN();
        assertThat(partial.regions().get(0).shedMwh()).isNaN();
        assertThat(partial.regions().get(0).loadMwh()).isCloseTo(180, within(EXACT_MWH));
        assertThat(partial.planFairness()).isNull();
        assertThat(partial.slotFairness().get(2)).isNull();
        assertThat(partial.peakSlot()).isEqualTo(1);
        assertThat(partial.count(PlanStatus.ERROR)).isEqualTo(1);
    }

    @Test
    void criticalTotalsPerRegion() {
        PlanSummary.RegionTotals south = summary.regions().get(1);
        assertThat(south.criticalLoadMwh()).isCloseTo(60, within(EXACT_MWH));
        assertThat(south.criticalShedMwh()).isCloseTo(4, within(EXACT_MWH));
    }

    @Test
    void perSlotFairness() {
        assertThat(summary.slotFairness()).hasSize(3);
        FairnessMetrics first = summary.slotFairness().get(0);
        assertThat(first.gini()).isCloseTo(0, within(EXACT_SHARE));
        assertThat(first.jain()).isCloseTo(1, within(EXACT_SHARE));
        assertThat(first.maxShare()).isCloseTo(0.2, within(EXACT_SHARE));
        assertThat(summary.slotMinShedFairness().get(0).maxShare()).isCloseTo(16.0 / 20, within(EXACT_SHARE));
    }
}

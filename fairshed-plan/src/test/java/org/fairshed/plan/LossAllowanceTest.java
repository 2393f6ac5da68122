package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;

/** The loss share: generators supply (1 + λ) × served, shed and loads are reported at the consumers. */
class LossAllowanceTest {

    private static final double DELTA_MW = 1e-4;
    private static final double LOSS_SHARE = 0.05;
    private static final PlannerParameters ONE_THREAD = PlannerParameters.defaults().withThreads(1);

    /** 100 MW of generation at bus 1 for 60 + 40 MW of load at buses 2 and 3 (areas 2 and 3), no line limits. */
    private static Grid exactlyEnough() {
        return new Grid("exactly-enough", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 60, 2),
                        TinyGrids.bus(3, BusType.PQ, 40, 3)),
                List.of(TinyGrids.gen(1, 100, 10)),
                List.of(TinyGrids.line(1, 2, 0.1, 0), TinyGrids.line(1, 3, 0.1, 0)));
    }

    @Test
    void losslessPlanShedsNothingWhenGenerationEqualsLoad() {
        SlotPlan p = Planner.plan(TinyPlans.of(exactlyEnough(), new double[] {1}, FairnessMode.FAIR), ONE_THREAD)
                .slots().get(0);
        assertThat(p.shedMw()).isCloseTo(0, within(DELTA_MW));
    }

    @Test
    void lossesAreSuppliedByShedding() {
        PlanInput in = TinyPlans.of(exactlyEnough(), new double[] {1}, FairnessMode.FAIR).withLossShare(LOSS_SHARE);
        PlanResult plan = Planner.plan(in, ONE_THREAD);
        SlotPlan p = plan.slots().get(0);
        double served = 100 / (1 + LOSS_SHARE);
        assertThat(p.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(p.loadMw()).as("load at the consumers").isCloseTo(100, within(DELTA_MW));
        assertThat(p.shedMw()).isCloseTo(100 - served, within(DELTA_MW));
        assertThat(Arrays.stream(p.genMw()).sum()).as("generation covers served load and losses")
                .isCloseTo(served * (1 + LOSS_SHARE), within(DELTA_MW));
        assertThat(Arrays.stream(p.busShedMw()).sum()).isCloseTo(p.shedMw(), within(DELTA_MW));
        assertThat(p.share(1)).as("shares are ratios: both regions shed the same share")
                .isCloseTo(p.share(2), within(1e-6));
        assertThat(PlanVerifier.violations(plan, PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
        assertThat(plan.input()).isSameAs(in);
    }

    @Test
    void theVerifierSeesALosslessReadingOfALossyPlanAsUnbalanced() {
        PlanInput in = TinyPlans.of(exactlyEnough(), new double[] {1}, FairnessMode.FAIR).withLossShare(LOSS_SHARE);
        PlanResult plan = Planner.plan(in, ONE_THREAD);
        PlanResult readLossless = new PlanResult(in.withLossShare(0), plan.slots(), plan.solveSeconds(), plan.runId());
        assertThat(PlanVerifier.violations(readLossless, PlanVerifier.DEFAULT_TOLERANCE_MW))
                .anySatisfy(v -> assertThat(v).contains("out of balance"));
    }

    @Test
    void refusesALossShareOutsideItsRange() {
        PlanInput in = TinyPlans.of(exactlyEnough(), new double[] {1}, FairnessMode.FAIR);
        assertThatThrownBy(() -> in.withLossShare(0.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss share");
        assertThatThrownBy(() -> in.withLossShare(-0.01))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

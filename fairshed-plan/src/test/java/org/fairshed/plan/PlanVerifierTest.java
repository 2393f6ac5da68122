package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;

/**
 * The verifier must be able to fail: a correct plan passes, and each corruption of its numbers that breaks a rule
 * is caught; {@link PlanVerifier#verified} then turns the slot into ERROR with every shed figure unknown.
 */
class PlanVerifierTest {

    private static final PlannerParameters ONE_THREAD = PlannerParameters.defaults().withThreads(1);

    private static PlanResult bottleneckPlan() {
        return Planner.plan(TinyPlans.of(PlannerRulesTest.bottleneck(), new double[] {1, 0.5}, FairnessMode.FAIR),
                ONE_THREAD);
    }

    private static PlanResult corrupt(PlanResult plan, int slot, UnaryOperator<SlotPlan> change) {
        List<SlotPlan> slots = new ArrayList<>(plan.slots());
        slots.set(slot, change.apply(slots.get(slot)));
        return plan.withSlots(slots);
    }

    private static SlotPlan withBusShed(SlotPlan p, int bus, double mw) {
        double[] shed = p.busShedMw().clone();
        shed[bus] = mw;
        return new SlotPlan(p.slot(), p.status(), p.degraded(), p.message(), p.loadMw(), p.shedMw(), p.criticalShedMw(),
                p.deadIslandShedMw(), p.regions(), shed, p.genMw(), p.binding(), p.ac(), p.solveSeconds());
    }

    private static SlotPlan withGen(SlotPlan p, double[] gen) {
        return new SlotPlan(p.slot(), p.status(), p.degraded(), p.message(), p.loadMw(), p.shedMw(), p.criticalShedMw(),
                p.deadIslandShedMw(), p.regions(), p.busShedMw(), gen, p.binding(), p.ac(), p.solveSeconds());
    }

    private static SlotPlan withCritical(SlotPlan p, double criticalMw, PlanStatus status) {
        RegionShed r = p.regions();
        double[] critical = new double[r.count()];
        double[] nonCritical = r.shedMw().clone();
        return new SlotPlan(p.slot(), status, p.degraded(), p.message(), p.loadMw(), p.shedMw(), criticalMw,
                p.deadIslandShedMw(), new RegionShed(r.shedMw(), r.loadMw(), nonCritical, r.nonCriticalLoadMw(), critical,
                r.criticalLoadMw(), r.minShedNonCriticalShedMw()), p.busShedMw(), p.genMw(), p.binding(), p.ac(),
                p.solveSeconds());
    }

    @Test
    void aPlanOfThePlannerHolds() {
        assertThat(PlanVerifier.violations(bottleneckPlan(), PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
    }

    @Test
    void moreServedBehindTheBottleneckOverloadsItsLine() {
        // bus 2 is behind the 10 MW line: serving it all (shed 0) with the same dispatch breaks line 1 and the balance
        PlanResult bad = corrupt(bottleneckPlan(), 0, p -> withBusShed(p, 1, 0));
        assertThat(PlanVerifier.violations(bad, PlanVerifier.DEFAULT_TOLERANCE_MW))
                .anyMatch(v -> v.contains("branch 1 (1-2)") && v.contains("over its 10.0 MW limit"))
                .anyMatch(v -> v.contains("out of balance"))
                .anyMatch(v -> v.contains("shed is reported as"));
    }

    @Test
    void dispatchBeyondPmaxOrNotANumberIsCaught() {
        assertThat(PlanVerifier.violations(corrupt(bottleneckPlan(), 1, p -> withGen(p, new double[] {120})),
                PlanVerifier.DEFAULT_TOLERANCE_MW)).anyMatch(v -> v.contains("generator 1 at 120.0 MW, available 0..100"));
        assertThat(PlanVerifier.violations(corrupt(bottleneckPlan(), 1, p -> withGen(p, new double[] {Double.NaN})),
                PlanVerifier.DEFAULT_TOLERANCE_MW)).anyMatch(v -> v.contains("generator 1 dispatch is NaN"));
    }

    /** The bug as the verifier sees it: all load critical and dark, reported as no critical shed. */
    @Test
    void darkCriticalLoadReportedAsNoCriticalShedIsCaught() {
        Grid dark = new Damage(List.of(1), List.of(), List.of(), List.of()).applyTo(PlannerRulesTest.bottleneck());
        PlanResult plan = Planner.plan(TinyPlans.of(dark, new double[] {1}, new double[] {1, 1, 1, 1}, FairnessMode.FAIR),
                ONE_THREAD);
        assertThat(PlanVerifier.violations(plan, PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
        PlanResult hidden = corrupt(plan, 0, p -> withCritical(p, 0, PlanStatus.OPTIMAL));
        assertThat(PlanVerifier.violations(hidden, PlanVerifier.DEFAULT_TOLERANCE_MW))
                .anyMatch(v -> v.contains("critical shed is reported as 0.0000 MW") && v.contains("between 180.0000"));
        PlanResult served = corrupt(plan, 0, p -> withBusShed(p, 1, 0));
        assertThat(PlanVerifier.violations(served, PlanVerifier.DEFAULT_TOLERANCE_MW))
                .anyMatch(v -> v.contains("bus 2 has no generation in its island but is served 60.0000 MW"));
    }

    @Test
    void aCriticalShedUnderAnOptimalStatusIsCaught() {
        double[] critical = {0, 1.0, 0, 0};
        PlanResult plan = Planner.plan(TinyPlans.of(PlannerRulesTest.bottleneck(), new double[] {1}, critical,
                FairnessMode.FAIR), ONE_THREAD);
        SlotPlan p = plan.slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.CRITICAL_SHED);
        PlanResult relabelled = corrupt(plan, 0, s -> new SlotPlan(s.slot(), PlanStatus.OPTIMAL, false, "", s.loadMw(),
                s.shedMw(), s.criticalShedMw(), s.deadIslandShedMw(), s.regions(), s.busShedMw(), s.genMw(), s.binding(),
                s.ac(), s.solveSeconds()));
        assertThat(PlanVerifier.violations(relabelled, PlanVerifier.DEFAULT_TOLERANCE_MW))
                .anyMatch(v -> v.contains("sheds 50.0000 MW of critical load but its status is OPTIMAL"));
    }

    /** What the planner returns: a usable slot that breaks a limit is never left usable. */
    @Test
    void verifiedTurnsABrokenSlotIntoAnErrorWithUnknownFigures() {
        PlanResult good = bottleneckPlan();
        assertThat(PlanVerifier.verified(good)).isSameAs(good);
        PlanResult bad = corrupt(good, 0, p -> withBusShed(p, 1, 0));
        PlanResult checked = PlanVerifier.verified(bad);
        SlotPlan rejected = checked.slots().get(0);
        assertThat(rejected.status()).isEqualTo(PlanStatus.ERROR);
        assertThat(rejected.usable()).isFalse();
        assertThat(rejected.solved()).isFalse();
        assertThat(rejected.shedMw()).isNaN();
        assertThat(rejected.regions().shedMw()).containsOnly(Double.NaN);
        assertThat(rejected.regions().loadMw()).isEqualTo(good.slots().get(0).regions().loadMw());
        assertThat(rejected.message()).contains("breaks a limit").contains("branch 1 (1-2)");
        assertThat(checked.slots().get(1)).isSameAs(good.slots().get(1));
        assertThat(checked.runId()).isEqualTo(good.runId());
        assertThat(PlanVerifier.violations(checked, PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
    }
}

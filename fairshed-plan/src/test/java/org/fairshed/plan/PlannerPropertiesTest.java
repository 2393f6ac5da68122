package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.grid.model.Grid;
import org.fairshed.plan.testing.RandomGrids;
import org.fairshed.plan.testing.ReferenceMinShed;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random meshed grids with deficits and tight limits: every plan holds (limits, balance, bounds) when its
 * flows are recomputed from its own numbers, and its total shed equals the plain reference model's minimum, in both
 * fairness modes (budget 0).
 */
class PlannerPropertiesTest {

    private static final double DELTA_MW = 1e-4;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void plansHoldAndShedTheReferenceMinimum(long seed) {
        Grid grid = RandomGrids.of(seed, 6 + (int) (seed % 10));
        double[] factors = {0.8, 1.0, 1.2};
        for (FairnessMode mode : FairnessMode.values()) {
            PlanInput in = TinyPlans.of(grid, factors, mode);
            PlanResult r = Planner.plan(in, PlannerParameters.defaults());
            assertThat(PlanVerifier.violations(r, PlanVerifier.DEFAULT_TOLERANCE_MW)).as(grid.name() + " " + mode).isEmpty();
            for (SlotPlan p : r.slots()) {
                assertThat(p.status()).as(p.message()).isEqualTo(PlanStatus.OPTIMAL);
                assertThat(p.shedMw()).as(grid.name() + " " + mode + " slot " + p.slot())
                        .isCloseTo(ReferenceMinShed.minShedMw(in, p.slot()), within(DELTA_MW));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void fairPlansNeverRaiseTheLargestShareOfTheMinShedPlan(long seed) {
        Grid grid = RandomGrids.of(seed, 12);
        PlanInput in = TinyPlans.of(grid, new double[] {1.1}, FairnessMode.FAIR);
        SlotPlan p = Planner.plan(in, PlannerParameters.defaults()).slots().get(0);
        double fairMax = 0;
        double minShedMax = 0;
        for (int r = 0; r < in.regions().count(); r++) {
            fairMax = Math.max(fairMax, p.share(r));
            double load = p.regions().nonCriticalLoadMw()[r];
            minShedMax = Math.max(minShedMax, load > 0 ? p.regions().minShedNonCriticalShedMw()[r] / load : 0);
        }
        assertThat(fairMax).isLessThanOrEqualTo(minShedMax + 1e-6);
    }
}

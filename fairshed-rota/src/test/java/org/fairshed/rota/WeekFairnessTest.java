package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class WeekFairnessTest {

    private static final double ONE_HOUR = 1.0;
    private static final long SEED = 20161219L;
    private static final int REGIONS = 4;
    private static final int DAYS = 7;

    @Test
    void optimalCoversWithLessOverShedFewerSwitchingsAndNoRuleBreaks() {
        PlanQuotas plan = SyntheticPlans.plan(REGIONS, DAYS, 0.15, 0.35, SEED);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), SEED);
        RotaParameters params = RotaParameters.defaults().withThreads(2);
        RotaResult optimal = Rota.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.optimal(), params, null);
        RotaResult queues = Rota.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, null);
        System.out.println("optimal " + optimal.metrics() + " in " + optimal.solveSeconds() + " s");
        System.out.println("queues  " + queues.metrics());
        assertThat(optimal.metrics().underShedMwh()).isZero();
        assertThat(queues.metrics().underShedMwh()).isZero();
        assertThat(optimal.metrics().ruleBreaks()).isZero();
        assertThat(queues.metrics().ruleBreaks()).isPositive();
        assertThat(optimal.metrics().overShedMwh()).isLessThan(queues.metrics().overShedMwh());
        assertThat(optimal.metrics().switchingEvents()).isLessThan(queues.metrics().switchingEvents());
    }

    @Test
    @Disabled("not met yet: week spread optimal 4.5 h (3.5 h with 10x the stage time) vs queues 3.0 h; the day-by-day "
            + "model with per-half-hour over-shed windows leaves too little room; see the closing note of 2026-11-25")
    void optimalKeepsTheWeekSpreadWithinOneHour() {
        PlanQuotas plan = SyntheticPlans.plan(REGIONS, DAYS, 0.15, 0.35, SEED);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), SEED);
        RotaParameters params = RotaParameters.defaults().withThreads(2);
        RotaResult optimal = Rota.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.optimal(), params, null);
        RotaResult queues = Rota.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, null);
        assertThat(optimal.metrics().weekHoursSpread()).isLessThanOrEqualTo(ONE_HOUR);
        assertThat(queues.metrics().weekHoursSpread()).isGreaterThan(optimal.metrics().weekHoursSpread() + ONE_HOUR);
    }
}

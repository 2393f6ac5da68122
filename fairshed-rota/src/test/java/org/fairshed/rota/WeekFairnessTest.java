package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.SyntheticQuotas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeekFairnessTest {

    private static final double ONE_HOUR = 1.0;
    private static final long SEED = 20161219L;
    private static final int REGIONS = 4;
    private static final int DAYS = 7;

    @Test
    void optimalCoversWithLessOverShedFewerSwitchingsAndNoRuleBreaks() {
        PlanQuotas plan = SyntheticQuotas.plan(REGIONS, DAYS, 0.15, 0.35, SEED);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), SEED);
        RotaParameters params = RotaParameters.defaults().withThreads(2);
        RotaResult optimal = TinyProblems.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.sweep(), params, null);
        RotaResult queues = TinyProblems.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, null);
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
    void optimalKeepsTheWeekSpreadWithinOneHour() {
        PlanQuotas plan = SyntheticQuotas.plan(REGIONS, DAYS, 0.15, 0.35, SEED);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), SEED);
        RotaParameters params = RotaParameters.defaults().withThreads(2);
        RotaResult optimal = TinyProblems.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.sweep(), params, null);
        RotaResult queues = TinyProblems.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, null);
        assertThat(optimal.metrics().weekHoursSpread()).isLessThanOrEqualTo(ONE_HOUR);
        assertThat(queues.metrics().weekHoursSpread()).isGreaterThan(optimal.metrics().weekHoursSpread() + ONE_HOUR);
    }

    /** Other seeded weeks, more regions and a wider range of deficits: the hour holds for every region, every time. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theHourHoldsOnOtherSeededWeeks(long seed) {
        PlanQuotas plan = SyntheticQuotas.plan(8, DAYS, 0.05, 0.4, seed);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), seed);
        RotaResult optimal = TinyProblems.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.sweep(),
                RotaParameters.defaults().withThreads(2), null);
        assertThat(optimal.metrics().weekHoursSpread()).isLessThanOrEqualTo(ONE_HOUR);
        assertThat(optimal.metrics().underShedMwh()).isZero();
        assertThat(optimal.metrics().ruleBreaks()).isZero();
    }
}

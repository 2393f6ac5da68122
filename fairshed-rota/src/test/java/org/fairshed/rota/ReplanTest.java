package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.fairshed.rota.plan.SyntheticQuotas;
import org.junit.jupiter.api.Test;

class ReplanTest {

    private static final long SEED = 5L;
    /** Re-plan at 16:00; with the 60-minute freeze, half-hours 0 … 33 (before 17:00) are frozen. */
    private static final int NOW_MINUTE = 16 * 60;
    private static final int FROZEN = 34;
    private static final double EVENING_RAISE = 1.3;
    private static final int STANDARD_GROUPS = 12;
    private static final int PER_BUILDING_GROUPS = 2000;

    @Test
    void raisingTheEveningQuotaKeepsFrozenHalfHoursAndChangesLittle() {
        replan(RotaParameters.defaults().withThreads(1), STANDARD_GROUPS);
    }

    /** The same without CP-SAT (as in runs with many regions): the sweep alone keeps the published cells it can. */
    @Test
    void theSweepAloneAlsoChangesLittle() {
        replan(RotaParameters.defaults().withThreads(1).withSearch(0, 0), STANDARD_GROUPS);
    }

    /** The same on a region of 2,000 building-like groups (the sweep's priority path). */
    @Test
    void perBuildingGroupsAlsoKeepTheFrozenHalfHoursAndChangeLittle() {
        replan(RotaParameters.defaults().withThreads(1), PER_BUILDING_GROUPS);
    }

    private static void replan(RotaParameters params, int groupsPerRegion) {
        PlanQuotas plan = SyntheticQuotas.plan(1, 1, 0.15, 0.25, SEED);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), groupsPerRegion, SEED);
        RotaResult first = TinyProblems.run(plan, groups, "g", Ledger.empty(), RotaMethods.sweep(), params, null);
        RegionDay day = plan.days().get(0);
        double[] quota = day.quotaMw();
        for (int h = 36; h < 44; h++) {
            quota[h] = Math.min(day.loadMw(h), quota[h] * EVENING_RAISE);
        }
        PlanQuotas raised = new PlanQuotas(plan.regions(), plan.dates(),
                List.of(RegionDay.of(day.date(), day.region(), quota, day.nonCriticalLoadMw())));
        Replan replan = new Replan(first.schedules(), day.date().atStartOfDay().plusMinutes(NOW_MINUTE));
        assertThat(replan.frozenHalfHours(day.date(), params.freezeMinutes())).isEqualTo(FROZEN);
        RotaResult second = TinyProblems.run(raised, groups, "g", Ledger.empty(), RotaMethods.sweep(), params, replan);
        RegionSchedule before = first.schedules().get(0);
        RegionSchedule after = second.schedules().get(0);
        for (int g = 0; g < before.groups().size(); g++) {
            for (int h = 0; h < FROZEN; h++) {
                assertThat(after.groups().get(g).isOff(h)).as("group %d h%d", g, h).isEqualTo(before.groups().get(g).isOff(h));
                assertThat(after.groups().get(g).possible()[h]).as("no possible mark in the frozen past, group %d h%d", g, h)
                        .isFalse();
            }
        }
        for (int h = FROZEN; h < HalfHours.PER_DAY; h++) {
            assertThat(after.offLoadAt(h)).isGreaterThanOrEqualTo(after.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW);
        }
        // a fresh solve of the raised day, ignoring what was published, moves more cells than the re-plan
        RotaResult fresh = TinyProblems.run(raised, groups, "g", Ledger.empty(), RotaMethods.sweep(), params, null);
        int freshChanges = RotaMetrics.of(fresh.schedules(), fresh.ledger(), replan).changesVsPrevious();
        System.out.println("re-plan changes " + second.metrics().changesVsPrevious() + ", fresh solve " + freshChanges);
        assertThat(second.metrics().changesVsPrevious()).isPositive().isLessThanOrEqualTo(freshChanges);
    }
}

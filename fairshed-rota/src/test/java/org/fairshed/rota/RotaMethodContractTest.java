package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fairshed.rota.model.RegionSchedules;
import org.fairshed.rota.model.RuleChecker;
import org.fairshed.rota.sweep.SweepRota;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every rota method promises, on seeded random region-days (1 to 20 unequal groups, quotas from none to above all
 * switchable load, random rules, days before and ledgers, re-plans with frozen half-hours): every half-hour covered
 * unless the region-day is UNDER_COVER for a reason the checker names (and then every group off there), frozen cells
 * kept, and the status and relaxations exactly those the one rule checker gives. The sweep is checked alone and, on
 * small days, with its CP-SAT polish; its priority path (the one regions of many groups take) on every size from one
 * group.
 */
public class RotaMethodContractTest {

    private static final long SEED = 20240110L;
    private static final int DAYS = 80;
    private static final int CP_SAT_DAYS = 6;
    private static final int MAX_GROUPS = 20;
    private static final int CP_SAT_MAX_GROUPS = 4;
    private static final double CP_SAT_SECONDS = 0.4;

    static Stream<Arguments> methods() {
        RotaParameters noSearch = RotaParameters.defaults().withThreads(1).withSearch(0, 0);
        RotaParameters search = RotaParameters.defaults().withThreads(1).withSearch(CP_SAT_SECONDS, CP_SAT_SECONDS);
        return Stream.of(Arguments.of(RotaMethods.sweep(), noSearch, DAYS, MAX_GROUPS),
                Arguments.of(RotaMethods.sweep(), search, CP_SAT_DAYS, CP_SAT_MAX_GROUPS),
                Arguments.of(new SweepRota(0, 0), noSearch, DAYS, MAX_GROUPS),
                Arguments.of(RotaMethods.queues(), noSearch, DAYS, MAX_GROUPS),
                Arguments.of(RotaMethods.stageTable(), noSearch, DAYS, MAX_GROUPS));
    }

    @ParameterizedTest(name = "{0} with CP-SAT time {1}")
    @MethodSource("methods")
    void everyMethodKeepsTheContract(RotaMethod method, RotaParameters base, int days, int maxGroups) {
        SplittableRandom random = new SplittableRandom(SEED);
        int underCover = 0;
        int relaxed = 0;
        for (int i = 0; i < days; i++) {
            RotaParameters params = base.withRules(30 * (2 + random.nextInt(9)), 30 * (1 + random.nextInt(6)));
            RotaProblem p = randomDay(random, 1 + random.nextInt(maxGroups), params);
            RegionSchedule s = method.schedule(p, params);
            String what = method.name() + " day " + i;
            boolean[][] off = s.offMatrix();
            boolean[][] previous = p.previousOff();
            for (int g = 0; g < p.groupCount() && previous != null; g++) {
                for (int h = 0; h < p.frozenHalfHours(); h++) {
                    assertThat(off[g][h]).as("%s: frozen cell g%d h%d", what, g, h).isEqualTo(previous[g][h]);
                }
            }
            RuleChecker.Check check = RuleChecker.check(p, off, params);
            assertThat(s.relaxations()).as(what).isEqualTo(check.relaxations());
            assertThat(s.status()).as(what).isEqualTo(RegionSchedules.statusOf(check.relaxations(),
                    s.status() == RotaStatus.OPTIMAL));
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                int half = h;
                List<RelaxedRule> reasons = check.relaxations().stream().filter(r -> r.group().isEmpty() && r.halfHour() == half)
                        .map(Relaxation::rule).toList();
                assertThat(reasons).as("%s h%d", what, h).doesNotContain(RelaxedRule.METHOD_SHORTFALL);
                if (reasons.isEmpty()) {
                    assertThat(s.offLoadAt(h)).as("%s h%d covered", what, h)
                            .isGreaterThanOrEqualTo(p.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW);
                } else if (reasons.contains(RelaxedRule.QUOTA_ABOVE_LOAD)) {
                    assertThat(p.quotaAt(h)).as("%s h%d", what, h).isGreaterThan(p.totalLoadAt(h));
                    assertThat(s.offLoadAt(h)).as("%s h%d: all the load there is, off", what, h)
                            .isEqualTo(p.totalLoadAt(h));
                } else {
                    assertThat(reasons).as("%s h%d", what, h).containsExactly(RelaxedRule.FROZEN_COVER);
                    assertThat(h).isLessThan(p.frozenHalfHours());
                }
            }
            underCover += s.status() == RotaStatus.UNDER_COVER ? 1 : 0;
            relaxed += s.status() == RotaStatus.RELAXED ? 1 : 0;
        }
        if (days == DAYS) {
            assertThat(underCover).as("days that cannot be covered are exercised").isPositive();
            assertThat(relaxed + underCover).as("days where rules give way are exercised").isPositive();
        }
    }

    /**
     * A random region-day: group loads with a daily shape; a quarter of the half-hours without quota, a few above all
     * load; the day before's last half-hours, a ledger, and in half of the days a published schedule frozen up to a
     * random half-hour.
     */
    public static RotaProblem randomDay(SplittableRandom random, int n, RotaParameters params) {
        List<String> names = new ArrayList<>();
        double[][] load = new double[n][HalfHours.PER_DAY];
        double[] ledger = new double[n];
        boolean[][] tail = new boolean[n][random.nextInt(HalfHours.PER_DAY)];
        for (int g = 0; g < n; g++) {
            names.add("g" + (g + 1));
            double base = 1 + random.nextDouble() * 80;
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                load[g][h] = base * (0.7 + 0.3 * Math.sin(h / 7.0));
            }
            ledger[g] = random.nextInt(60) * HalfHours.HOURS;
            for (int k = 0; k < tail[g].length; k++) {
                tail[g][k] = random.nextInt(3) == 0;
            }
        }
        double[] quota = new double[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            double total = 0;
            for (double[] row : load) {
                total += row[h];
            }
            int kind = random.nextInt(20);
            quota[h] = kind < 5 ? 0 : kind == 19 ? total * 1.2 : total * random.nextDouble() * 0.8;
        }
        RotaProblem p = new RotaProblem("R", TinyProblems.DAY, names, quota, load, ledger, tail, null, 0);
        if (random.nextBoolean()) {
            boolean[][] previous = new boolean[n][HalfHours.PER_DAY];
            for (boolean[] row : previous) {
                for (int h = 0; h < row.length; h++) {
                    row[h] = random.nextInt(4) == 0;
                }
            }
            p = p.withPrevious(previous, random.nextInt(HalfHours.PER_DAY / 2));
        }
        return p;
    }
}

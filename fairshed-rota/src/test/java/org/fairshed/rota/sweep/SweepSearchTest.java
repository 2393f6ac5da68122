package org.fairshed.rota.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.OverShedWindows;
import org.fairshed.rota.model.RegionDayModel;
import org.junit.jupiter.api.Test;

class SweepSearchTest {

    private static final double HALF_HOUR = 1e-9;
    private static final int INSTANCES = 200;
    private static final long SEED = 42L;
    private static final int MAX_OFF = 8;
    private static final int MIN_ON = 4;

    @Test
    void levelTargetsWaterFillTheLedger() {
        // (L − 0) + (L − 2) + (L − 4) = 6 → L = 4
        assertThat(WeekTargets.level(new long[] {0, 2, 4}, 6)).containsExactly(new double[] {4, 2, 0},
                within(HALF_HOUR));
        // only the group furthest behind is raised while it is alone below the level
        assertThat(WeekTargets.level(new long[] {0, 2, 4}, 2)).containsExactly(new double[] {2, 0, 0},
                within(HALF_HOUR));
    }

    @Test
    void theGroupBehindOnTheWeekTakesTheDay() {
        // two equal groups, one already 4 half-hours off this week; a one-group quota for 4 half-hours goes to the other
        long[][] load = {constant(100), constant(100)};
        long[] quota = new long[HalfHours.PER_DAY];
        for (int h = 20; h < 24; h++) {
            quota[h] = 100;
        }
        boolean[][] off = SweepSearch.schedule(RegionDayModel.unnamed(load, quota, null, new long[] {4, 0},
                new boolean[2][0], MAX_OFF, MIN_ON, null, 0));
        assertThat(count(off[0])).isZero();
        assertThat(count(off[1])).isEqualTo(4);
    }

    /** 20 equal groups (beyond enumeration), half of them behind on the week: one group's quota switches one group off. */
    @Test
    void manyGroupsStayInsideTheWindow() {
        int n = 20;
        long[][] load = new long[n][];
        long[] ledger = new long[n];
        for (int g = 0; g < n; g++) {
            load[g] = constant(1000);
            ledger[g] = g % 2 == 0 ? 20 : 0;
        }
        long[] quota = new long[HalfHours.PER_DAY];
        quota[20] = 1000;
        long[] window = OverShedWindows.of(load, quota, RotaParameters.DEFAULT_OVER_SHED_BUDGET);
        assertThat(window[20]).as("least cover 1 group exactly, plus half a group").isEqualTo(1500);
        boolean[][] off = SweepSearch.schedule(RegionDayModel.unnamed(load, quota, window, ledger, new boolean[n][0], MAX_OFF,
                MIN_ON, null, 0));
        int groupsOff = 0;
        for (boolean[] row : off) {
            groupsOff += row[20] ? 1 : 0;
        }
        assertThat(groupsOff).isEqualTo(1);
    }

    /**
     * Random regions of 1–20 groups (beyond 14 the greedy pick): every half-hour covered, frozen half-hours kept, the
     * level repair never adds a rule break.
     */
    @Test
    void randomInstancesAreCoveredAndKeepFrozenHalfHours() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < INSTANCES; i++) {
            int n = 1 + random.nextInt(20);
            long[][] load = new long[n][HalfHours.PER_DAY];
            long[] quota = new long[HalfHours.PER_DAY];
            boolean[][] previous = new boolean[n][HalfHours.PER_DAY];
            boolean[][] tail = new boolean[n][MAX_OFF];
            long[] ledger = new long[n];
            for (int g = 0; g < n; g++) {
                ledger[g] = random.nextInt(60);
                for (int k = 0; k < MAX_OFF; k++) {
                    tail[g][k] = random.nextInt(3) == 0;
                }
            }
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                long total = 0;
                for (int g = 0; g < n; g++) {
                    load[g][h] = 1 + random.nextInt(50_000);
                    total += load[g][h];
                    previous[g][h] = random.nextBoolean();
                }
                quota[h] = random.nextInt(4) == 0 ? 0 : (long) (total * random.nextDouble() * 0.7);
            }
            int frozen = random.nextInt(HalfHours.PER_DAY / 2);
            long[] window = OverShedWindows.of(load, quota, RotaParameters.DEFAULT_OVER_SHED_BUDGET);
            RegionDayModel in = RegionDayModel.unnamed(load, quota, window, ledger, tail, MAX_OFF, MIN_ON, previous, frozen);
            boolean[][] off = SweepSearch.schedule(in);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                long shed = 0;
                for (int g = 0; g < n; g++) {
                    shed += off[g][h] ? load[g][h] : 0;
                    if (h < frozen) {
                        assertThat(off[g][h]).as("instance %d group %d frozen h%d", i, g, h).isEqualTo(previous[g][h]);
                    }
                }
                if (h >= frozen) {
                    assertThat(shed).as("instance %d h%d", i, h).isGreaterThanOrEqualTo(quota[h]);
                }
            }
            boolean[][] repaired = copy(off);
            LevelRepair.level(in, repaired);
            assertThat(SweepQuality.of(in, repaired).ruleBreaks()).as("instance %d", i)
                    .isLessThanOrEqualTo(SweepQuality.of(in, off).ruleBreaks());
        }
    }

    private static long[] constant(long v) {
        long[] row = new long[HalfHours.PER_DAY];
        java.util.Arrays.fill(row, v);
        return row;
    }

    private static int count(boolean[] row) {
        int c = 0;
        for (boolean b : row) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static boolean[][] copy(boolean[][] x) {
        boolean[][] c = new boolean[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}

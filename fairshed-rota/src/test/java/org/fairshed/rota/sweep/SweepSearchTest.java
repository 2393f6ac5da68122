package org.fairshed.rota.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.OverShedWindows;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;
import org.fairshed.rota.model.WeekTargets;
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

    /** Random regions of 1–20 groups (beyond 14 the greedy pick): every half-hour covered, frozen half-hours kept. */
    @Test
    void randomInstancesAreCoveredAndKeepFrozenHalfHours() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < INSTANCES; i++) {
            RegionDayModel in = randomDay(random);
            boolean[][] off = SweepSearch.schedule(in);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                for (int g = 0; g < in.groupCount() && h < in.frozen(); g++) {
                    assertThat(off[g][h]).as("instance %d group %d frozen h%d", i, g, h).isEqualTo(in.previous()[g][h]);
                }
                if (h >= in.frozen()) {
                    assertThat(in.shed(off, h)).as("instance %d h%d", i, h).isGreaterThanOrEqualTo(in.quota()[h]);
                }
            }
        }
    }

    /**
     * The level repair and the tightening on raw schedules (random covering sets half-hour by half-hour, not the
     * sweep's already repaired output): cover, frozen cells, each group's rule breaks and the changes against the
     * published schedule never get worse, the week's spread never grows (tightening: not beyond the promised hour),
     * tightening never adds over-shed, and both do improve what they are for on many instances.
     */
    @Test
    void theRepairsImproveRawSchedulesWithoutBreakingAnything() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int levelled = 0;
        int tightened = 0;
        for (int i = 0; i < INSTANCES; i++) {
            RegionDayModel in = randomDay(random);
            boolean[][] raw = rawCover(in, random);
            boolean[][] after = copy(raw);
            LevelRepair.level(in, after);
            keeps(in, raw, after, "level, instance " + i);
            assertThat(spread(in, after)).as("level, instance %d", i).isLessThanOrEqualTo(spread(in, raw));
            levelled += spread(in, after) < spread(in, raw) ? 1 : 0;
            boolean[][] tight = copy(after);
            LevelRepair.tighten(in, tight);
            keeps(in, after, tight, "tighten, instance " + i);
            assertThat(spread(in, tight)).as("tighten, instance %d", i)
                    .isLessThanOrEqualTo(Math.max(spread(in, after), LevelRepair.PROMISED_SPREAD));
            assertThat(overShed(in, tight)).as("tighten, instance %d", i).isLessThanOrEqualTo(overShed(in, after));
            tightened += overShed(in, tight) < overShed(in, after) ? 1 : 0;
        }
        assertThat(levelled).as("instances the level repair evens out").isGreaterThan(INSTANCES / 4);
        assertThat(tightened).as("instances the tightening takes over-shed off").isGreaterThan(INSTANCES / 4);
    }

    /** What no repair may make worse: cover, frozen cells, each group's rule breaks, changes to the published cells. */
    private static void keeps(RegionDayModel in, boolean[][] before, boolean[][] after, String what) {
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (h >= in.frozen()) {
                assertThat(in.shed(after, h)).as("%s h%d covered", what, h).isGreaterThanOrEqualTo(in.quota()[h]);
            }
        }
        int changesBefore = 0;
        int changesAfter = 0;
        for (int g = 0; g < in.groupCount(); g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                if (h < in.frozen()) {
                    assertThat(after[g][h]).as("%s g%d frozen h%d", what, g, h).isEqualTo(before[g][h]);
                } else {
                    changesBefore += before[g][h] != in.previous()[g][h] ? 1 : 0;
                    changesAfter += after[g][h] != in.previous()[g][h] ? 1 : 0;
                }
            }
            assertThat(RuleChecker.breaks(in.tail()[g], after[g], in.maxOff(), in.minOn())).as("%s g%d breaks", what, g)
                    .isLessThanOrEqualTo(RuleChecker.breaks(in.tail()[g], before[g], in.maxOff(), in.minOn()));
        }
        assertThat(changesAfter).as("%s changes to the published schedule", what).isLessThanOrEqualTo(changesBefore);
    }

    /** Frozen half-hours as published; the others a random set of groups, added in random order until covered. */
    private static boolean[][] rawCover(RegionDayModel in, SplittableRandom random) {
        int n = in.groupCount();
        boolean[][] off = new boolean[n][HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (h < in.frozen()) {
                for (int g = 0; g < n; g++) {
                    off[g][h] = in.previous()[g][h];
                }
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                order.add(g);
            }
            java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
            long shed = 0;
            for (int g : order) {
                if (shed >= in.quota()[h] && random.nextInt(4) != 0) {
                    break;
                }
                off[g][h] = true;
                shed += in.load()[g][h];
            }
        }
        return off;
    }

    private static long spread(RegionDayModel in, boolean[][] off) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int g = 0; g < off.length; g++) {
            long week = in.ledger()[g] + count(off[g]);
            lo = Math.min(lo, week);
            hi = Math.max(hi, week);
        }
        return hi - lo;
    }

    private static long overShed(RegionDayModel in, boolean[][] off) {
        long over = 0;
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            over += Math.max(0, in.shed(off, h) - in.quota()[h]);
        }
        return over;
    }

    /** A random region-day: 1–20 groups of random loads, a quarter of the half-hours without quota, a re-plan. */
    private static RegionDayModel randomDay(SplittableRandom random) {
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
        return RegionDayModel.unnamed(load, quota, window, ledger, tail, MAX_OFF, MIN_ON, previous, frozen);
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

package org.fairshed.rota.priority;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairshed.rota.HalfHours;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;
import org.junit.jupiter.api.Test;

/** The priority path's steps, one hand-built region-day each (loads and quotas in whole units). */
class PriorityPathTest {

    private static final int MAX_OFF = 8;
    private static final int MIN_ON = 4;
    /** One group's load, every half-hour. */
    private static final long LOAD = 10;
    /** Half-hours 12 … 27 need one group off: 16 group-half-hours. */
    private static final int FROM = 12;
    private static final int TO = 28;

    /** Four equal groups, one off at a time from 06:00 to 14:00, with the given ledger (half-hours). */
    private static RegionDayModel oneAtATime(long... ledger) {
        long[][] load = new long[4][HalfHours.PER_DAY];
        for (long[] row : load) {
            java.util.Arrays.fill(row, LOAD);
        }
        long[] quota = new long[HalfHours.PER_DAY];
        for (int h = FROM; h < TO; h++) {
            quota[h] = LOAD;
        }
        return RegionDayModel.unnamed(load, quota, null, ledger, new boolean[4][0], MAX_OFF, MIN_ON, null, 0);
    }

    @Test
    void dayTargetsLevelTheWeekOverTheLedgerAndAddUpToTheDaysNeed() {
        // 16 group-half-hours over ledgers 0, 0, 4, 4: level 6, so 6 + 6 + 2 + 2
        assertThat(DayTargets.of(oneAtATime(0, 0, 4, 4))).containsExactly(6, 6, 2, 2);
        // without a ledger, 4 each
        assertThat(DayTargets.of(oneAtATime(0, 0, 0, 0))).containsExactly(4, 4, 4, 4);
    }

    @Test
    void theSweepGivesEachGroupOneBlockOfItsTargetAndCoversWithoutOverShed() {
        RegionDayModel day = oneAtATime(0, 0, 0, 0);
        boolean[][] off = PrioritySweep.schedule(day);
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            assertThat(day.shed(off, h)).as("h%d", h).isEqualTo(day.quota()[h]);
        }
        for (int g = 0; g < off.length; g++) {
            assertThat(outages(off[g])).as("group %d outages", g).isEqualTo(1);
            assertThat(count(off[g])).as("group %d half-hours", g).isEqualTo(4);
            assertThat(RuleChecker.breaks(new boolean[0], off[g], MAX_OFF, MIN_ON)).isZero();
        }
    }

    /**
     * Two groups took all 16 half-hours (4 h each), two none: the repair's donations give each of the two behind the
     * end of an outage of one ahead, four half-hours, so every group ends at 2 h; the cover and the rules hold.
     */
    @Test
    void theBlockRepairLevelsASkewedDay() {
        RegionDayModel day = oneAtATime(0, 0, 0, 0);
        boolean[][] off = new boolean[4][HalfHours.PER_DAY];
        for (int h = FROM; h < TO; h++) {
            off[h < FROM + MAX_OFF ? 0 : 1][h] = true;
        }
        CellState state = new CellState(day, off);
        assertThat(state.max() - state.min()).isEqualTo(8);
        BlockRepair.repair(state);
        assertThat(state.max() - state.min()).isLessThanOrEqualTo(BlockRepair.TARGET_SPREAD);
        assertThat(state.week).containsExactly(4, 4, 4, 4);
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            assertThat(day.shed(off, h)).as("h%d covered, no more", h).isEqualTo(day.quota()[h]);
        }
        for (int g = 0; g < off.length; g++) {
            assertThat(RuleChecker.breaks(new boolean[0], off[g], MAX_OFF, MIN_ON)).as("group %d", g).isZero();
            assertThat(outages(off[g])).as("group %d outages", g).isEqualTo(1);
        }
    }

    /**
     * Groups of 10, 10 and 3 units; a quota of 12 met by the two large ones (8 over): the tightening gives one large
     * group's half-hour to the small one (13, 1 over); nothing smaller then still covers.
     */
    @Test
    void theTighteningSwapsForASmallerGroupThatStillCovers() {
        long[][] load = new long[3][HalfHours.PER_DAY];
        java.util.Arrays.fill(load[0], 10);
        java.util.Arrays.fill(load[1], 10);
        java.util.Arrays.fill(load[2], 3);
        long[] quota = new long[HalfHours.PER_DAY];
        quota[20] = 12;
        RegionDayModel day = RegionDayModel.unnamed(load, quota, null, new long[3], new boolean[3][0], MAX_OFF, MIN_ON,
                null, 0);
        boolean[][] off = new boolean[3][HalfHours.PER_DAY];
        off[0][20] = true;
        off[1][20] = true;
        CellState state = new CellState(day, off);
        OverShedTighten.tighten(state);
        assertThat(day.shed(off, 20)).isEqualTo(13);
        assertThat(off[2][20]).as("the small group takes the half-hour").isTrue();
        assertThat(count(off[0]) + count(off[1])).isEqualTo(1);
    }

    private static int count(boolean[] row) {
        int n = 0;
        for (boolean b : row) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static int outages(boolean[] row) {
        int n = 0;
        for (int h = 0; h < row.length; h++) {
            n += row[h] && (h == 0 || !row[h - 1]) ? 1 : 0;
        }
        return n;
    }
}

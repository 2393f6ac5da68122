package org.fairshed.rota.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaMethodContractTest;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;
import org.fairshed.rota.model.RunState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Max-off and min-on are stated once ({@link RunState}, walked by the {@link RuleChecker}) and encoded once more as
 * CP-SAT constraints ({@link RotaCpModel}); on seeded random days with random tails and rules the checker agrees with
 * a plain reference (maximal runs and gaps), the sweep's look-ahead agrees with stepping the state, and CP-SAT finds a
 * day feasible exactly when the checker finds no break.
 */
class RuleEncodingsTest {

    private static final long SEED = 8L;
    private static final int DAYS = 400;
    private static final int CP_DAYS = 150;
    private static final int METHOD_DAYS = 40;

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    void theCheckerAgreesWithMaximalRunsAndGaps() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < DAYS; i++) {
            Day d = Day.random(random);
            List<String> expected = reference(d);
            List<String> actual = new ArrayList<>();
            RuleChecker.forEachBreak(d.tail, d.cells, d.maxOff, d.minOn, (h, rule) -> actual.add(rule + "@" + h));
            assertThat(actual).as("day %d: %s", i, d).isEqualTo(expected);
        }
    }

    @Test
    void theLookAheadIsTheStateSteppedAhead() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < DAYS; i++) {
            Day d = Day.random(random);
            RunState state = RunState.after(d.tail, d.maxOff, d.minOn);
            for (int k = 1; k <= d.minOn + d.maxOff; k++) {
                for (boolean offNow : new boolean[] {false, true}) {
                    RunState stepped = RunState.after(concat(d.tail, repeat(offNow, k)), d.maxOff, d.minOn);
                    assertThat(state.allowsOffAfter(offNow, k)).as("day %d, %s for %d: %s", i, offNow, k, d)
                            .isEqualTo(stepped.allowsOff());
                }
            }
        }
    }

    @Test
    void cpSatFindsADayFeasibleExactlyWhenTheCheckerFindsNoBreak() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int feasible = 0;
        for (int i = 0; i < CP_DAYS; i++) {
            Day d = Day.random(random);
            RegionDayModel m = RegionDayModel.unnamed(new long[][] {constant(1)}, new long[HalfHours.PER_DAY], null,
                    new long[1], new boolean[][] {d.tail}, d.maxOff, d.minOn, null, 0);
            RotaCpModel cp = new RotaCpModel(m, false, false);
            cp.fixToday(new boolean[][] {d.cells});
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1);
            CpSolverStatus status = solver.solve(cp.model);
            boolean noBreak = RuleChecker.breaks(d.tail, d.cells, d.maxOff, d.minOn) == 0;
            assertThat(status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE).as("day %d: %s", i, d)
                    .isEqualTo(noBreak);
            feasible += noBreak ? 1 : 0;
        }
        assertThat(feasible).as("both outcomes are exercised").isBetween(CP_DAYS / 10, CP_DAYS - CP_DAYS / 10);
    }

    /**
     * The schedules every method makes on random region-days (which break rules where the deficit or the method
     * leaves no other way): CP-SAT with those cells fixed, and no quota, is feasible exactly when the checker finds no
     * max-off or min-on break.
     */
    @Test
    void cpSatAndTheCheckerAgreeOnEveryMethodsSchedules() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        int broken = 0;
        for (int i = 0; i < METHOD_DAYS; i++) {
            RotaParameters params = RotaParameters.defaults().withThreads(1).withSearch(0, 0)
                    .withRules(30 * (2 + random.nextInt(9)), 30 * (1 + random.nextInt(6)));
            RotaProblem p = RotaMethodContractTest.randomDay(random, 1 + random.nextInt(8), params);
            for (RotaMethod method : List.of(RotaMethods.sweep(), RotaMethods.queues(), RotaMethods.stageTable())) {
                boolean[][] off = method.schedule(p, params).offMatrix();
                RegionDayModel day = RegionDayModel.of(p, params);
                RotaCpModel cp = new RotaCpModel(day.withQuota(new long[HalfHours.PER_DAY], null, day.previous()), false,
                        false);
                cp.fixToday(off);
                CpSolver solver = new CpSolver();
                solver.getParameters().setNumWorkers(1);
                CpSolverStatus status = solver.solve(cp.model);
                boolean rulesHold = RuleChecker.check(p, off, params).relaxations().stream()
                        .noneMatch(r -> r.rule() == RelaxedRule.MAX_OFF || r.rule() == RelaxedRule.MIN_ON);
                assertThat(status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE)
                        .as("day %d, %s", i, method.name()).isEqualTo(rulesHold);
                broken += rulesHold ? 0 : 1;
            }
        }
        assertThat(broken).as("schedules that break rules are exercised").isPositive();
    }

    /**
     * The rules read literally off the cells: every maximal outage longer than max-off breaks it once, at its first
     * half-hour beyond the limit that falls today (00:00 when the day before already passed it); every outage starting
     * today less than min-on half-hours after the previous one ended breaks min-on at its start.
     */
    private static List<String> reference(Day d) {
        boolean[] all = concat(d.tail, d.cells);
        int t = d.tail.length;
        List<String> out = new ArrayList<>();
        int previousEnd = Integer.MIN_VALUE;
        int e = 0;
        while (e < all.length) {
            if (!all[e]) {
                e++;
                continue;
            }
            int start = e;
            while (e < all.length && all[e]) {
                e++;
            }
            if (start >= t && previousEnd != Integer.MIN_VALUE && start - previousEnd < d.minOn) {
                out.add(RelaxedRule.MIN_ON + "@" + (start - t));
            }
            int beyond = start + d.maxOff;
            if (e - start > d.maxOff && e > t) {
                out.add(RelaxedRule.MAX_OFF + "@" + (Math.max(beyond, t) - t));
            }
            previousEnd = e;
        }
        out.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(a.indexOf('@') + 1)),
                Integer.parseInt(b.substring(b.indexOf('@') + 1))));
        return out;
    }

    private static boolean[] concat(boolean[] a, boolean[] b) {
        boolean[] c = new boolean[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static boolean[] repeat(boolean v, int k) {
        boolean[] c = new boolean[k];
        java.util.Arrays.fill(c, v);
        return c;
    }

    private static long[] constant(long v) {
        long[] row = new long[HalfHours.PER_DAY];
        java.util.Arrays.fill(row, v);
        return row;
    }

    /**
     * One group's day after a random tail: half of the days are built of outages and rests the rules allow, then one
     * random cell of them flipped in every second one; the others of runs of any length up to max-off + min-on.
     */
    private record Day(boolean[] tail, boolean[] cells, int maxOff, int minOn) {

        static Day random(SplittableRandom random) {
            int maxOff = 1 + random.nextInt(8);
            int minOn = 1 + random.nextInt(6);
            boolean legal = random.nextBoolean();
            boolean[] all = runs(random, random.nextInt(2 * HalfHours.PER_DAY / 3) + HalfHours.PER_DAY, maxOff, minOn,
                    legal);
            if (legal && random.nextBoolean()) {
                int h = random.nextInt(all.length);
                all[h] = !all[h];
            }
            int t = all.length - HalfHours.PER_DAY;
            return new Day(java.util.Arrays.copyOf(all, t), java.util.Arrays.copyOfRange(all, t, all.length), maxOff,
                    minOn);
        }

        private static boolean[] runs(SplittableRandom random, int length, int maxOff, int minOn, boolean legal) {
            boolean[] cells = new boolean[length];
            boolean off = random.nextBoolean();
            int h = 0;
            while (h < length) {
                int run = legal ? (off ? 1 + random.nextInt(maxOff) : minOn + random.nextInt(minOn + 4))
                        : 1 + random.nextInt(maxOff + minOn + 1);
                for (int k = 0; k < run && h < length; k++) {
                    cells[h++] = off;
                }
                off = !off;
            }
            return cells;
        }

        @Override
        public String toString() {
            return "maxOff " + maxOff + ", minOn " + minOn + ", tail " + text(tail) + ", day " + text(cells);
        }

        private static String text(boolean[] cells) {
            StringBuilder sb = new StringBuilder();
            for (boolean c : cells) {
                sb.append(c ? '1' : '0');
            }
            return sb.toString();
        }
    }
}

package org.fairshed.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.lp.SiftingLpModel;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.testing.RandomGrids;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leximin's start from equal shares under sifting: the split it parks, and that the plan is the one the whole model
 * in one GLOP model finds, with and without the energy shed before (cumulative history), price 0 and 5 %.
 */
class EqualShareStartTest {

    private static final double MW = 1e-9;
    private static final double RELATIVE_SHED = 1e-6;
    private static final double DELTA_MW = 1e-5;
    private static final double DELTA_SHARE = 1e-4;

    /**
     * Two groups of three 10 MW columns, shares of 1/30 per MW, the least shed all in the first (a1 + a2 >= 20): at
     * the common level both shed half of 20 MW and the rise, 10.01 MW, so the second group gets one whole column parked
     * at its load (a part of one is never parked), while a1 and a2, which the working model holds, keep theirs; the
     * next solve is the optimum all the same, the parked column back at 0.
     */
    @Test
    void parksTheLeftOutColumnsAtTheCommonLevelAndTheOptimumStays() {
        try (SiftingLpModel lp = new SiftingLpModel()) {
            int[] a = new int[3];
            int[] b = new int[3];
            for (int i = 0; i < 3; i++) {
                a[i] = lp.addVariable(0, 10, 1, "a" + i);
                b[i] = lp.addVariable(0, 10, 1, "b" + i);
            }
            lp.addRow(20, Double.POSITIVE_INFINITY, new int[] {a[1], a[2]}, new double[] {1, 1}, "must");
            assertThat(lp.solve(10).objective()).isCloseTo(20, within(MW));
            List<LeximinStage.Group> groups = List.of(new LeximinStage.Group("a", a, 1 / 30.0, 0),
                    new LeximinStage.Group("b", b, 1 / 30.0, 0));
            double level = EqualShareStart.suggest(lp, groups, 20, 0.05);
            assertThat(level).isCloseTo(20 * (1 + EqualShareStart.RISE) / 60, within(1e-12));
            assertThat(lp.value(a[1]) + lp.value(a[2])).isCloseTo(20, within(MW));
            assertThat(lp.value(a[0])).isZero();
            assertThat(new double[] {lp.value(b[0]), lp.value(b[1]), lp.value(b[2])}).containsExactly(10, 0, 0);
            LpResult r = lp.solve(10);
            assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(r.objective()).isCloseTo(20, within(1e-6));
            assertThat(lp.value(b[0])).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void aModelThatHoldsEveryColumnTakesNoSuggestion() {
        try (OrToolsLpModel lp = OrToolsLpModel.incremental(LpSolverType.GLOP)) {
            int x = lp.addVariable(0, 10, 1, "x");
            lp.addRow(5, Double.POSITIVE_INFINITY, new int[] {x}, new double[] {1}, "must");
            lp.solve(10);
            double level = EqualShareStart.suggest(lp, List.of(new LeximinStage.Group("g", new int[] {x}, 0.1, 0)), 5, 0.05);
            assertThat(level).isNaN();
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(51, 62);
    }

    /** Sifting from equal shares against the whole model: the same total shed, the same shares, with history. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void siftingFromEqualSharesPlansWhatTheWholeModelPlans(long seed) {
        Grid grid = RandomGrids.of(seed, 10 + (int) (seed % 9));
        Random rnd = new Random(seed);
        double[] critical = new double[grid.buses().size()];
        for (int b = 0; b < critical.length; b++) {
            critical[b] = rnd.nextDouble() < 0.5 ? 0.1 + 0.3 * rnd.nextDouble() : 0;
        }
        PlanInput base = TinyPlans.of(grid, new double[] {0.95, 1.2, 1.6}, critical, FairnessMode.FAIR);
        int nr = base.regions().count();
        double price = seed % 3 == 0 ? 0 : 0.05;
        PlanInput in = base.withFairness(new FairnessSettings(FairnessMode.FAIR, price, true, new double[nr],
                new double[nr]));
        double[] historyShed = new double[nr];
        double[] historyLoad = new double[nr];
        for (int r = 0; r < nr; r++) {
            // some regions owed relief, some not, some without a past
            historyLoad[r] = seed % 2 == 0 ? 0 : 50 + 100 * rnd.nextDouble();
            historyShed[r] = historyLoad[r] * 0.3 * rnd.nextDouble();
        }
        try (NetworkSensitivities net = new NetworkSensitivities(in.grid(), Islands.of(in.grid()),
                SheddingPlanner.reach(in))) {
            for (int t = 0; t < in.slotCount(); t++) {
                SolvedSlots sifted = solve(in, net, t, 0, historyShed, historyLoad);
                SolvedSlots whole = solve(in, net, t, Integer.MAX_VALUE, historyShed, historyLoad);
                assertThat(sifted.status()).as(sifted.message()).isEqualTo(LpStatus.OPTIMAL);
                assertThat(whole.status()).as(whole.message()).isEqualTo(LpStatus.OPTIMAL);
                assertThat(sifted.degraded()).as(sifted.message()).isFalse();
                double total = total(whole.solution());
                assertThat(total(sifted.solution())).as("seed %d slot %d total shed", seed, t)
                        .isCloseTo(total, within(DELTA_MW + RELATIVE_SHED * total));
                assertThat(shares(in, sifted.solution(), t, historyShed, historyLoad))
                        .as("seed %d slot %d shares", seed, t)
                        .containsExactly(shares(in, whole.solution(), t, historyShed, historyLoad), within(DELTA_SHARE));
            }
        }
    }

    private static SolvedSlots solve(PlanInput in, NetworkSensitivities net, int t, int siftingFrom,
                                     double[] historyShed, double[] historyLoad) {
        PlannerParameters parameters = PlannerParameters.defaults().withSiftingFromBuses(siftingFrom);
        return SheddingSolver.solve(in, net, parameters, new int[] {t}, historyShed.clone(), historyLoad.clone(),
                new int[0], Cancellation.none());
    }

    private static double total(Solution x) {
        double sum = 0;
        for (double[][] part : new double[][][] {x.shedCMw(), x.shedNMw()}) {
            for (double[] row : part) {
                for (double v : row) {
                    sum += v;
                }
            }
        }
        return sum;
    }

    /** Per region, its cumulative share: history and this slot's non-critical shed over history and its load. */
    private static double[] shares(PlanInput in, Solution x, int t, double[] historyShed, double[] historyLoad) {
        int nr = in.regions().count();
        double[] shed = historyShed.clone();
        double[] load = historyLoad.clone();
        for (int b = 0; b < in.grid().buses().size(); b++) {
            int r = in.regions().regionOf(b);
            double pd = in.busLoadMw()[t][b];
            if (r >= 0 && pd > 0) {
                shed[r] += x.shedNMw()[0][b] * in.slotHours();
                load[r] += (1 - in.criticalShare()[b]) * pd * in.slotHours();
            }
        }
        double[] share = new double[nr];
        for (int r = 0; r < nr; r++) {
            share[r] = load[r] > 0 ? shed[r] / load[r] : 0;
        }
        return share;
    }
}

package org.fairshed.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Islands;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.testing.RandomGrids;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner first solves without critical shed variables and gives them to the model only when no plan without
 * critical shed exists. Seeded random grids, some so short that critical load must go, with a price of fairness:
 * both formulations shed the same critical and total load and give every region the same share.
 */
class CriticalVariablesAgreementTest {

    private static final double RELATIVE_SHED = 1e-6;
    private static final double DELTA_MW = 1e-5;
    private static final double DELTA_SHARE = 1e-4;

    /**
     * Every seed twice: the model without critical variables first against the full model, each in one GLOP model; and
     * the former solved by sifting against the full model in one GLOP model.
     */
    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(31, 40).boxed().flatMap(seed -> Stream.of(
                Arguments.of(seed, false),
                Arguments.of(seed, true)));
    }

    @ParameterizedTest(name = "seed {0}, sifting {1}")
    @MethodSource("seeds")
    void withoutCriticalVariablesFirstPlansWhatTheFullModelPlans(long seed, boolean sifting) {
        Grid grid = RandomGrids.of(seed, 10 + (int) (seed % 7));
        Random rnd = new Random(seed);
        double[] critical = new double[grid.buses().size()];
        for (int b = 0; b < critical.length; b++) {
            critical[b] = rnd.nextDouble() < 0.8 ? 0.5 + 0.4 * rnd.nextDouble() : 0;
        }
        // the last factor is so high that even the critical load cannot all be served in some grids
        PlanInput base = TinyPlans.of(grid, new double[] {0.9, 1.3, 4.0}, critical, FairnessMode.FAIR);
        PlanInput in = base.withFairness(new FairnessSettings(FairnessMode.FAIR, 0.05, seed % 2 == 0,
                new double[base.regions().count()], new double[base.regions().count()]));
        try (NetworkSensitivities net = new NetworkSensitivities(in.grid(), Islands.of(in.grid()), SheddingPlanner.reach(in))) {
            for (int t = 0; t < in.slotCount(); t++) {
                SolvedSlots fast = solve(in, net, t, true, sifting);
                SolvedSlots full = solve(in, net, t, false, false);
                assertThat(fast.status()).isEqualTo(LpStatus.OPTIMAL);
                assertThat(full.status()).isEqualTo(LpStatus.OPTIMAL);
                assertThat(fast.degraded()).as(fast.message()).isFalse();
                double fullTotal = total(full.solution());
                assertThat(total(fast.solution())).as("seed %d slot %d total shed", seed, t)
                        .isCloseTo(fullTotal, within(DELTA_MW + RELATIVE_SHED * fullTotal));
                assertThat(sum(fast.solution().shedCMw())).as("critical shed")
                        .isCloseTo(sum(full.solution().shedCMw()), within(DELTA_MW + RELATIVE_SHED * fullTotal));
                if (t == 2) {
                    // the path where critical load must go is taken
                    assertThat(sum(full.solution().shedCMw())).as("critical shed at factor 4").isGreaterThan(1);
                }
                double[] fastShares = shares(in, fast.solution(), t);
                double[] fullShares = shares(in, full.solution(), t);
                assertThat(fastShares).as("seed %d slot %d shares", seed, t).containsExactly(fullShares, within(DELTA_SHARE));
            }
        }
    }

    private static SolvedSlots solve(PlanInput in, NetworkSensitivities net, int t, boolean withoutCriticalFirst,
                                     boolean sifting) {
        double[] none = new double[in.regions().count()];
        PlannerParameters parameters = PlannerParameters.defaults().withSiftingFromBuses(sifting ? 0 : Integer.MAX_VALUE);
        return SheddingSolver.solve(in, net, parameters, new int[] {t}, none.clone(), none.clone(),
                new int[0], Cancellation.none(), withoutCriticalFirst);
    }

    private static double total(Solution x) {
        return sum(x.shedCMw()) + sum(x.shedNMw());
    }

    private static double sum(double[][] values) {
        double sum = 0;
        for (double[] row : values) {
            for (double v : row) {
                sum += v;
            }
        }
        return sum;
    }

    /** Per region, non-critical shed over non-critical load in slot t (the leximin's shares, without history). */
    private static double[] shares(PlanInput in, Solution x, int t) {
        int nr = in.regions().count();
        double[] shed = new double[nr];
        double[] load = new double[nr];
        for (int b = 0; b < in.grid().buses().size(); b++) {
            int r = in.regions().regionOf(b);
            double pd = in.busLoadMw()[t][b];
            if (r >= 0 && pd > 0) {
                shed[r] += x.shedNMw()[0][b];
                load[r] += (1 - in.criticalShare()[b]) * pd;
            }
        }
        double[] share = new double[nr];
        for (int r = 0; r < nr; r++) {
            share[r] = load[r] > 0 ? shed[r] / load[r] : 0;
        }
        return share;
    }
}

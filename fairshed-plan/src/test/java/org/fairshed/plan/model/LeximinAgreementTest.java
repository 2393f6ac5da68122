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
import org.fairshed.plan.Regions;
import org.fairshed.plan.testing.RandomGrids;
import org.fairshed.plan.testing.ReferenceLeximin;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's fair sharing (leximin by progressive filling, groups fixed by their rows' duals, groups at the floor
 * of their history fixed without a solve) against the textbook leximin of {@link ReferenceLeximin} (a saturation solve
 * per region, angle model, another engine): seeded random grids with six regions, cumulative shares with seeded
 * histories (some regions so far ahead that they shed nothing now), prices of fairness 0 to 20 %. Every region's share
 * agrees.
 */
class LeximinAgreementTest {

    private static final int REGIONS = 6;
    private static final double DELTA_SHARE = 1e-4;

    /** How the slot model is solved. */
    enum Path {
        /** one GLOP model throughout */
        ONE_MODEL,
        /** sifting from the first solve */
        SIFTING,
        /** one model through the shed stages, the leximin and the cost stage sifting from their solution */
        HELD_THEN_SIFTED
    }

    /** Every seed on every path. */
    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(51, 62).boxed().flatMap(seed -> Stream.of(Path.values())
                .map(path -> Arguments.of(seed, path)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void cumulativeSharesAreTheTextbookLeximin(long seed, Path path) {
        Grid grid = RandomGrids.of(seed, 14 + (int) (seed % 9));
        Random rnd = new Random(seed);
        double[] factors = {1.0 + 0.3 * rnd.nextDouble()};
        PlanInput base = withRegions(TinyPlans.of(grid, factors, FairnessMode.FAIR), seed);
        double[] historyLoad = new double[REGIONS];
        double[] historyShed = new double[REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            historyLoad[r] = 100 + 900 * rnd.nextDouble();
            // a third of the regions far ahead (a share of 30-50 % so far), the rest 0-15 %
            historyShed[r] = historyLoad[r] * (rnd.nextDouble() < 1.0 / 3 ? 0.3 + 0.2 * rnd.nextDouble() : 0.15 * rnd.nextDouble());
        }
        double price = new double[] {0, 0.05, 0.2}[(int) (seed % 3)];
        PlanInput in = base.withFairness(new FairnessSettings(FairnessMode.FAIR, price, true, historyShed, historyLoad));
        double[] expected = ReferenceLeximin.shares(in, 0, historyShed, historyLoad, SheddingSolver.STAGE_RELATIVE_TOLERANCE,
                SheddingSolver.STAGE_ABSOLUTE_TOLERANCE_MW);
        try (NetworkSensitivities net = new NetworkSensitivities(in.grid(), Islands.of(in.grid()), SheddingPlanner.reach(in))) {
            PlannerParameters parameters = switch (path) {
                case ONE_MODEL -> PlannerParameters.defaults().withSiftingFromBuses(Integer.MAX_VALUE);
                case SIFTING -> PlannerParameters.defaults().withSiftingFromBuses(0);
                case HELD_THEN_SIFTED -> PlannerParameters.defaults().withSiftLeximinFromBranchRows(0);
            };
            SolvedSlots solved = SheddingSolver.solve(in, net, parameters, new int[] {0}, historyShed.clone(),
                    historyLoad.clone(), new int[0], Cancellation.none());
            assertThat(solved.status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(solved.degraded()).as(solved.message()).isFalse();
            assertThat(shares(in, solved.solution(), historyShed, historyLoad))
                    .as("seed %d, price %.2f: every region's cumulative share", seed, price)
                    .containsExactly(expected, within(DELTA_SHARE));
        }
    }

    /** Six regions of consecutive buses (the random grids' three areas are too few for a leximin of many steps). */
    private static PlanInput withRegions(PlanInput in, long seed) {
        int nb = in.grid().buses().size();
        int[] regionOf = new int[nb];
        for (int b = 0; b < nb; b++) {
            regionOf[b] = (int) ((b + seed) % REGIONS);
        }
        Regions regions = new Regions(java.util.stream.IntStream.range(0, REGIONS).mapToObj(r -> "R" + r).toList(),
                regionOf, "test");
        return new PlanInput(in.name(), in.grid(), in.start(), in.slotMinutes(), in.busLoadMw(), in.genPmaxMw(),
                in.criticalShare(), regions, FairnessSettings.of(FairnessMode.FAIR, REGIONS), null);
    }

    private static double[] shares(PlanInput in, Solution x, double[] historyShed, double[] historyLoad) {
        double[] shed = new double[REGIONS];
        double[] load = new double[REGIONS];
        for (int b = 0; b < in.grid().buses().size(); b++) {
            int r = in.regions().regionOf(b);
            double pd = in.busLoadMw()[0][b];
            if (pd > 0) {
                shed[r] += x.shedNMw()[0][b];
                load[r] += pd;
            }
        }
        double[] share = new double[REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            double denominator = historyLoad[r] + in.slotHours() * load[r];
            share[r] = denominator > 0 ? (historyShed[r] + in.slotHours() * shed[r]) / denominator : Double.NaN;
        }
        return share;
    }
}

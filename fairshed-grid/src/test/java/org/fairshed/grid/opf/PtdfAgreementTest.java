package org.fairshed.grid.opf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test of the PTDF formulation against the angle formulation (the reference, on HiGHS, as the DC OPF
 * was before): on synthetic grids of several seeds and sizes, undamaged, with the demo's damage, and with random
 * branches out, at several load levels, both formulations end with the same status and, when optimal, the same cost;
 * every optimal PTDF result passes the independent {@link DcOpfVerifier}; and a {@link DcOpfSeries} solving the load
 * levels one after another on one model ends as the fresh solves do.
 */
class PtdfAgreementTest {

    /** Both solve to a cost tolerance of 1e-7 relative; their costs may differ by the two gaps. */
    private static final double SAME_COST = 3e-7;
    private static final double[] LOAD_FACTORS = {1.0, 0.74, 0.82, 0.6, 1.1};
    private static final int RANDOM_OUTAGES = 12;
    private static final DcOpfParameters REFERENCE = DcOpfParameters.DEFAULT.withFormulation(DcOpfFormulation.ANGLES)
            .withSolver(LpSolverType.HIGHS);

    static Stream<Arguments> grids() {
        return Stream.of(Arguments.of(1L, 300, 4), Arguments.of(7L, 500, 6), Arguments.of(2024L, 800, 8));
    }

    @ParameterizedTest(name = "seed {0}, {1} buses, {2} regions")
    @MethodSource("grids")
    void sameStatusAndCostAsTheAngleFormulation(long seed, int buses, int regions) {
        SyntheticGrid s = SyntheticGridFactory.create(new SyntheticGridParameters(seed, buses, regions));
        for (Grid grid : List.of(s.grid(), DemoScenario.of(s).applyTo(s.grid()), randomOutages(s.grid(), seed))) {
            List<DcOpfResult> fresh = new ArrayList<>();
            for (double f : LOAD_FACTORS) {
                Grid g = scaled(grid, f);
                DcOpfResult ptdf = DcOpf.run(g);
                DcOpfResult angles = DcOpf.run(g, REFERENCE);
                String what = grid.name() + " at load factor " + f + ": " + ptdf.message() + " / " + angles.message();
                assertThat(ptdf.status()).as(what).isEqualTo(angles.status());
                if (ptdf.status().isSuccess()) {
                    assertThat(ptdf.objective()).as(what).isCloseTo(angles.objective(),
                            within(SAME_COST * Math.abs(angles.objective())));
                    assertThat(DcOpfVerifier.violations(g, ptdf)).as(what).isEmpty();
                    assertThat(DcOpfVerifier.violations(g, angles)).as(what).isEmpty();
                }
                fresh.add(ptdf);
            }
            try (DcOpfSeries series = DcOpfSeries.of(grid, DcOpfParameters.DEFAULT)) {
                for (int i = 0; i < LOAD_FACTORS.length; i++) {
                    DcOpfResult warm = series.solveScaled(LOAD_FACTORS[i]);
                    assertThat(warm.status()).as(grid.name() + " series at " + LOAD_FACTORS[i]).isEqualTo(fresh.get(i).status());
                    if (warm.status().isSuccess()) {
                        assertThat(warm.objective()).isCloseTo(fresh.get(i).objective(),
                                within(SAME_COST * Math.abs(fresh.get(i).objective())));
                    }
                }
            }
        }
    }

    private static Grid scaled(Grid grid, double factor) {
        List<Bus> buses = grid.buses().stream().map(b -> b.withLoad(b.pdMw() * factor, b.qdMvar() * factor)).toList();
        return grid.with(buses, grid.generators(), grid.branches());
    }

    /** {@value #RANDOM_OUTAGES} branches out, chosen by the seed (islands and dead islands may result). */
    private static Grid randomOutages(Grid grid, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Branch> branches = new ArrayList<>(grid.branches());
        for (int i = 0; i < RANDOM_OUTAGES; i++) {
            int k = rng.nextInt(branches.size());
            branches.set(k, branches.get(k).withInService(false));
        }
        return new Grid(grid.name() + "-outages", grid.baseMva(), grid.buses(), grid.generators(), branches);
    }
}

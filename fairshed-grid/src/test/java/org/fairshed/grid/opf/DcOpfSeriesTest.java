package org.fairshed.grid.opf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One model for many load vectors: each solve ends as a fresh DC OPF of the grid with those loads would. */
class DcOpfSeriesTest {

    private static final double DELTA_MW = 1e-6;
    private static final double DELTA_COST = 1e-4;

    /** Cheap generator at 1, expensive at 2, load at 3; line 1-3 limited to 80 MW. */
    private static Grid twoGenerators() {
        return new Grid("two-gens", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0), TinyGrids.bus(2, BusType.PV, 0), TinyGrids.bus(3, BusType.PQ, 150)),
                List.of(TinyGrids.gen(1, 200, 10), TinyGrids.gen(2, 200, 30)),
                List.of(TinyGrids.line(1, 3, 0.1, 80), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(1, 2, 0.1, 0)));
    }

    @ParameterizedTest
    @EnumSource(DcOpfFormulation.class)
    void eachLoadVectorGetsItsOwnOptimumWhateverCameBefore(DcOpfFormulation formulation) {
        Grid grid = twoGenerators();
        try (DcOpfSeries series = DcOpfSeries.of(grid, DcOpfParameters.DEFAULT.withFormulation(formulation))) {
            // 90 MW: flow 1-3 = 60 MW, all from the cheap unit; 150 MW: the line binds at 80 (p1 = 90, p2 = 60)
            DcOpfResult light = series.solve(new double[] {0, 0, 90});
            assertThat(light.genMw()).containsExactly(new double[] {90, 0}, within(DELTA_MW));
            DcOpfResult heavy = series.solve(new double[] {0, 0, 150});
            assertThat(heavy.genMw()).containsExactly(new double[] {90, 60}, within(DELTA_MW));
            assertThat(heavy.flowsMw()[0]).isCloseTo(80, within(DELTA_MW));
            // the line's row stays in the model; it must not bind a light load again
            DcOpfResult lightAgain = series.solve(new double[] {0, 0, 90});
            assertThat(lightAgain.objective()).isCloseTo(light.objective(), within(DELTA_COST));
            // 500 MW is beyond both units: infeasible, and the next load is solved as if nothing had happened
            assertThat(series.solve(new double[] {0, 0, 500}).status()).isEqualTo(DcOpfStatus.INFEASIBLE);
            assertThat(series.solveScaled(1.0).objective()).isCloseTo(90 * 10 + 60 * 30, within(DELTA_COST));
        }
    }

    @Test
    void anIslandThatLosesItsLoadIsNoLongerDeadAndGetsItBackLater() {
        Grid grid = TinyGrids.islands();
        try (DcOpfSeries series = DcOpfSeries.of(grid, DcOpfParameters.DEFAULT)) {
            assertThat(series.solveScaled(1.0).unservedLoadMw()).isCloseTo(20, within(DELTA_MW));
            DcOpfResult noLoadAt5 = series.solve(new double[] {0, 40, 30, 0, 0});
            assertThat(noLoadAt5.status()).isEqualTo(DcOpfStatus.OPTIMAL);
            assertThat(noLoadAt5.unservedLoadMw()).isZero();
            DcOpfResult back = series.solve(new double[] {0, 40, 30, 0, 25});
            assertThat(back.unservedLoadMw()).isCloseTo(25, within(DELTA_MW));
            assertThat(back.servedLoadMw()).isCloseTo(70, within(DELTA_MW));
        }
    }

    @Test
    void anInfeasibleNetworkIsExplainedByTheBranchesItCannotKeepWithinLimits() {
        // 150 MW at bus 3 with both lines into it limited to 60 MW: enough generation, 30 MW too much for the lines
        Grid base = twoGenerators();
        Grid tight = base.with(base.buses(), base.generators(), List.of(TinyGrids.line(1, 3, 0.1, 60),
                TinyGrids.line(2, 3, 0.1, 60), TinyGrids.line(1, 2, 0.1, 0)));
        DcOpfResult r = DcOpf.run(tight);
        assertThat(r.status()).isEqualTo(DcOpfStatus.INFEASIBLE);
        // the least total overload is 30 MW whichever way it splits between the two lines (the LP picks a vertex)
        assertThat(r.message()).startsWith("the network cannot deliver the load: the capacity is enough (400.0 MW for "
                + "150.0 MW of load), but the dispatch that overloads the branches least leaves ")
                .contains("branch(es) 30.0 MW over their limits in all: branch ")
                .containsPattern("branch [12] \\(bus [12] to 3, 110 kV\\) by [0-9.]+ MW \\(flow [0-9.]+ MW, limit 60.0 MW\\)")
                .endsWith("(shed load behind them with the planner)");
    }

    @Test
    void loadsMustBeOnePerBusAndFinite() {
        try (DcOpfSeries series = DcOpfSeries.of(twoGenerators(), DcOpfParameters.DEFAULT)) {
            assertThatThrownBy(() -> series.solve(new double[] {0, 90}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 3 bus loads, got 2");
            assertThatThrownBy(() -> series.solve(new double[] {0, 0, Double.NaN}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("load of bus 3 is NaN");
        }
        Bus b = TinyGrids.bus(3, BusType.PQ, 0);
        assertThat(b.pdMw()).isZero();
    }
}

package org.fairshed.grid.opf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * What every DC OPF formulation must do, on tiny grids with one purpose each; {@link AngleDcOpfTest} and
 * {@link PtdfDcOpfTest} run it for {@link DcOpfFormulation#ANGLES} and {@link DcOpfFormulation#PTDF}.
 */
abstract class DcOpfContractTest {

    /** The formulation's parameters (default engine). */
    abstract DcOpfParameters parameters();

    /** What the refusal of a load of {@code pd} MW at bus 3 of {@link TinyGrids#triangle} names. */
    abstract String refusalOfLoad(double pd);

    private DcOpfResult run(Grid grid) {
        return DcOpf.run(grid, parameters());
    }

    private static final double DELTA_MW = 1e-6;
    private static final double DELTA_COST = 1e-4;

    /** Cheap generator at 1, expensive at 2, load at 3; the 1-3 path is limited. */
    private static Grid twoGenerators(double rateA) {
        return new Grid("two-gens", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0), TinyGrids.bus(2, BusType.PV, 0), TinyGrids.bus(3, BusType.PQ, 150)),
                List.of(TinyGrids.gen(1, 200, 10), TinyGrids.gen(2, 200, 30)),
                List.of(TinyGrids.line(1, 3, 0.1, rateA), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(1, 2, 0.1, 0)));
    }

    @Test
    void zeroReactanceIsBadInputNamingTheBranch() {
        Grid g = new Grid("zero-x", 100, twoGenerators(0).buses(), twoGenerators(0).generators(),
                List.of(TinyGrids.line(1, 3, 0, 0), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(1, 2, 0.1, 0)));
        assertThatThrownBy(() -> run(g))
                .isInstanceOf(org.fairshed.common.InputException.class).hasMessageContaining("zero-x: branch 1 (bus 1 to 3) has x = 0");
    }

    @Test
    void costsTheDcOpfCannotTakeAreRefusedNamingTheGenerator() {
        Grid base = twoGenerators(0);
        for (var c : List.of(
                new Object[] {new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {0.001, 0.01, 20, 0}), "degree 3"},
                new Object[] {new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {-0.01, 20, 0}), "concave"},
                new Object[] {new GenCost(GenCost.Model.PIECEWISE_LINEAR, 0, 0, new double[] {0, 0, 100, 3000, 200, 4000}),
                    "segment 2 rises by 10.0 USD/MWh, less than segment 1 (30.0 USD/MWh)"})) {
            var g = TinyGrids.gen(2, 0, 200, (GenCost) c[0]);
            Grid bad = base.with(base.buses(), List.of(base.generators().get(0), g), base.branches());
            assertThatThrownBy(() -> run(bad)).isInstanceOf(org.fairshed.common.InputException.class)
                    .hasMessageStartingWith("two-gens: generator 2 ").hasMessageContaining((String) c[1]);
        }
        // a cubic term of 0 is a quadratic (NCOST 4 padding)
        var padded = TinyGrids.gen(2, 0, 200, new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {0, 0, 30, 0}));
        assertThat(run(base.with(base.buses(), List.of(base.generators().get(0), padded), base.branches())).status())
                .isEqualTo(DcOpfStatus.OPTIMAL);
    }

    @Test
    void anAngleLimitOfZeroOnOneSideIsNoLimitOnThatSideAsInMatpower() {
        // theta_1 - theta_3 is positive here (flow 1 -> 3); ANGMIN 0 with ANGMAX 30 must not force it to 0..30 only
        // because of the 0, nor ANGMIN -30 with ANGMAX 0 force theta_1 - theta_3 <= 0 (which would reverse the flow)
        Grid base = twoGenerators(0);
        Grid limited = base.with(base.buses(), base.generators(), List.of(
                new Branch(1, 3, 0, 0.1, 0, 0, 0, 0, 0, 0, true, -30, 0), TinyGrids.line(2, 3, 0.1, 0),
                TinyGrids.line(1, 2, 0.1, 0)));
        DcOpfResult free = run(base);
        DcOpfResult r = run(limited);
        assertThat(r.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(r.objective()).isCloseTo(free.objective(), within(DELTA_COST));
    }

    @ParameterizedTest
    @EnumSource(value = LpSolverType.class, names = {"GLOP", "HIGHS"})
    void unlimitedNetworkDispatchesInMeritOrder(LpSolverType solver) {
        DcOpfResult r = DcOpf.run(twoGenerators(0), parameters().withSolver(solver));
        assertThat(r.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(r.genMw()).containsExactly(new double[] {150, 0}, within(DELTA_MW));
        assertThat(r.objective()).isCloseTo(1500, within(DELTA_COST));
    }

    @Test
    void bindingLineForcesTheExpensiveUnit() {
        // with all at gen 1: flow 1-3 = 2/3 * 150 = 100; limit 80 => redispatch. PTDFs from bus 1 to 3: 2/3, bus 2 to 3: 1/3.
        // flow13 = (2/3) p1 + (1/3) p2 with p1 + p2 = 150 -> 80 = (2/3)p1 + (1/3)(150 - p1) => p1 = 90
        DcOpfResult r = run(twoGenerators(80));
        assertThat(r.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(r.genMw()).containsExactly(new double[] {90, 60}, within(DELTA_MW));
        assertThat(r.flowsMw()[0]).isCloseTo(80, within(DELTA_MW));
        assertThat(r.objective()).isCloseTo(90 * 10 + 60 * 30, within(DELTA_COST));
    }

    @Test
    void zeroRateMeansUnlimited() {
        DcOpfResult r = run(twoGenerators(0));
        assertThat(r.flowsMw()[0]).isCloseTo(100, within(DELTA_MW));
    }

    @Test
    void quadraticCostsMeetAtEqualMarginalCost() {
        // f1 = 0.1 p^2 + 10 p, f2 = 0.2 p^2 + 10 p; p1 + p2 = 150 and 0.2 p1 = 0.4 p2 -> p1 = 100, p2 = 50
        GenCost c1 = new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {0.1, 10, 5});
        GenCost c2 = new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {0.2, 10, 0});
        Grid g = twoGenerators(0).with(twoGenerators(0).buses(),
                List.of(TinyGrids.gen(1, 0, 200, c1), TinyGrids.gen(2, 0, 200, c2)), twoGenerators(0).branches());
        DcOpfResult r = run(g);
        assertThat(r.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        // the cost is exact to 1e-7 relative; the dispatch of a flat quadratic optimum only to about sqrt of that
        assertThat(r.genMw()[0]).isCloseTo(100, within(0.05));
        double expected = 0.1 * 100 * 100 + 10 * 100 + 5 + 0.2 * 50 * 50 + 10 * 50;
        assertThat(r.objective()).isCloseTo(expected, within(expected * 1e-7));
        assertThat(r.costGap()).isBetween(-1e-9, expected * 1e-7);
    }

    @Test
    void piecewiseLinearCostIsExact() {
        // gen 1: 10 $/MWh up to 100 MW then 50 $/MWh; gen 2 at 30 $/MWh -> gen 1 gives 100, gen 2 50
        GenCost pwl = new GenCost(GenCost.Model.PIECEWISE_LINEAR, 0, 0, new double[] {0, 0, 100, 1000, 200, 6000});
        Grid base = twoGenerators(0);
        Grid g = base.with(base.buses(), List.of(TinyGrids.gen(1, 0, 200, pwl), TinyGrids.gen(2, 200, 30)), base.branches());
        DcOpfResult r = run(g);
        assertThat(r.genMw()).containsExactly(new double[] {100, 50}, within(DELTA_MW));
        assertThat(r.objective()).isCloseTo(1000 + 1500, within(DELTA_COST));
    }

    @Test
    void angleDifferenceLimitBinds() {
        Grid base = twoGenerators(0);
        // limit theta1 - theta3 to 5 degrees on line 1-3 (x = 0.1): flow <= 100 * sin-free 0.0873/0.1 = 87.27 MW
        Branch limited = new Branch(1, 3, 0, 0.1, 0, 0, 0, 0, 0, 0, true, -5, 5);
        Grid g = base.with(base.buses(), base.generators(), List.of(limited, base.branches().get(1), base.branches().get(2)));
        DcOpfResult r = run(g);
        assertThat(r.flowsMw()[0]).isCloseTo(100 * Math.toRadians(5) / 0.1, within(DELTA_MW));
        assertThat(r.anglesDeg()[0] - r.anglesDeg()[2]).isCloseTo(5, within(1e-7));
    }

    @Test
    void loadBeyondCapacityIsInfeasibleAsData() {
        Grid base = twoGenerators(0);
        Grid g = base.with(List.of(TinyGrids.bus(1, BusType.REF, 0), TinyGrids.bus(2, BusType.PV, 0),
                TinyGrids.bus(3, BusType.PQ, 500)), base.generators(), base.branches());
        DcOpfResult r = run(g);
        assertThat(r.status()).isEqualTo(DcOpfStatus.INFEASIBLE);
        assertThat(r.message()).contains("island 0 needs 500.0 MW but has 400.0 MW");
    }

    @Test
    void deadIslandIsLeftOutAndItsLoadReportedUnserved() {
        DcOpfResult r = run(TinyGrids.islands());
        assertThat(r.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(r.unservedLoadMw()).isCloseTo(20, within(DELTA_MW));
        assertThat(r.genMw()).containsExactly(new double[] {40, 30}, within(DELTA_MW));
        assertThat(r.servedLoadMw()).isCloseTo(70, within(DELTA_MW));
    }

    /**
     * The native crash at the grid level: a NaN, infinite or absurd (1e100) load built in memory used to take
     * the JVM down inside OR-Tools with GLOP (SIGSEGV, exit 134); it is refused naming the bus or the LP row.
     */
    @ParameterizedTest
    @EnumSource(value = LpSolverType.class, names = {"GLOP", "HIGHS", "PDLP"})
    void aNonFiniteLoadBuiltInMemoryIsRefusedBeforeTheEngineNotACrash(LpSolverType type) {
        for (double pd : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e100}) {
            Grid base = TinyGrids.triangle(100);
            Grid bad = base.with(List.of(base.buses().get(0), base.buses().get(1), base.buses().get(2).withLoad(pd, 0)),
                    base.generators(), base.branches());
            assertThatThrownBy(() -> DcOpf.run(bad, parameters().withSolver(type)))
                    .isInstanceOfAny(IllegalStateException.class, IllegalArgumentException.class)
                    .hasMessageContaining(refusalOfLoad(pd));
        }
    }

    /** Crossed bounds (here Pmin 150 above Pmax 100, built in memory) made GLOP's fallback crash too; now they are an outcome. */
    @ParameterizedTest
    @EnumSource(value = LpSolverType.class, names = {"GLOP", "HIGHS"})
    void crossedGeneratorLimitsAreAnInfeasibleOutcomeNotACrash(LpSolverType type) {
        Grid base = TinyGrids.triangle(100);
        var g = base.generators().get(0);
        Grid bad = base.with(base.buses(), List.of(new org.fairshed.grid.model.Generator(g.bus(), 0, 0, 300, -300, 1, 100,
                true, 100, 150, Double.NaN, Double.NaN, Double.NaN, g.cost(), null, null)), base.branches());
        DcOpfResult r = DcOpf.run(bad, parameters().withSolver(type));
        assertThat(r.status()).isEqualTo(DcOpfStatus.INFEASIBLE);
        assertThat(r.message()).contains("no dispatch meets every limit");
    }
}

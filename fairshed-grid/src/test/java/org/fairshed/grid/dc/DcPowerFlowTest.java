package org.fairshed.grid.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.api.Test;

class DcPowerFlowTest {

    private static final double DELTA_MW = 1e-9;
    private static final double DELTA_DEG = 1e-9;

    @Test
    void triangleSplitsFlowByReactance() {
        Grid g = TinyGrids.triangle(0);
        double[] gen = {90};
        try (DcModel model = DcModel.of(g)) {
            DcPowerFlowResult r = DcPowerFlow.run(model, model.busInjectionsMw(gen, new double[] {0, 0, 90}));
            // direct path x=0.1 carries 2/3, the two-branch path 1/3
            assertThat(r.flowsMw()[2]).isCloseTo(60, within(DELTA_MW));
            assertThat(r.flowsMw()[0]).isCloseTo(30, within(DELTA_MW));
            assertThat(r.flowsMw()[1]).isCloseTo(30, within(DELTA_MW));
            // theta_3 = -0.6 p.u. * 0.1 ... : flow 0.6 p.u. over x 0.1 gives 0.06 rad
            assertThat(r.anglesDeg()[2]).isCloseTo(-Math.toDegrees(0.06), within(DELTA_DEG));
            assertThat(r.slackMw()[0]).isCloseTo(0, within(DELTA_MW));
        }
    }

    @Test
    void tapScalesSusceptanceAndShifterActsAsInjection() {
        Grid g = TinyGrids.tapAndShifter();
        DcPowerFlowResult r = DcPowerFlow.run(g);
        // b = 1/(0.2*0.95); flow 0.5 p.u. = b (theta1 - theta2 - shift) => theta2 = -(0.5/b) - shift
        double b = 1 / (0.2 * 0.95);
        double shift = Math.toRadians(10);
        assertThat(r.flowsMw()[0]).isCloseTo(50, within(DELTA_MW));
        assertThat(r.anglesDeg()[1]).isCloseTo(Math.toDegrees(-0.5 / b - shift), within(DELTA_DEG));
    }

    @Test
    void referenceAngleIsTheCasesVa() {
        Grid base = TinyGrids.triangle(0);
        var buses = new java.util.ArrayList<>(base.buses());
        var b1 = buses.get(0);
        buses.set(0, new org.fairshed.grid.model.Bus(1, BusType.REF, 0, 0, 0, 0, 1, 1, 30, 110, 1, 1.1, 0.9));
        Grid g = base.with(buses, List.of(TinyGrids.gen(1, 90, 200, org.fairshed.grid.model.GenCost.ZERO)),
                base.branches());
        DcPowerFlowResult r = DcPowerFlow.run(g);
        assertThat(b1.vaDeg()).isZero();
        assertThat(r.anglesDeg()[0]).isCloseTo(30, within(DELTA_DEG));
        assertThat(r.anglesDeg()[2]).isCloseTo(30 - Math.toDegrees(0.06), within(DELTA_DEG));
    }

    @Test
    void outOfServiceBranchCarriesNothingAndEachIslandHasItsSlack() {
        Grid g = TinyGrids.islands();
        DcPowerFlowResult r = DcPowerFlow.run(g);
        assertThat(r.flowsMw()[1]).isZero();
        assertThat(r.flowsMw()[0]).isCloseTo(40, within(DELTA_MW));
        // case PG is 0 everywhere: each island's reference supplies its whole load
        assertThat(r.slackMw()).containsExactly(new double[] {40, 30, 20}, within(DELTA_MW));
        assertThat(r.flowsMw()[2]).isCloseTo(-30, within(DELTA_MW));
    }

    @Test
    void shuntConductanceCountsAsLoad() {
        Grid base = TinyGrids.triangle(0);
        var buses = new java.util.ArrayList<>(base.buses());
        buses.set(2, new org.fairshed.grid.model.Bus(3, BusType.PQ, 90, 0, 10, 0, 1, 1, 0, 110, 1, 1.1, 0.9));
        Grid g = base.with(buses, base.generators(), base.branches());
        try (DcModel model = DcModel.of(g)) {
            double[] p = model.busInjectionsMw(new double[] {100}, new double[] {0, 0, 90});
            assertThat(p[2]).isCloseTo(-100, within(DELTA_MW));
            DcPowerFlowResult r = DcPowerFlow.run(model, p);
            assertThat(r.flowsMw()[2]).isCloseTo(100 * 2.0 / 3, within(DELTA_MW));
        }
    }

    @Test
    void factorizationIsReusedForManyInjectionVectors() {
        Grid g = TinyGrids.triangle(0);
        try (DcModel model = DcModel.of(g)) {
            for (double load = 0; load <= 100; load += 25) {
                DcPowerFlowResult r = DcPowerFlow.run(model, model.busInjectionsMw(new double[] {load},
                        new double[] {0, 0, load}));
                assertThat(r.flowsMw()[2]).isCloseTo(load * 2 / 3, within(DELTA_MW));
            }
        }
    }

    @Test
    void parallelBranchesShareFlowAndFactorize() {
        // two parallel 1-2 lines (x 0.2 and 0.4) and a 2-3 line: KLU must see each matrix entry once
        Grid g = new Grid("parallel", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0), TinyGrids.bus(2, BusType.PQ, 30), TinyGrids.bus(3, BusType.PQ, 60)),
                List.of(TinyGrids.gen(1, 90, 200, org.fairshed.grid.model.GenCost.ZERO)),
                List.of(TinyGrids.line(1, 2, 0.2, 0), TinyGrids.line(1, 2, 0.4, 0), TinyGrids.line(2, 3, 0.1, 0)));
        DcPowerFlowResult r = DcPowerFlow.run(g);
        assertThat(r.flowsMw()[0]).isCloseTo(60, within(DELTA_MW));
        assertThat(r.flowsMw()[1]).isCloseTo(30, within(DELTA_MW));
        assertThat(r.flowsMw()[2]).isCloseTo(60, within(DELTA_MW));
        // theta2 = -0.9 p.u. * (0.2 || 0.4 = 0.1333)
        assertThat(r.anglesDeg()[1]).isCloseTo(-Math.toDegrees(0.9 * 0.2 * 0.4 / 0.6), within(DELTA_DEG));
    }

    /** The triangle's buses and generator with other branches. */
    private static Grid triangleWith(Branch... branches) {
        Grid base = TinyGrids.triangle(0);
        return base.with(base.buses(), base.generators(), java.util.List.of(branches));
    }

    @Test
    void zeroReactanceIsRejectedWithTheBranchNamed() {
        Grid g = triangleWith(TinyGrids.line(1, 2, 0.1, 0), TinyGrids.line(2, 3, 0, 0), TinyGrids.line(1, 3, 0.1, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DcModel.of(g))
                .isInstanceOf(org.fairshed.common.InputException.class)
                .hasMessage("triangle: branch 2 (bus 2 to 3) has x = 0: the DC model needs a series reactance (merge "
                        + "the two buses, or give the branch a small reactance, or take it out of service)");
    }

    @Test
    void aReactanceTooSmallForTheDcModelIsRejectedWithTheBranchNamed() {
        Grid g = triangleWith(TinyGrids.line(1, 2, 0.1, 0), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(1, 3, 1e-12, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DcPowerFlow.run(g))
                .isInstanceOf(org.fairshed.common.InputException.class)
                .hasMessageContaining("branch 3 (bus 1 to 3) has x * ratio = 1.0E-12 p.u.")
                .hasMessageContaining("exceeds 1.0E11");
    }

    @Test
    void aSeriesCapacitorThatCancelsItsLineIsASingularNetworkNotNaNFlows() {
        // bus 3 hangs on two parallel branches of x = 0.1 and x = -0.1: no susceptance is left between 2 and 3
        Grid g = triangleWith(TinyGrids.line(1, 2, 0.1, 0), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(2, 3, -0.1, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DcPowerFlow.run(g))
                .isInstanceOf(org.fairshed.common.InputException.class)
                .hasMessageContaining("the DC network matrix is singular");
    }

    @Test
    void aSeriesCapacitorThatDoesNotCancelItsLineIsTakenAsItIs() {
        // x = 0.1 in parallel with -0.05: net susceptance 10 - 20 = -10 p.u., flows still balance at bus 3
        Grid g = triangleWith(TinyGrids.line(1, 2, 0.1, 0), TinyGrids.line(2, 3, 0.1, 0), TinyGrids.line(2, 3, -0.05, 0));
        DcPowerFlowResult r = DcPowerFlow.run(g);
        assertThat(r.flowsMw()[1] + r.flowsMw()[2]).isCloseTo(90, within(DELTA_MW));
        assertThat(r.flowsMw()[0]).isCloseTo(90, within(DELTA_MW));
    }
}

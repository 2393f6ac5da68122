package org.fairshed.grid.ac;

import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.IidmTestGrids;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AcCheckTest {

    private static final double VOLTAGE_TOLERANCE_PU = 1e-4;
    private static final double MVA_TOLERANCE = 0.05;
    private static final double X_PU = 0.1;

    /** Two-bus closed form: sin(2 delta) = 2 x P, V2 = cos(delta) (see IidmTestGrids.twoBus). */
    private static double receivingVoltage(double loadMw) {
        double delta = 0.5 * Math.asin(2 * X_PU * loadMw / IidmTestGrids.BASE_MVA);
        return Math.cos(delta);
    }

    @Test
    void twoBusConvergesToClosedFormVoltage() {
        AcCheckResult result = AcCheck.run(IidmTestGrids.twoBus(50, 0));

        assertThat(result.status()).isEqualTo(AcCheckStatus.CONVERGED);
        assertThat(result.startedFromDc()).isFalse();
        assertThat(result.minVoltageBus()).isEqualTo(2);
        assertThat(result.minVoltagePu()).isCloseTo(receivingVoltage(50), within(VOLTAGE_TOLERANCE_PU));
        assertThat(result.maxVoltageBus()).isEqualTo(1);
        assertThat(result.maxVoltagePu()).isCloseTo(1.0, within(VOLTAGE_TOLERANCE_PU));
        assertThat(result.slackMismatchMw()).isCloseTo(0.0, within(MVA_TOLERANCE));
        assertThat(result.overloads()).isEmpty();
        assertThat(result.voltageViolations()).isZero();
    }

    /** 400 MW over x = 0.1 sags the receiving end to cos(26.57 deg) = 0.894 p.u., below its VMIN of 0.9. */
    @Test
    void busBelowItsVminIsCountedAsAViolation() {
        AcCheckResult result = AcCheck.run(IidmTestGrids.twoBus(400, 0));

        assertThat(result.converged()).isTrue();
        assertThat(result.minVoltagePu()).isCloseTo(receivingVoltage(400), within(VOLTAGE_TOLERANCE_PU))
                .isLessThan(0.9);
        assertThat(result.voltageViolations()).isEqualTo(1);
    }

    @Test
    void overloadedBranchIsReportedWithItsApparentPower() {
        double rateA = 40;
        AcCheckResult result = AcCheck.run(IidmTestGrids.twoBus(50, rateA));

        // sending end: P = 50 MW, Q = sin^2(delta) / x p.u.; receiving end Q = 0
        double delta = Math.acos(receivingVoltage(50));
        double qSendMvar = Math.pow(Math.sin(delta), 2) / X_PU * IidmTestGrids.BASE_MVA;
        double expectedMva = Math.hypot(50, qSendMvar);
        assertThat(result.converged()).isTrue();
        assertThat(result.overloads()).hasSize(1);
        AcOverload overload = result.overloads().get(0);
        assertThat(overload.branchRow()).isEqualTo(1);
        assertThat(overload.from()).isEqualTo(1);
        assertThat(overload.to()).isEqualTo(2);
        assertThat(overload.flowMva()).isCloseTo(expectedMva, within(MVA_TOLERANCE));
        assertThat(overload.loadingPercent()).isCloseTo(100 * expectedMva / rateA, within(0.2));
    }

    /** Two live islands (and a dead bus): the second island's overload is found too, not only the main one's. */
    @Test
    void everyIslandIsChecked() {
        Grid islands = org.fairshed.grid.testing.TinyGrids.islands();
        List<org.fairshed.grid.model.Branch> branches = new java.util.ArrayList<>(islands.branches());
        // island {3, 4}: 30 MW of load at bus 3 over a line rated 10 MVA
        branches.set(2, org.fairshed.grid.testing.TinyGrids.line(3, 4, 0.1, 10));
        AcCheckResult result = AcCheck.run(islands.with(islands.buses(), islands.generators(), branches));
        assertThat(result.converged()).isTrue();
        assertThat(result.overloads()).extracting(AcOverload::branchRow).containsExactly(3);
    }

    @Test
    void loadOverrideChangesFlowAndSlackTakesTheMismatch() {
        Grid grid = IidmTestGrids.twoBus(50, 0);
        AcCheckResult result = AcCheck.run(grid, new double[] {50}, new double[] {0, 120},
                AcCheckParameters.defaults());

        assertThat(result.converged()).isTrue();
        assertThat(result.minVoltagePu()).isCloseTo(receivingVoltage(120), within(VOLTAGE_TOLERANCE_PU));
        assertThat(result.slackMismatchMw()).isCloseTo(70.0, within(1.0));
    }

    @Test
    void hopelessTransferIsReportedAsNonConvergence() {
        AcCheckResult result = AcCheck.run(IidmTestGrids.twoBus(2000, 0));

        assertThat(result.status()).isNotEqualTo(AcCheckStatus.CONVERGED);
        assertThat(result.startedFromDc()).isTrue();
        assertThat(result.minVoltagePu()).isNaN();
        assertThat(result.overloads()).isEmpty();
        assertThat(result.message()).isNotEmpty();
    }

    @Test
    void aGridTheIidmModelRefusesIsAnInputErrorNamingTheElementNotAPowsyblException() {
        // the reader refuses a NaN reactance; a grid built in memory can still hold one
        Grid base = IidmTestGrids.twoBus(50, 0);
        var br = base.branches().get(0);
        Grid bad = base.with(base.buses(), base.generators(), List.of(new org.fairshed.grid.model.Branch(br.from(), br.to(),
                br.r(), Double.NaN, br.b(), 0, 0, 0, 0, 0, true, -360, 360)));
        assertThatThrownBy(() -> AcCheck.run(bad))
                .isInstanceOf(org.fairshed.common.InputException.class)
                .hasMessageStartingWith(bad.name() + ": the AC model (PowSyBl IIDM) cannot take this grid: ")
                .hasMessageContaining("x is invalid");
    }

    @Test
    void invalidInputIsAnException() {
        Grid grid = IidmTestGrids.twoBus(50, 0);
        assertThatThrownBy(() -> AcCheck.run(grid, new double[] {1, 2}, null, AcCheckParameters.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("genMw");
        assertThatThrownBy(() -> AcCheck.run(grid, null, new double[] {0, Double.NaN}, AcCheckParameters.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("busLoadMw[1]");
        assertThatThrownBy(() -> AcCheckParameters.defaults().withMaxIterations(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parallelCallsGiveTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AcCheckResult>> futures = List.of(
                    pool.submit(() -> AcCheck.run(IidmTestGrids.twoBus(50, 0))),
                    pool.submit(() -> AcCheck.run(IidmTestGrids.twoBus(80, 0))),
                    pool.submit(() -> AcCheck.run(IidmTestGrids.twoBus(50, 0))));
            assertThat(futures.get(0).get().minVoltagePu()).isCloseTo(receivingVoltage(50), within(VOLTAGE_TOLERANCE_PU));
            assertThat(futures.get(1).get().minVoltagePu()).isCloseTo(receivingVoltage(80), within(VOLTAGE_TOLERANCE_PU));
            assertThat(futures.get(2).get().minVoltagePu()).isCloseTo(receivingVoltage(50), within(VOLTAGE_TOLERANCE_PU));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void mixedGridConverges() {
        AcCheckResult result = AcCheck.run(IidmTestGrids.mixed());

        assertThat(result.status()).isEqualTo(AcCheckStatus.CONVERGED);
        assertThat(result.minVoltagePu()).isBetween(0.9, 1.1);
        assertThat(result.maxVoltageBus()).isNotEqualTo(6);
    }
}

package org.fairshed.grid.iidm;

import com.powsybl.commons.report.ReportNode;
import com.powsybl.computation.local.LocalComputationManager;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Line;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.TwoWindingsTransformer;
import com.powsybl.loadflow.LoadFlow;
import com.powsybl.loadflow.LoadFlowParameters;
import com.powsybl.loadflow.LoadFlowResult;
import com.powsybl.math.matrix.SparseMatrixFactory;
import com.powsybl.openloadflow.OpenLoadFlowProvider;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.IidmTestGrids;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GridToIidmTest {

    private static final double MW_TOLERANCE = 1e-3;
    private static final double PU_TOLERANCE = 1e-6;

    @Test
    void mixedGridHasExpectedElementsAndIds() {
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.mixed());
        Network network = iidm.network();

        assertThat(network.getBusBreakerView().getBusStream().count()).isEqualTo(6);
        assertThat(network.getGeneratorCount()).isEqualTo(4);
        assertThat(network.getLineCount()).isEqualTo(6);
        assertThat(network.getTwoWindingsTransformerCount()).isEqualTo(1);
        assertThat(network.getLoadCount()).isEqualTo(5);
        assertThat(network.getShuntCompensatorCount()).isEqualTo(2);
        assertThat(iidm.generatorIds()).containsExactly("GEN-1", "GEN-2", "GEN-2#0", "GEN-4");
        assertThat(iidm.branchIds()).containsExactly("LINE-1-2", "LINE-1-2#0", "LINE-2-3", "LINE-3-4", "LINE-1-4",
                "TWT-3-5", "LINE-5-6");
        assertThat(iidm.busId(3)).isEqualTo("BUS-3");
        assertThat(iidm.voltageLevelIds().get(5)).isNotBlank();
    }

    @Test
    void outOfServiceElementsAreCreatedDisconnected() {
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.mixed());
        Network network = iidm.network();

        Line outOfService = network.getLine(iidm.branchId(4));
        assertThat(outOfService.getTerminal1().isConnected()).isFalse();
        assertThat(outOfService.getTerminal2().isConnected()).isFalse();
        assertThat(network.getLine(iidm.branchId(1)).getTerminal1().isConnected()).isTrue();
        assertThat(network.getGenerator(iidm.generatorId(3)).getTerminal().isConnected()).isFalse();
        assertThat(network.getGenerator(iidm.generatorId(2)).getTerminal().isConnected()).isTrue();
    }

    @Test
    void isolatedBusIsCutOffAndItsLoadDisconnected() {
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.mixed());
        Network network = iidm.network();

        assertThat(network.getLine(iidm.branchId(7)).getTerminal1().isConnected()).isFalse();
        assertThat(network.getLoad("LOAD-6").getTerminal().isConnected()).isFalse();
        assertThat(network.getBusView().getBusStream().count()).isEqualTo(5);
    }

    @Test
    void shuntsNegativeLoadAndPqGeneratorFollowMatpower() {
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.mixed());
        Network network = iidm.network();
        double v2 = IidmTestGrids.BASE_KV * IidmTestGrids.BASE_KV;

        assertThat(network.getShuntCompensator("SHUNT-3").getG() * v2).isCloseTo(2.0, within(MW_TOLERANCE));
        assertThat(network.getShuntCompensator("SHUNT-3").getB()).isZero();
        assertThat(network.getShuntCompensator("SHUNT-4").getB() * v2).isCloseTo(19.0, within(MW_TOLERANCE));
        assertThat(network.getLoad("LOAD-4").getP0()).isCloseTo(-15.0, within(MW_TOLERANCE));
        Generator atPqBus = network.getGenerator(iidm.generatorId(4));
        assertThat(atPqBus.isVoltageRegulatorOn()).isFalse();
        assertThat(network.getGenerator(iidm.generatorId(1)).isVoltageRegulatorOn()).isTrue();
    }

    @Test
    void transformerRatioAndRatingsKeepMatpowerMeaning() {
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.mixed());
        TwoWindingsTransformer twt = iidm.network().getTwoWindingsTransformer(iidm.branchId(6));

        double perUnitRho = twt.getRatedU2() / twt.getRatedU1() * 138.0 / 69.0;
        assertThat(1 / perUnitRho).isCloseTo(0.95, within(PU_TOLERANCE));
        assertThat(twt.getApparentPowerLimits1().orElseThrow().getPermanentLimit()).isEqualTo(90.0);
        assertThat(twt.getApparentPowerLimits1().orElseThrow().getTemporaryLimits()).hasSize(2);
    }

    @Test
    void tapOfPoint95RaisesOpenEndVoltageToOneOverTap() {
        double tap = 0.95;
        IidmNetwork iidm = GridToIidm.convert(IidmTestGrids.transformerOpenEnd(tap, 0));
        LoadFlowResult result = loadFlow(iidm.network(), false);

        assertThat(result.isFullyConverged()).isTrue();
        double v2 = iidm.network().getBusBreakerView().getBus("BUS-2").getV() / IidmTestGrids.BASE_KV;
        assertThat(v2).isCloseTo(1 / tap, within(1e-4));
    }

    @Test
    void phaseShifterDcFlowMatchesHandComputation() {
        double shiftDeg = 5;
        Grid grid = IidmTestGrids.phaseShifterPair(shiftDeg);
        IidmNetwork iidm = GridToIidm.convert(grid);
        LoadFlowResult result = loadFlow(iidm.network(), true);

        assertThat(result.isFullyConverged()).isTrue();
        // both paths x = 0.1: Pline + Ppst = P, Pline = 10 (th1 - th2), Ppst = 10 (th1 - th2 - shift)
        // => Ppst = P / 2 - 5 * shift (p.u., shift in rad): MATPOWER's positive shift delays the from side.
        double loadPu = 0.5;
        double expectedPstMw = (loadPu / 2 - 5 * Math.toRadians(shiftDeg)) * IidmTestGrids.BASE_MVA;
        double pstMw = iidm.network().getTwoWindingsTransformer(iidm.branchId(2)).getTerminal1().getP();
        double lineMw = iidm.network().getLine(iidm.branchId(1)).getTerminal1().getP();
        assertThat(pstMw).isCloseTo(expectedPstMw, within(MW_TOLERANCE));
        assertThat(lineMw).isCloseTo(50 - expectedPstMw, within(MW_TOLERANCE));
    }

    private static LoadFlowResult loadFlow(Network network, boolean dc) {
        LoadFlowParameters parameters = new LoadFlowParameters().setDc(dc).setDistributedSlack(false);
        return new LoadFlow.Runner(new OpenLoadFlowProvider(new SparseMatrixFactory()))
                .run(network, network.getVariantManager().getWorkingVariantId(), LocalComputationManager.getDefault(),
                        parameters, ReportNode.NO_OP);
    }
}

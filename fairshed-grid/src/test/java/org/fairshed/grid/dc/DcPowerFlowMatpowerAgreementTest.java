package org.fairshed.grid.dc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Angles and flows against MATPOWER's rundcpf ({@code ../shared/expected/dcpf-<case>.*.csv}). */
class DcPowerFlowMatpowerAgreementTest {

    private static final double ANGLE_TOLERANCE_DEG = 1e-6;
    private static final double FLOW_TOLERANCE_MW = 1e-3;

    @ParameterizedTest
    @ValueSource(strings = {"case118", "case_ACTIVSg2000"})
    void anglesAndFlowsAgreeWithMatpower(String name) throws IOException {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase(name + ".m"));
        DcPowerFlowResult r = DcPowerFlow.run(grid);

        List<String[]> buses = csv(SharedData.path("expected/dcpf-" + name + ".buses.csv"));
        assertThat(buses).hasSize(grid.buses().size());
        double worstAngle = 0;
        for (String[] row : buses) {
            int i = grid.busIndex(Integer.parseInt(row[0]));
            worstAngle = Math.max(worstAngle, Math.abs(r.anglesDeg()[i] - Double.parseDouble(row[1])));
        }
        assertThat(worstAngle).as("largest angle difference (deg) vs MATPOWER").isLessThan(ANGLE_TOLERANCE_DEG);

        List<String[]> branches = csv(SharedData.path("expected/dcpf-" + name + ".branches.csv"));
        assertThat(branches).hasSize(grid.branches().size());
        double worstFlow = 0;
        for (String[] row : branches) {
            int k = Integer.parseInt(row[0]) - 1;
            assertThat(grid.branches().get(k).from()).isEqualTo(Integer.parseInt(row[1]));
            worstFlow = Math.max(worstFlow, Math.abs(r.flowsMw()[k] - Double.parseDouble(row[3])));
        }
        assertThat(worstFlow).as("largest flow difference (MW) vs MATPOWER").isLessThan(FLOW_TOLERANCE_MW);
    }

    static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    }
}

package org.fairshed.grid.iidm;

import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.ValidationLevel;
import org.fairshed.common.InputException;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.IidmTestGrids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NetworkImportTest {

    @Test
    void readsIeeeCdfFileThroughImporterDiscovery(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ieee14cdf.txt");
        try (InputStream in = NetworkImportTest.class.getResourceAsStream("/ieee14cdf.txt")) {
            assertThat(in).as("IEEE 14 CDF resource of powsybl-ieee-cdf-model").isNotNull();
            Files.copy(in, file);
        }

        Grid grid = NetworkImport.read(file);

        assertThat(grid.buses()).hasSize(14);
        assertThat(grid.generators()).hasSize(5);
        assertThat(grid.branches()).hasSize(20);
    }

    @Test
    void unrecognizedFileFailsNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.foo"), "not a network");

        assertThatThrownBy(() -> NetworkImport.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": no PowSyBl importer recognizes this file");
    }

    @Test
    void missingFileFailsNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("absent.xiidm");

        assertThatThrownBy(() -> NetworkImport.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": network file not found");
        assertThatThrownBy(() -> NetworkImport.readAnyFormat(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a folder, not a network file");
    }

    @Test
    void aFileTheImporterCannotReadIsAnInputErrorNamingItNotAPowsyblStackTrace(@TempDir Path dir) throws IOException {
        Path xiidm = Files.writeString(dir.resolve("broken.xiidm"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iidm:network xmlns:iidm=\"http://www.powsybl.org/schema/iidm/1_12\" id=\"n\" caseDate=\"not a date\"");
        Path cdf = Files.writeString(dir.resolve("broken.txt"), "08/19/93 UW ARCHIVE           100.0  1962 W IEEE 14 Bus Test Case\n"
                + "BUS DATA FOLLOWS                            14 ITEMS\n   1 Bus 1     HV  1  1  3 1.060    0.0      0.0");

        for (Path file : new Path[] {xiidm, cdf}) {
            InputException e = catchThrowableOfType(InputException.class, () -> NetworkImport.read(file));
            assertThat(e).as("InputException for %s", file).isNotNull();
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file + ": ");
        }
    }

    @Test
    void nonFiniteValuesInTheIidmNetworkAreRefusedNamingTheElement() {
        Network network = GridToIidm.convert(IidmTestGrids.twoBus(50, 100)).network();
        network.setMinimumAcceptableValidationLevel(ValidationLevel.EQUIPMENT);
        com.powsybl.iidm.network.Generator g = network.getGenerators().iterator().next();
        g.setTargetP(Double.NaN);

        assertThatThrownBy(() -> IidmToGrid.convert(network, "grid.xiidm"))
                .isInstanceOf(InputException.class)
                .hasMessage("grid.xiidm: generator '" + g.getId() + "' (as converted from IIDM): Pg must be a number, got NaN");
    }
}

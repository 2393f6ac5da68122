package org.fairshed.grid.iidm;

import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void missingFileFailsNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("absent.xiidm");

        assertThatThrownBy(() -> NetworkImport.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }
}

package org.fairshed.plan.scenario;

import org.fairshed.common.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.grid.io.MatpowerWriter;
import org.fairshed.plan.PlanInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the network: the cases folder when given, else the scenario's folder, recursively. */
final class NetworkLocatorTest {

    @TempDir
    Path dir;

    private Path scenarioFile() throws IOException {
        return Files.writeString(dir.resolve("tiny.json"), ScenarioGrids.json(""));
    }

    private void writeCase(Path folder) throws IOException {
        Files.createDirectories(folder);
        MatpowerWriter.write(ScenarioGrids.twoAreas(), folder.resolve("two-areas.m"));
    }

    @Test
    void findsTheNetworkInASubfolderOfTheScenarioFolder() throws IOException {
        writeCase(dir.resolve("cases/deep"));
        Path file = scenarioFile();

        PlanInput input = PlanInputFactory.create(ScenarioReader.read(file), file, null);

        assertThat(input.grid().buses()).hasSize(4);
        assertThat(input.regions().names()).containsExactly("1", "2");
    }

    @Test
    void searchesTheCasesFolderWhenGiven() throws IOException {
        Path cases = dir.resolve("elsewhere");
        writeCase(cases.resolve("matpower"));
        Path file = scenarioFile();

        assertThat(PlanInputFactory.create(ScenarioReader.read(file), file, cases).grid().generators()).hasSize(4);
    }

    /** A cases folder reached through a link (a mounted data folder, a benchmark's folder) is searched like any. */
    @Test
    void searchesACasesFolderThatIsASymbolicLink() throws IOException {
        Path real = dir.resolve("real-cases");
        writeCase(real.resolve("matpower"));
        Path link = Files.createSymbolicLink(dir.resolve("cases-link"), real);
        Path file = scenarioFile();

        assertThat(PlanInputFactory.create(ScenarioReader.read(file), file, link).grid().generators()).hasSize(4);
    }

    @Test
    void notFoundSaysWhereItLooked() throws IOException {
        Path cases = Files.createDirectories(dir.resolve("empty"));
        Path file = scenarioFile();

        assertThatThrownBy(() -> PlanInputFactory.create(ScenarioReader.read(file), file, cases))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": network \"two-areas.m\" was not found: looked for a file named two-areas.m in the"
                        + " cases folder " + cases.toAbsolutePath().normalize() + " and all its subfolders");
    }

    @Test
    void twoFilesOfTheSameNameAreAmbiguous() throws IOException {
        writeCase(dir.resolve("a"));
        writeCase(dir.resolve("b"));
        Path file = scenarioFile();

        assertThatThrownBy(() -> PlanInputFactory.create(ScenarioReader.read(file), file, null))
                .hasMessageStartingWith(file + ": network \"two-areas.m\" is ambiguous: 2 files named two-areas.m");
    }
}

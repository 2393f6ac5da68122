package org.fairshed.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing a grid and reading it back gives the same grid, field by field. */
class MatpowerWriterTest {

    @TempDir
    Path dir;

    static List<SharedCases> cases() {
        return SharedCases.all().toList();
    }

    private static void assertSameGrid(Grid actual, Grid expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.baseMva()).isEqualTo(expected.baseMva());
        assertThat(actual.buses()).containsExactlyElementsOf(expected.buses());
        assertThat(actual.generators()).containsExactlyElementsOf(expected.generators());
        assertThat(actual.branches()).containsExactlyElementsOf(expected.branches());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySharedCaseRoundTripsThroughAFile(SharedCases c) {
        Grid grid = MatpowerReader.read(c.path());
        Path file = dir.resolve(c.file());

        MatpowerWriter.write(grid, file);

        assertSameGrid(MatpowerReader.read(file), grid);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySharedCaseRoundTripsThroughText(SharedCases c) {
        Grid grid = MatpowerReader.read(c.path());

        assertSameGrid(MatpowerReader.read(MatpowerWriter.toString(grid), "x.m"), grid);
    }

    private static Grid awkwardGrid() {
        List<Bus> buses = List.of(
                new Bus(1, BusType.REF, -0.0, 1e-300, 0, 0, 1, 1.0000000000000002, 0, 230, 1, 1.1, 0.9,
                        "O'Brien \"north\"", Double.NaN, Double.NaN),
                new Bus(7, BusType.ISOLATED, 1234567.891, -9999999.999999998, 0.1 + 0.2, 0, 2, 1, -179.99, 0, 3, 1.1, 0.9,
                        null, Double.NaN, Double.NaN));
        List<Generator> generators = List.of(
                new Generator(1, 10, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 100, true, 200, 0,
                        Double.NaN, 12.5, Double.NaN, new GenCost(GenCost.Model.PIECEWISE_LINEAR, 100, 50,
                        new double[] {0, 0, 100, 2000.5, 200, 5000}), "coal", null),
                new Generator(7, 0, 0, 0, 0, 1, 100, false, 50, 0, 1, 2, 3, GenCost.ZERO, null, "ST"));
        List<Branch> branches = List.of(new Branch(1, 7, 0.01, 0.1, 0.02, 0, 0, 0, 0.975, -3, false, -30, 30));
        return new Grid("awkward", 100, buses, generators, branches);
    }

    @Test
    void extremeNumbersQuotesNullNamesMixedCostsAndRampsRoundTrip() {
        Grid grid = awkwardGrid();

        Grid back = MatpowerReader.read(MatpowerWriter.toString(grid), "awkward.m");

        assertThat(back.buses().get(0)).isEqualTo(grid.buses().get(0));
        assertThat(back.buses().get(1).name()).isEmpty();
        assertThat(back.buses().get(1).pdMw()).isEqualTo(1234567.891);
        assertThat(back.generators().get(0).fuel()).isEqualTo("coal");
        assertThat(back.generators().get(0).type()).isEmpty();
        assertThat(back.generators().get(0).rampAgc()).isZero();
        assertThat(back.generators().get(0).ramp10()).isEqualTo(12.5);
        assertThat(back.generators().get(0).cost()).isEqualTo(grid.generators().get(0).cost());
        assertThat(back.generators().get(1).cost()).isEqualTo(GenCost.ZERO);
        assertThat(back.generators().get(1).inService()).isFalse();
        assertThat(back.branches()).containsExactlyElementsOf(grid.branches());
        assertThat(back.buses().get(1).qdMvar()).isEqualTo(-9999999.999999998);
        assertThat(back.buses().get(1).gsMw()).isEqualTo(0.1 + 0.2);
        assertThat(back.buses().get(1).type()).isEqualTo(BusType.ISOLATED);
    }

    @Test
    void writesMatlabSpellingsOfSpecialNumbers() {
        String text = MatpowerWriter.toString(awkwardGrid());

        assertThat(text).startsWith("function mpc = awkward\n").contains("mpc.version = '2';")
                .contains("mpc.baseMVA = 100;").contains("\tInf\t-Inf\t").contains("\t-0\t1e-300\t")
                .contains("'O''Brien \"north\"'").contains("mpc.gentype = {").doesNotContain("Infinity");
    }

    @Test
    void gridsWithoutRampsKeepTenGeneratorColumnsAndNoNameArrays() {
        Grid grid = MatpowerReader.read(TinyCases.TWO_BUS, "tiny.m");

        String text = MatpowerWriter.toString(grid);

        assertThat(text).contains("mpc.gen = [\n\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;\n];")
                .doesNotContain("bus_name").doesNotContain("genfuel");
        assertSameGrid(MatpowerReader.read(text, "tiny.m"), grid);
    }

    @Test
    void replacesAnExistingFileAndNamesTheFunctionAfterIt() throws IOException {
        Path file = dir.resolve("my-case.m");
        Files.writeString(file, "old content");

        MatpowerWriter.write(MatpowerReader.read(TinyCases.TWO_BUS, "tiny.m"), file);

        assertThat(Files.readString(file)).startsWith("function mpc = my_case\n");
        assertThat(MatpowerReader.read(file).name()).isEqualTo("my-case");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failureToWriteNamesThePathAndLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("missing-folder").resolve("case.m");

        assertThatThrownBy(() -> MatpowerWriter.write(awkwardGrid(), file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}

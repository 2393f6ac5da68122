package org.fairshed.grid.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared MATPOWER and PGLib case reads with the right counts and values. */
class MatpowerReaderSharedCasesTest {

    static List<SharedCases> cases() {
        return SharedCases.all().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEveryCaseWithTheCountsOfItsFile(SharedCases c) {
        Grid grid = MatpowerReader.read(c.path());

        assertThat(grid.name()).isEqualTo(c.gridName());
        assertThat(grid.baseMva()).isEqualTo(100.0);
        assertThat(grid.buses()).hasSize(c.buses());
        assertThat(grid.generators()).hasSize(c.generators());
        assertThat(grid.branches()).hasSize(c.branches());
        assertThat(grid.buses()).allMatch(b -> Double.isNaN(b.x()) && Double.isNaN(b.y()));
    }

    /** Reads bus and branch matrices with split + parseDouble and compares every number bit for bit. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void numbersEqualJavasOwnParsingBitForBit(SharedCases c) throws IOException {
        List<String> lines = Files.readAllLines(c.path());
        Grid grid = MatpowerReader.read(c.path());

        List<double[]> busRows = naiveMatrix(lines, "mpc.bus");
        for (int i = 0; i < busRows.size(); i++) {
            double[] row = busRows.get(i);
            Bus b = grid.buses().get(i);
            assertThat(new double[] {b.number(), b.type().code(), b.pdMw(), b.qdMvar(), b.gsMw(), b.bsMvar(),
                    b.area(), b.vmPu(), b.vaDeg(), b.baseKv(), b.zone(), b.vmaxPu(), b.vminPu()})
                    .as("bus row %d", i + 1).containsExactly(Arrays.copyOf(row, 13));
        }
        List<double[]> branchRows = naiveMatrix(lines, "mpc.branch");
        for (int i = 0; i < branchRows.size(); i++) {
            Branch br = grid.branches().get(i);
            assertThat(new double[] {br.from(), br.to(), br.r(), br.x(), br.b(), br.rateA(), br.rateB(), br.rateC(),
                    br.tap(), br.shiftDeg(), br.angMinDeg(), br.angMaxDeg()})
                    .as("branch row %d", i + 1).containsExactly(pick(branchRows.get(i)));
        }
    }

    private static double[] pick(double[] row) {
        return new double[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
            row[11], row[12]};
    }

    private static List<double[]> naiveMatrix(List<String> lines, String field) {
        List<double[]> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            String code = line.replaceAll("%.*", "").trim();
            if (code.startsWith(field + " = [")) {
                inside = true;
            } else if (inside && code.startsWith("]")) {
                return rows;
            } else if (inside && !code.isEmpty()) {
                String[] parts = code.replace(";", "").trim().split("\\s+");
                double[] row = new double[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    row[k] = Double.parseDouble(parts[k].replace("Inf", "Infinity"));
                }
                rows.add(row);
            }
        }
        throw new AssertionError(field + " not found");
    }

    @Test
    void case14FirstAndLastRowsAndCost() {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase("case14.m"));

        assertThat(grid.buses().get(0)).isEqualTo(new Bus(1, BusType.REF, 0, 0, 0, 0, 1, 1.06, 0, 0, 1, 1.06, 0.94,
                "Bus 1     HV", Double.NaN, Double.NaN));
        assertThat(grid.bus(14).name()).isEqualTo("Bus 14    LV");
        assertThat(grid.bus(9).bsMvar()).isEqualTo(19.0);
        assertThat(grid.branch(20)).isEqualTo(new Branch(13, 14, 0.17093, 0.34802, 0, 0, 0, 0, 0, 0, true, -360, 360));
        Generator first = grid.generator(1);
        assertThat(first.bus()).isEqualTo(1);
        assertThat(first.pmaxMw()).isEqualTo(332.4);
        assertThat(first.rampAgc()).isZero();
        assertThat(first.cost()).isEqualTo(new GenCost(GenCost.Model.POLYNOMIAL, 0, 0,
                new double[] {0.0430292599, 20, 0}));
    }

    @Test
    void pegaseKeepsInfiniteReactiveLimitsAndNegativeZero() {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase("case1354pegase.m"));

        Generator g = grid.generators().stream().filter(x -> x.bus() == 4231).findFirst().orElseThrow();
        assertThat(g.qmaxMvar()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(g.qminMvar()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(g.pminMw()).isEqualTo(1333.33);
        Bus last = grid.buses().get(grid.buses().size() - 1);
        assertThat(last.number()).isEqualTo(9241);
        assertThat(Double.doubleToRawLongBits(last.qdMvar())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(grid.branch(1991)).isEqualTo(new Branch(2919, 4215, 0.000334, 0.026814, 0, 591, 0, 0, 0.93617, 0,
                true, -360, 360));
    }

    @Test
    void activsg2000HasNamesFuelsTypesAndOutOfServiceUnits() {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase("case_ACTIVSg2000.m"));

        assertThat(grid.buses().get(0).name()).isEqualTo("ODESSA 2 0");
        assertThat(grid.buses().get(1999).name()).isEqualTo("BRYAN 1 2");
        assertThat(grid.buses()).allMatch(b -> b.name() != null);
        assertThat(grid.generator(1).fuel()).isEqualTo("wind");
        assertThat(grid.generator(1).type()).isEqualTo("W2");
        assertThat(grid.generators()).allMatch(g -> g.fuel() != null && g.type() != null);
        assertThat(grid.generators().stream().filter(g -> !g.inService()).count()).isEqualTo(112);
        assertThat(grid.generator(1).mbaseMva()).isEqualTo(253.2);
        assertThat(grid.bus(1001).vmPu()).isEqualTo(0.9839336);
    }

    @Test
    void case9241pegaseLastRows() {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase("case9241pegase.m"));

        assertThat(grid.buses()).hasSize(9241);
        assertThat(grid.branch(16049)).isEqualTo(new Branch(8110, 8441, 0, 0.070313, 0, 0, 0, 0, 0.95, 0, true,
                -360, 360));
        assertThat(grid.generators().stream().filter(g -> Double.isInfinite(g.qmaxMvar())).count()).isEqualTo(7);
    }

    @Test
    void pglibTenColumnGeneratorsHaveNoRampsAndCommentsAfterRowsAreIgnored() {
        Grid grid = MatpowerReader.read(SharedData.pglibCase("pglib_opf_case118_ieee.m"));

        Generator g = grid.generator(1);
        assertThat(g.rampAgc()).isNaN();
        assertThat(g.ramp10()).isNaN();
        assertThat(g.ramp30()).isNaN();
        assertThat(g.qgMvar()).isEqualTo(5.0);
        assertThat(grid.bus(1).pdMw()).isEqualTo(51.0);
        assertThat(grid.branch(1).angMinDeg()).isEqualTo(-30.0);
        assertThat(grid.generators()).allMatch(x -> x.cost().model() == GenCost.Model.POLYNOMIAL && x.cost().n() == 3);
    }

    @Test
    void readsFromAPathGivenRelativeToTheWorkingDirectory() {
        Path absolute = SharedData.matpowerCase("case30.m");
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);

        assertThat(MatpowerReader.read(relative).buses()).hasSize(30);
    }
}

package org.fairshed.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairshed.grid.io.TinyCases.TWO_BUS;

import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.Test;

/** Each quirk of the MATPOWER/MATLAB syntax, on a tiny inline case. */
class MatpowerReaderFormatTest {

    private static final String BUS_ROW_1 = "\t1\t3\t0\t0\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;";
    private static final String BUS_ROW_2 = "\t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;";

    private static Grid read(String text) {
        return MatpowerReader.read(text, "tiny.m");
    }

    @Test
    void readsTheTwoBusCase() {
        Grid grid = read(TWO_BUS);

        assertThat(grid.name()).isEqualTo("tiny");
        assertThat(grid.baseMva()).isEqualTo(100);
        assertThat(grid.buses()).extracting(b -> b.number()).containsExactly(1, 2);
        assertThat(grid.bus(2).pdMw()).isEqualTo(50);
        assertThat(grid.bus(1).type()).isEqualTo(BusType.REF);
        assertThat(grid.generator(1).pmaxMw()).isEqualTo(200);
        assertThat(grid.generator(1).cost()).isEqualTo(new GenCost(GenCost.Model.POLYNOMIAL, 0, 0,
                new double[] {0.01, 20, 0}));
        assertThat(grid.branch(1)).isEqualTo(new Branch(1, 2, 0.01, 0.1, 0, 100, 100, 100, 0, 0, true, -360, 360));
    }

    @Test
    void commentsAfterRowsBetweenRowsAndBlankLinesAreIgnored() {
        String text = TWO_BUS.replace(BUS_ROW_1, "  % the slack bus comes first\n\n" + BUS_ROW_1 + " % slack; really\n\n")
                .replace(BUS_ROW_2, "\t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9% no space before\n\t%\t4 5 6\n");

        Grid grid = read(text);

        assertThat(grid.buses()).hasSize(2);
        assertThat(grid.bus(2).vminPu()).isEqualTo(0.9);
    }

    @Test
    void continuationJoinsLinesOfOneRow() {
        String text = TWO_BUS.replace(BUS_ROW_2, "\t2\t1\t50\t10 ... Pd and Qd\n\t0\t0\t1\t1 ...\n\t0\t230\t1\t1.1\t0.9;");

        Grid grid = read(text);

        assertThat(grid.buses()).hasSize(2);
        assertThat(grid.bus(2).baseKv()).isEqualTo(230);
        assertThat(grid.bus(2).vminPu()).isEqualTo(0.9);
    }

    @Test
    void singleLineMatrixWithCommasAndRowsWithoutSemicolons() {
        String text = TWO_BUS.replace("mpc.bus = [\n" + BUS_ROW_1 + "\n" + BUS_ROW_2 + "\n];",
                        "mpc.bus = [1, 3, 0, 0, 0, 0, 1, 1, 0, 230, 1, 1.1, 0.9; 2 1 50 10 0 0 1 1 0 230 1 1.1 0.9];")
                .replace("\t2\t0\t0\t3\t0.01\t20\t0;", "\t2\t0\t0\t3\t0.01\t20\t0");

        Grid grid = read(text);

        assertThat(grid.buses()).hasSize(2);
        assertThat(grid.bus(2).qdMvar()).isEqualTo(10);
        assertThat(grid.generator(1).cost().polyCoefficient(1)).isEqualTo(20);
    }

    @Test
    void infAndAllNumberForms() {
        // NaN is a number form too, but no column takes it (MatpowerReaderErrorTest)
        String text = TWO_BUS.replace("\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;",
                "\t1\t.5\t5.\tInf\t-Inf\t1E+0\t1e2\t1\t+2.5e-3\t-0.25e-2;");

        Generator g = read(text).generator(1);

        assertThat(g.pgMw()).isEqualTo(0.5);
        assertThat(g.qgMvar()).isEqualTo(5.0);
        assertThat(g.qmaxMvar()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(g.qminMvar()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(g.vgPu()).isEqualTo(1.0);
        assertThat(g.mbaseMva()).isEqualTo(100.0);
        assertThat(g.pmaxMw()).isEqualTo(0.0025);
        assertThat(g.pminMw()).isEqualTo(-0.0025);
    }

    @Test
    void namesWithQuotesAndCellArraysOfFuelAndType() {
        String text = TWO_BUS + """
                mpc.bus_name = {
                \t'O''Brien 230';  % an escaped quote
                \t\"Bus \"\"2\"\"\";
                };
                mpc.genfuel = { 'coal' };
                mpc.gentype = {'ST'};
                """;

        Grid grid = read(text);

        assertThat(grid.bus(1).name()).isEqualTo("O'Brien 230");
        assertThat(grid.bus(2).name()).isEqualTo("Bus \"2\"");
        assertThat(grid.generator(1).fuel()).isEqualTo("coal");
        assertThat(grid.generator(1).type()).isEqualTo("ST");
    }

    @Test
    void reactiveCostRowsAreIgnored() {
        String text = TWO_BUS.replace("\t2\t0\t0\t3\t0.01\t20\t0;", "\t2\t0\t0\t3\t0.01\t20\t0;\n\t2\t0\t0\t2\t7\t0\t0;");

        assertThat(read(text).generator(1).cost().coefficients()).containsExactly(0.01, 20, 0);
    }

    @Test
    void piecewiseLinearCostAndPaddedRows() {
        String text = TWO_BUS.replace("\t2\t0\t0\t3\t0.01\t20\t0;", "\t1\t10\t5\t3\t0\t0\t100\t2000\t200\t5000\t0\t0;");

        GenCost cost = read(text).generator(1).cost();

        assertThat(cost.model()).isEqualTo(GenCost.Model.PIECEWISE_LINEAR);
        assertThat(cost.startup()).isEqualTo(10);
        assertThat(cost.shutdown()).isEqualTo(5);
        assertThat(cost.coefficients()).containsExactly(0, 0, 100, 2000, 200, 5000);
        assertThat(cost.evaluate(150)).isEqualTo(3500);
    }

    @Test
    void missingGencostMeansZeroCost() {
        String text = TWO_BUS.substring(0, TWO_BUS.indexOf("mpc.gencost"));

        assertThat(read(text).generator(1).cost()).isEqualTo(GenCost.ZERO);
    }

    @Test
    void otherFieldsStructsAndStatementsAreSkipped() {
        String text = TWO_BUS.replace("mpc.baseMVA = 100;", """
                mpc.baseMVA = 100;
                mpc.areas = [
                \t1\t1;   % area 1, price ref bus 1
                ];
                mpc.dcline = [1 2 1 10 10; ...
                   2 1 1 10 10];
                mpc.reserves.zones = [1 1];
                mpc.note = 'brackets ] [ { in a string'; mpc.x = x';
                mpc.bus_info = { 'a', 1; 'b', [2 3] };
                mpc.s = struct('a', {1, 2}, 'b', '(');
                if isempty(mpc.areas), disp('no areas'); end
                x = 3
                """);

        Grid grid = read(text);

        assertThat(grid.buses()).hasSize(2);
        assertThat(grid.branches()).hasSize(1);
    }

    @Test
    void isolatedBusesAndOutOfServiceElements() {
        String text = TWO_BUS.replace(BUS_ROW_2, "\t2\t4\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;")
                .replace("\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;", "\t1\t0\t0\t100\t-100\t1\t100\t0\t200\t0;")
                .replace("1\t-360\t360;", "0\t-360\t360;");

        Grid grid = read(text);

        assertThat(grid.bus(2).type()).isEqualTo(BusType.ISOLATED);
        assertThat(grid.generator(1).inService()).isFalse();
        assertThat(grid.branch(1).inService()).isFalse();
    }

    @Test
    void optionalColumnsOfEachMatrix() {
        String text = TWO_BUS
                .replace(BUS_ROW_2, BUS_ROW_2.replace(";", "\t1\t2\t3\t4;"))
                .replace("\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;",
                        "\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0\t0\t0\t0\t0\t0\t0\t5\t50\t150\t0\t0;\n"
                                + "\t2\t0\t0\t100\t-100\t1\t100\t1\t200\t0\t0\t0\t0\t0\t0\t0\t1\t2\t3\t0\t0\t9\t9\t9\t9;")
                .replace("\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-360\t360;",
                        "\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1;\n"
                                + "\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0.98\t3\t1\t-30\t30\t1\t2\t3\t4;\n"
                                + "\t2\t1\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-60\t60\t1\t2\t3\t4\t5\t6\t7\t8;")
                .replace("\t2\t0\t0\t3\t0.01\t20\t0;", "\t2\t0\t0\t3\t0.01\t20\t0;\n\t2\t0\t0\t1\t0;");

        Grid grid = read(text);

        assertThat(grid.bus(2).vminPu()).isEqualTo(0.9);
        assertThat(List.of(grid.generator(1).rampAgc(), grid.generator(1).ramp10(), grid.generator(1).ramp30()))
                .containsExactly(5.0, 50.0, 150.0);
        assertThat(grid.generator(2).ramp30()).isEqualTo(3.0);
        assertThat(grid.branch(1).angMinDeg()).isEqualTo(-360);
        assertThat(grid.branch(1).angMaxDeg()).isEqualTo(360);
        assertThat(grid.branch(2).ratio()).isEqualTo(0.98);
        assertThat(grid.branch(2).angMaxDeg()).isEqualTo(30);
        assertThat(grid.branch(3).angMinDeg()).isEqualTo(-60);
    }

    @Test
    void gridNameComesFromTheFunctionElseFromTheSourceName() {
        assertThat(MatpowerReader.read(TWO_BUS.replace("function mpc = tiny", "function [mpc] = other()"),
                "dir/x.m").name()).isEqualTo("other");
        assertThat(MatpowerReader.read(TWO_BUS.replace("function mpc = tiny", ""), "dir/sub/mycase.m").name())
                .isEqualTo("mycase");
    }

    @Test
    void anotherOutputVariableWindowsLineEndsAndNoTrailingNewline() {
        String text = TWO_BUS.replace("function mpc = tiny", "function s = tiny").replace("mpc.", "s.")
                .replace("\n", "\r\n").strip();

        Grid grid = read(text);

        assertThat(grid.buses()).hasSize(2);
        assertThat(grid.bus(2).vminPu()).isEqualTo(0.9);
    }

    @Test
    void emptyGeneratorMatrix() {
        String text = TWO_BUS.replace("\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;\n", "")
                .replace("\t2\t0\t0\t3\t0.01\t20\t0;\n", "");

        assertThat(read(text).generators()).isEmpty();
    }
}

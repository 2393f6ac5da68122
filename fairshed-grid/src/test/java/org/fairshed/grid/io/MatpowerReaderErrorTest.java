package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fairshed.grid.io.TinyCases.TWO_BUS;
import static org.fairshed.grid.io.TinyCases.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: the message names the file, the line and what was expected. */
class MatpowerReaderErrorTest {

    private static final String GEN_ROW = "\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;";
    private static final String BRANCH_ROW = "\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-360\t360;";
    private static final String COST_ROW = "\t2\t0\t0\t3\t0.01\t20\t0;";
    private static final String BUS_ROW_2 = "\t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;";

    private static InputException failure(String text) {
        return catchThrowableOfType(InputException.class, () -> MatpowerReader.read(text, "case5.m"));
    }

    /** Asserts the exception's line, and that the message is "case5.m:line: ..." containing each expectation. */
    private static void assertFailure(String text, int line, String... expectations) {
        InputException e = failure(text);
        assertThat(e).as("no exception for the bad input").isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.source()).isEqualTo("case5.m");
        assertThat(e.getMessage()).startsWith(line > 0 ? "case5.m:" + line + ": " : "case5.m: ").contains(expectations);
    }

    @Test
    void branchRowOfWrongWidth() {
        String text = TWO_BUS.replace(BRANCH_ROW, BRANCH_ROW + "\n" + BRANCH_ROW + "\n\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0;");

        assertFailure(text, lineOf(text, "\t100\t0;"), "mpc.branch row 3 has 9 columns; expected 11, 13, 17 or 21");
    }

    @Test
    void busRowOfWrongWidth() {
        String text = TWO_BUS.replace(BUS_ROW_2, "\t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1;");

        assertFailure(text, lineOf(text, "\t2\t1\t50"), "mpc.bus row 2 has 12 columns; expected 13 or 17");
    }

    @Test
    void somethingThatIsNotANumber() {
        String text = TWO_BUS.replace(GEN_ROW, "\t1\t0\tabc\t100\t-100\t1\t100\t1\t200\t0;");

        assertFailure(text, lineOf(text, "abc"), "mpc.gen row 1", "expected a number, got 'abc'");
    }

    @Test
    void numberWithTrailingGarbage() {
        String text = TWO_BUS.replace(GEN_ROW, "\t1\t0\t0\t100\t-100\t1\t100\t1\t200x\t0;");

        assertFailure(text, lineOf(text, "200x"), "expected a number, got '200x'");
    }

    @Test
    void branchNamingAnUnknownBus() {
        String text = TWO_BUS.replace(BRANCH_ROW, BRANCH_ROW + "\n\t1\t99\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-360\t360;");

        assertFailure(text, lineOf(text, "\t1\t99\t"), "branch 2 names bus 99, which no bus row defines");
    }

    @Test
    void generatorNamingAnUnknownBus() {
        String text = TWO_BUS.replace(GEN_ROW, "\t7\t0\t0\t100\t-100\t1\t100\t1\t200\t0;");

        assertFailure(text, lineOf(text, "\t7\t0\t0"), "generator 1 names bus 7, which no bus row defines");
    }

    @Test
    void repeatedBusNumber() {
        String text = TWO_BUS.replace(BUS_ROW_2, BUS_ROW_2.replace("\t2\t1\t50", "\t1\t1\t50"));

        assertFailure(text, lineOf(text, "\t1\t1\t50"), "mpc.bus row 2 repeats bus number 1 of row 1");
    }

    @Test
    void missingBusMatrix() {
        String text = TWO_BUS.replace("mpc.bus = [", "mpc.buses = [");

        assertFailure(text, 0, "mpc.bus is missing (the bus matrix");
    }

    @Test
    void missingBaseMva() {
        String text = TWO_BUS.replace("mpc.baseMVA = 100;\n", "");

        assertFailure(text, 0, "mpc.baseMVA is missing");
    }

    @Test
    void baseMvaThatIsNotPositive() {
        String text = TWO_BUS.replace("mpc.baseMVA = 100;", "mpc.baseMVA = -5;");

        assertFailure(text, lineOf(text, "baseMVA"), "mpc.baseMVA must be positive and at most 100000 MVA, got -5");
    }

    @Test
    void baseMvaThatIsNotANumber() {
        String text = TWO_BUS.replace("mpc.baseMVA = 100;", "mpc.baseMVA = hundred;");

        assertFailure(text, lineOf(text, "baseMVA"), "mpc.baseMVA: expected a number, got 'hundred'");
    }

    @Test
    void matrixNotClosedBeforeTheEndOfTheFile() {
        String text = TWO_BUS.substring(0, TWO_BUS.lastIndexOf("];"));

        assertFailure(text, lineOf(text, "mpc.gencost = ["),
                "mpc.gencost: '[' opened on line " + lineOf(text, "mpc.gencost = [") + " is not closed with ']'",
                "the end of the file");
    }

    @Test
    void matrixNotClosedBeforeTheNextField() {
        String text = TWO_BUS.replace(GEN_ROW + "\n];", GEN_ROW);

        assertFailure(text, lineOf(text, "mpc.gen = ["), "mpc.gen: '[' opened on line", "is not closed with ']'",
                "before 'mpc.branch' on line " + lineOf(text, "mpc.branch"));
    }

    @Test
    void gencostWithTheWrongNumberOfRows() {
        String text = TWO_BUS.replace(COST_ROW, COST_ROW + "\n" + COST_ROW + "\n" + COST_ROW);

        assertFailure(text, lineOf(text, "mpc.gencost"), "mpc.gencost has 3 rows; expected one per generator (1) "
                + "or two per generator (2");
    }

    @Test
    void ncostInconsistentWithTheRowWidth() {
        String text = TWO_BUS.replace(COST_ROW, "\t2\t0\t0\t4\t0.01\t20\t0;");

        assertFailure(text, lineOf(text, "\t2\t0\t0\t4"), "mpc.gencost row 1 has NCOST 4, which needs 4 coefficients",
                "expected at least 8");
    }

    @Test
    void unknownCostModel() {
        String text = TWO_BUS.replace(COST_ROW, "\t3\t0\t0\t3\t0.01\t20\t0;");

        assertFailure(text, lineOf(text, "\t3\t0\t0\t3"), "MODEL must be 1 (piecewise linear) or 2 (polynomial), got 3");
    }

    @Test
    void unknownBusType() {
        String text = TWO_BUS.replace(BUS_ROW_2, BUS_ROW_2.replace("\t2\t1\t50", "\t2\t5\t50"));

        assertFailure(text, lineOf(text, "\t2\t5\t50"), "mpc.bus row 2: BUS_TYPE (column 2) must be a whole number from 1 to 4, got 5");
    }

    @Test
    void fractionalBusNumber() {
        String text = TWO_BUS.replace(BUS_ROW_2, BUS_ROW_2.replace("\t2\t1\t50", "\t2.5\t1\t50"));

        assertFailure(text, lineOf(text, "\t2.5\t"), "mpc.bus row 2: BUS_I (column 1) must be a whole number from 1 to 2147483647, got 2.5");
    }

    @Test
    void busNamesOfTheWrongCount() {
        String text = TWO_BUS + "mpc.bus_name = {\n\t'only one';\n};\n";

        assertFailure(text, lineOf(text, "mpc.bus_name"), "mpc.bus_name has 1 entries; expected one per bus row (2)");
    }

    @Test
    void unterminatedStringInNames() {
        String text = TWO_BUS + "mpc.bus_name = {\n\t'one';\n\t'two;\n};\n";

        assertFailure(text, lineOf(text, "'two"), "string opened with ' is not closed on the same line");
    }

    @Test
    void numberWhereANameIsExpected() {
        String text = TWO_BUS + "mpc.genfuel = { 'coal'; 7 };\n";

        assertFailure(text, lineOf(text, "genfuel"), "mpc.genfuel entry 2: expected a string in quotes, got '7'");
    }

    @Test
    void unsupportedVersion() {
        String text = TWO_BUS.replace("mpc.version = '2';", "mpc.version = '1';");

        assertFailure(text, lineOf(text, "mpc.version"), "mpc.version is '1'; only MATPOWER case format version 2");
    }

    @Test
    void somethingAfterAMatrix() {
        String text = TWO_BUS.replace(GEN_ROW + "\n];", GEN_ROW + "\n]';");

        assertFailure(text, lineOf(text, "]';"), "mpc.gen: expected ';' or the end of the line after the value, got '''");
    }

    @Test
    void busMatrixThatIsNotAMatrix() {
        String text = TWO_BUS.replace("mpc.bus = [", "mpc.bus = load('buses.txt');\nmpc.xbus = [");

        assertFailure(text, lineOf(text, "load("), "mpc.bus: expected a matrix in [ ], got 'load('buses.txt')'");
    }

    @Test
    void unclosedBracketInASkippedField() {
        String text = TWO_BUS + "mpc.areas = [\n\t1\t1;\n";

        assertFailure(text, lineOf(text, "mpc.areas"), "'[' opened on line", "the end of the file");
    }

    @Test
    void missingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.m");

        assertThatThrownBy(() -> MatpowerReader.read(missing))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": MATPOWER case file not found");
    }

    @Test
    void errorsFromAFileNameThePathAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case5.m");
        Files.writeString(file, TWO_BUS.replace("mpc.baseMVA = 100;\n", ""));

        assertThatThrownBy(() -> MatpowerReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": mpc.baseMVA is missing (the system MVA base, e.g. mpc.baseMVA = 100;)");
    }
}

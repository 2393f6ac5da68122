package org.fairshed.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fairshed.grid.io.TinyCases.TWO_BUS;
import static org.fairshed.grid.io.TinyCases.lineOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per class of value that is not a number in its physical range: each is refused once, where it is read,
 * with the line, the column and what was expected; what MATPOWER allows stays accepted.
 */
class MatpowerReaderRangeTest {

    static final String BUS_ROW_2 = "\t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;";
    static final String GEN_ROW = "\t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;";
    static final String BRANCH_ROW = "\t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-360\t360;";
    static final String COST_ROW = "\t2\t0\t0\t3\t0.01\t20\t0;";

    /** {@code row} with its 1-based {@code column} replaced by {@code value}. */
    static String withColumn(String row, int column, String value) {
        String[] cells = row.substring(1, row.length() - 1).split("\t", -1);
        cells[column - 1] = value;
        return "\t" + String.join("\t", cells) + ";";
    }

    private static InputException failure(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> MatpowerReader.read(text, "case5.m"));
        assertThat(e).as("no InputException for the bad value").isNotNull();
        return e;
    }

    /** The text with {@code row} changed is refused at that row's line, the message containing each expectation. */
    private static void assertRefused(String row, String changed, String... expectations) {
        String text = TWO_BUS.replace(row, changed);
        InputException e = failure(text);
        assertThat(e.line()).isEqualTo(lineOf(text, changed));
        assertThat(e.getMessage()).startsWith("case5.m:" + e.line() + ": ").contains(expectations);
    }

    @ParameterizedTest(name = "bus column {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "3|NaN|PD (column 3): Pd must be a number, got NaN",
        "3|Inf|PD (column 3): Pd must be between -10000000 and 10000000 MW, got Inf",
        "4|-Inf|QD (column 4): Qd must be between",
        "3|1e100|PD (column 3): Pd must be between -10000000 and 10000000 MW, got 1.0e100",
        "5|NaN|GS (column 5)",
        "8|-1|VM (column 8): Vm must be between 0 and 10 p.u., got -1",
        "9|Inf|VA (column 9)",
        "10|-230|BASE_KV (column 10)",
        "13|1.2|VMIN (column 13): Vmin 1.2 p.u. is above Vmax 1.1 p.u.",
        "14|NaN|LAM_P (column 14) must be a number, got NaN",
    })
    void busValueOutOfRange(int column, String value, String expected) {
        String row = column > 13 ? BUS_ROW_2.replace(";", "\t0\t0\t0\t0;") : BUS_ROW_2;
        assertRefused(BUS_ROW_2, withColumn(row, column, value), "mpc.bus row 2: " + expected);
    }

    @ParameterizedTest(name = "gen column {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "9|-340|PMAX (column 9): Pmax must be between 0 and 10000000 MW, got -340",
        "9|Inf|PMAX (column 9): Pmax must be between 0 and 10000000 MW, got Inf",
        "9|NaN|PMAX (column 9): Pmax must be a number, got NaN",
        "10|250|PMIN (column 10): Pmin 250 MW is above Pmax 200 MW",
        "2|NaN|PG (column 2)",
        "4|-Inf|QMAX (column 4): Qmax must be at least -10000000 MVAr (or Inf), got -Inf",
        "5|200|QMIN (column 5): Qmin 200 MVAr is above Qmax 100 MVAr",
        "6|-1|VG (column 6)",
        "8|2|GEN_STATUS (column 8) must be 0 (out of service) or 1 (in service), got 2",
        "8|-1|GEN_STATUS (column 8) must be 0 (out of service) or 1 (in service), got -1",
        "1|4294967297|GEN_BUS (column 1) must be a whole number from 1 to 2147483647, got 4294967297",
        "1|-4294967295|GEN_BUS (column 1) must be a whole number from 1 to 2147483647, got -4294967295",
    })
    void generatorValueOutOfRange(int column, String value, String expected) {
        assertRefused(GEN_ROW, withColumn(GEN_ROW, column, value), "mpc.gen row 1: " + expected);
    }

    @ParameterizedTest(name = "branch column {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "4|NaN|BR_X (column 4): x must be a number, got NaN",
        "4|Inf|BR_X (column 4)",
        "3|-Inf|BR_R (column 3)",
        "6|-472|RATE_A (column 6): RATE_A must be between 0 and 10000000 MVA (0 for no limit), got -472",
        "6|-Inf|RATE_A (column 6)",
        "7|NaN|RATE_B (column 7)",
        "9|-0.95|TAP (column 9): the tap ratio (0 for a line) must be between 0.01 and 100, got -0.95",
        "10|400|SHIFT (column 10)",
        "11|2|BR_STATUS (column 11) must be 0 (out of service) or 1 (in service), got 2",
        "12|Inf|ANGMIN (column 12): ANGMIN must be at most 3600 degrees (or -Inf), got Inf",
        "13|NaN|ANGMAX (column 13)",
        "12|30|ANGMIN (column 12): ANGMIN 30 degrees is above ANGMAX -30 degrees",
        "2|4294967298|T_BUS (column 2) must be a whole number from 1 to 2147483647, got 4294967298",
    })
    void branchValueOutOfRange(int column, String value, String expected) {
        String row = column == 12 && value.equals("30") ? withColumn(BRANCH_ROW, 13, "-30") : BRANCH_ROW;
        assertRefused(BRANCH_ROW, withColumn(row, column, value), "mpc.branch row 1: " + expected);
    }

    @Test
    void wrappedBusNumberIsRefusedNotReadAsAnotherBus() {
        // 2^32 + 2 would wrap to bus 2 if narrowed to an int first
        assertRefused(BUS_ROW_2, withColumn(BUS_ROW_2, 1, "4294967298"),
                "mpc.bus row 2: BUS_I (column 1) must be a whole number from 1 to 2147483647, got 4294967298");
        assertRefused(BUS_ROW_2, withColumn(BUS_ROW_2, 7, "4294967297"), "BUS_AREA (column 7)");
        assertRefused(BUS_ROW_2, withColumn(BUS_ROW_2, 11, "-1"), "ZONE (column 11)");
        assertRefused(BUS_ROW_2, withColumn(BUS_ROW_2, 2, "0"), "BUS_TYPE (column 2) must be a whole number from 1 to 4, got 0");
    }

    @ParameterizedTest(name = "gencost {1}")
    @CsvSource(delimiter = '|', value = {
        "\t2\t0\t0\t3\tNaN\t20\t0;|column 5 must be a finite number, got NaN",
        "\t2\tInf\t0\t3\t0.01\t20\t0;|column 2 must be a finite number, got Inf",
        "\t2\t0\t0\t3\t1e12\t20\t0;|cost coefficient 1 (1000000000000 of P^2) gives 4.0e16 USD/h at 200 MW",
        "\t2\t0\t0\t2147483647\t0.01\t20\t0;|NCOST 2147483647, which needs 2147483647 coefficients",
        "\t1\t0\t0\t2147483647\t0\t0\t100\t2000;|NCOST 2147483647, which needs 4294967294 numbers",
        "\t1\t0\t0\t3\t0\t0\t100\t2000\t50\t3000;|cost point 3 is at 50 MW, not beyond point 2 at 100 MW",
        "\t1\t0\t0\t2\t0\t0\t0\t2000;|cost point 2 is at 0 MW, not beyond point 1 at 0 MW",
        "\t1\t0\t0\t2\t0\t0\t1e-6\t2000;|cost segment 1 (points 1 to 2) rises by 2000000000 USD/MWh; at most 1000000 USD/MWh",
        "\t1\t0\t0\t1\t0\t0;|a piecewise-linear cost needs NCOST of at least 2 points, got 1",
        "\t2\t0\t0\t1.5\t0.01\t20\t0;|NCOST (column 4) must be a whole number from 1 to 2147483647, got 1.5",
    })
    void costOutOfRange(String row, String expected) {
        assertRefused(COST_ROW, row, "mpc.gencost row 1", expected);
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsNotReadAsInf() {
        assertRefused(GEN_ROW, withColumn(GEN_ROW, 4, "1e400"), "mpc.gen row 1", "the number 1e400 is beyond the range of a double");
    }

    @ParameterizedTest(name = "baseMVA = {0}")
    @CsvSource(delimiter = '|', value = {"0|0", "NaN|NaN", "Inf|Inf", "-100|-100", "1e9|1000000000"})
    void baseMvaOutOfRange(String value, String shown) {
        String text = TWO_BUS.replace("mpc.baseMVA = 100;", "mpc.baseMVA = " + value + ";");
        InputException e = failure(text);
        assertThat(e.line()).isEqualTo(lineOf(text, "baseMVA"));
        assertThat(e.getMessage()).contains("mpc.baseMVA must be ").contains("got " + shown);
    }

    @Test
    void aFieldAssignedTwiceIsRefusedNamingBothLines() {
        String text = TWO_BUS + "mpc.gen = [\n" + GEN_ROW + "\n];\n";
        InputException e = failure(text);
        long second = TWO_BUS.lines().count() + 1;
        assertThat(e.line()).isEqualTo(second);
        assertThat(e.getMessage()).contains("mpc.gen is assigned twice (lines " + lineOf(text, "mpc.gen = [") + " and "
                + second + ")");
    }

    @Test
    void aTableLongerThanItsLimitIsRefusedAtTheFirstRowTooMany() {
        NumericTable t = new NumericTable("case5.m", "mpc.bus", 4, 2);
        t.add(1, 5);
        t.endRow();
        t.add(2, 6);
        t.endRow();
        InputException e = catchThrowableOfType(InputException.class, () -> t.add(3, 7));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("mpc.bus has more than 2 rows");
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.m");
        Files.write(file, TWO_BUS.replace("%TINY  two buses", "%TINY  deux barres \u00e0").getBytes(StandardCharsets.ISO_8859_1));
        InputException e = catchThrowableOfType(InputException.class, () -> MatpowerReader.read(file));
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("is not UTF-8");
    }

    @Test
    void whatMatpowerAllowsIsAccepted() {
        // negative reactance (series capacitor), x = 0 (AC data), negative Pd (embedded generation), negative Pmin
        // (storage), infinite Q limits, Inf rating (no limit, as 0), -Inf/Inf angle limits, area 0
        Grid g = MatpowerReader.read(TWO_BUS
                .replace(BRANCH_ROW, BRANCH_ROW + "\n" + withColumn(BRANCH_ROW, 4, "-0.05") + "\n"
                        + withColumn(withColumn(withColumn(BRANCH_ROW, 4, "0"), 6, "Inf"), 12, "-Inf"))
                .replace(BUS_ROW_2, withColumn(withColumn(BUS_ROW_2, 3, "-50"), 7, "0"))
                .replace(GEN_ROW, withColumn(withColumn(withColumn(GEN_ROW, 10, "-150"), 4, "Inf"), 5, "-Inf")), "case5.m");
        assertThat(g.branch(2).x()).isEqualTo(-0.05);
        assertThat(g.branch(3).x()).isZero();
        assertThat(g.branch(3).rateA()).isZero();
        assertThat(g.branch(3).isLimited()).isFalse();
        assertThat(g.branch(3).angMinDeg()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(g.bus(2).pdMw()).isEqualTo(-50);
        assertThat(g.bus(2).area()).isZero();
        assertThat(g.generator(1).pminMw()).isEqualTo(-150);
        assertThat(g.generator(1).qmaxMvar()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}

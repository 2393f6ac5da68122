package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.common.InputException;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The grid commands on the bad inputs: each is an {@link InputException} (exit 2) whose one line names the
 * file and the line or the option, never a stack trace, never NaN written with exit 0, never a file left behind.
 * The exception type is asserted, not only the exit code: only InputException is bad input.
 */
class GridCommandsBadInputTest {

    /** Line 70 of pglib_opf_case14_ieee.m: branch 1. Line 50: generator 1. Line 32: bus 2. */
    private static final String BRANCH_1 = "\t1\t 2\t 0.01938\t 0.05917\t 0.0528\t 472\t 472\t 472\t";
    private static final String GEN_1 = "\t1\t 170.0\t 5.0\t 10.0\t 0.0\t 1.0\t 100.0\t 1\t 340\t";
    private static final String BUS_2 = "\t2\t 2\t 21.7\t";

    @TempDir
    Path tmp;

    /** One run with the exception the command threw (null when none) and the output. */
    private record Run(int exitCode, Exception thrown, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Exception> thrown = new ArrayList<>();
        CommandLine cli = new CommandLine(new FairshedCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler((e, c, p) -> {
            thrown.add(e);
            return handler.handleExecutionException(e, c, p);
        });
        int code = cli.execute(args);
        return new Run(code, thrown.isEmpty() ? null : thrown.get(0), out.toString(), err.toString());
    }

    private Path mutatedCase(String name, String from, String to) throws Exception {
        String text = Files.readString(SharedData.pglibCase("pglib_opf_case14_ieee.m"));
        assertThat(text).contains(from);
        Path file = tmp.resolve(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static void assertBadInput(Run r, String... expected) {
        assertThat(r.thrown()).as("exit %d, out %s, err %s", r.exitCode(), r.out(), r.err()).isInstanceOf(InputException.class);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aNanReactanceIsRefusedByEveryCommandNamingTheLine() throws Exception {
        Path file = mutatedCase("nanx.m", BRANCH_1, BRANCH_1.replace("0.05917", "NaN"));
        String[][] commands = {{"grid", "info"}, {"opf"}, {"opf", "--solver", "glop"}, {"grid", "acpf"},
            {"grid", "dcpf", "--out", tmp.resolve("flows").toString()}};
        for (String[] command : commands) {
            Run r = run(Stream.concat(Stream.of(command), Stream.of(file.toString())).toArray(String[]::new));
            assertBadInput(r, file + ":70: mpc.branch row 1: BR_X (column 4): x must be a number, got NaN");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNanOrInfiniteOrHugeLoadNeverReachesTheSolver() throws Exception {
        // with GLOP these crashed the JVM (SIGSEGV, exit 134)
        for (String value : new String[] {"NaN", "Inf", "1e100"}) {
            Path file = mutatedCase("pd-" + value + ".m", BUS_2, BUS_2.replace("21.7", value));
            assertBadInput(run("opf", "--solver", "glop", file.toString()), file + ":32: mpc.bus row 2: PD (column 3)");
        }
    }

    @Test
    void negativePmaxAndNegativeRateAreRefused() throws Exception {
        Path pmax = mutatedCase("pmax.m", GEN_1, GEN_1.replace(" 340", " -340"));
        assertBadInput(run("opf", pmax.toString()), pmax + ":50: mpc.gen row 1: PMAX (column 9): Pmax must be between 0 and "
                + "10000000 MW, got -340");
        Path rate = mutatedCase("rate.m", BRANCH_1, BRANCH_1.replace(" 472\t 472\t 472", " -472\t 472\t 472"));
        assertBadInput(run("grid", "acpf", rate.toString()), rate + ":70: mpc.branch row 1: RATE_A (column 6)");
    }

    @Test
    void aBusNumberBeyondAnIntIsRefusedNotWrapped() throws Exception {
        Path file = mutatedCase("wrap.m", GEN_1, GEN_1.replaceFirst("\t1\t", "\t4294967297\t"));
        assertBadInput(run("grid", "info", file.toString()),
                "mpc.gen row 1: GEN_BUS (column 1) must be a whole number from 1 to 2147483647, got 4294967297");
    }

    @Test
    void zeroReactanceIsFineForAcButRefusedByTheDcCommandsNamingTheBranch() throws Exception {
        Path file = mutatedCase("zerox.m", BRANCH_1, BRANCH_1.replace("0.05917", "0"));
        assertThat(run("grid", "info", file.toString()).exitCode()).isZero();
        assertBadInput(run("grid", "dcpf", file.toString(), "--out", tmp.resolve("f").toString()),
                "zerox: branch 1 (bus 1 to 2) has x = 0");
        assertBadInput(run("opf", file.toString()), "zerox: branch 1 (bus 1 to 2) has x = 0");
        assertThat(tmp.resolve("f.buses.csv")).doesNotExist();
    }

    @Test
    void aSingularDcNetworkIsRefusedInsteadOfNanFlows() throws Exception {
        // bus 8 hangs on branch 14 (7-8, x = 0.17615) alone; a parallel series capacitor of -0.17615 cancels it
        String text = Files.readString(SharedData.matpowerCase("case14.m"));
        String line = "\t7\t8\t0\t0.17615\t0\t0\t0\t0\t0\t0\t1\t-360\t360;";
        assertThat(text).contains(line);
        Path file = tmp.resolve("singular.m");
        Files.writeString(file, text.replace(line, line + "\n" + line.replace("0.17615", "-0.17615")));
        Run r = run("grid", "dcpf", file.toString(), "--out", tmp.resolve("s").toString());
        assertBadInput(r, "singular: the DC network matrix is singular");
        assertThat(tmp.resolve("s.buses.csv")).doesNotExist();
    }

    @Test
    void optionsOutOfRangeAreBadInputNamingTheOption() {
        String case14 = SharedData.matpowerCase("case14.m").toString();
        Path out = tmp.resolve("g.m");
        assertBadInput(run("opf", case14, "--solver", "cplex"), "command line: --solver is 'cplex'; expected highs, glop or pdlp");
        assertBadInput(run("opf", case14, "--time-limit", "NaN"), "--time-limit must be a number above 0");
        assertBadInput(run("opf", case14, "--time-limit", "0"), "--time-limit");
        assertBadInput(run("opf", case14, "--time-limit", "1e9"), "--time-limit");
        assertBadInput(run("grid", "acpf", case14, "--max-iterations", "0"), "--max-iterations must be between 1 and 1000");
        assertBadInput(run("grid", "synthetic", "--out", out.toString(), "--buses", "100001"), "--buses must be between 200 and 100000");
        assertBadInput(run("grid", "synthetic", "--out", out.toString(), "--buses", "200", "--regions", "30"),
                "--regions must be between 2 and 25, got 30");
        assertBadInput(run("grid", "synthetic", "--out", out.toString(), "--regions", "1"), "--regions must be between 2 and 64");
        assertBadInput(run("bench", case14, "--repeat", "0"), "--repeat must be between 1 and 100");
        assertBadInput(run("bench", case14, "--vectors", "-5"), "--vectors must be between 1 and 100000");
        assertThat(out).doesNotExist();
        // picocli's own conversions: a seed beyond 64 bits, a count that is not a number
        assertThat(run("grid", "synthetic", "--out", out.toString(), "--seed", "18446744073709551616").exitCode()).isEqualTo(2);
        assertThat(run("grid", "synthetic", "--out", out.toString(), "--buses", "many").exitCode()).isEqualTo(2);
    }

    @Test
    void dcpfNeverOverwritesItsInput() throws Exception {
        Path input = tmp.resolve("x.buses.csv");
        Files.copy(SharedData.matpowerCase("case14.m"), input);
        assertBadInput(run("grid", "dcpf", input.toString(), "--out", tmp.resolve("x").toString()),
                "--out " + tmp.resolve("x.buses.csv") + " is the input");
        assertThat(Files.readString(input)).isEqualTo(Files.readString(SharedData.matpowerCase("case14.m")));
    }

    @Test
    void anUnwritableOutputIsBadInputNamingTheOption() throws Exception {
        Path out = tmp.resolve("no-such-folder").resolve("g.m");
        assertBadInput(run("grid", "synthetic", "--buses", "200", "--regions", "4", "--out", out.toString()), "--out");
        // dcpf creates missing folders (as every report does), but not below a file
        Path file = Files.writeString(tmp.resolve("a-file"), "");
        assertBadInput(run("grid", "dcpf", SharedData.matpowerCase("case14.m").toString(), "--out",
                file.resolve("f").toString()), "--out cannot write");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void missingAndUnreadableFilesAreNamed() throws Exception {
        assertBadInput(run("grid", "info", tmp.resolve("nope.m").toString()), "nope.m: MATPOWER case file not found");
        assertBadInput(run("grid", "info", tmp.resolve("nope.xiidm").toString()), "nope.xiidm: network file not found");
        Path broken = Files.writeString(tmp.resolve("broken.xiidm"), "<?xml version=\"1.0\"?>\n<iidm:network");
        assertBadInput(run("grid", "acpf", broken.toString()), broken + ": ");
        Path damage = Files.writeString(tmp.resolve("d.json"), "{\"outages\": {\"generators\": [4294967297]}}");
        assertBadInput(run("grid", "info", SharedData.matpowerCase("case14.m").toString(), "--damage", damage.toString()),
                damage + ": outages.generators[0] must be between 1 and 2147483647, got 4294967297");
    }
}

package org.fairshed.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairshed.common.InputException;
import org.fairshed.grid.dc.DcPowerFlow;
import org.fairshed.grid.dc.DcPowerFlowResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.model.GridValidator;
import org.fairshed.grid.opf.DcOpf;
import org.fairshed.grid.opf.DcOpfParameters;
import org.fairshed.grid.opf.DcOpfResult;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property test of the whole read → solve path on mutated copies of shared cases: NaN, ±Inf, huge, negative,
 * wrapped integers (2^32 + k), zeros, deleted and duplicated numbers and rows, truncated files. Each copy must give
 * an {@link InputException} with a location (a line or a field), or a grid whose every value {@link GridValidator}
 * accepts; for such a grid the DC power flow gives finite numbers or an InputException, and the DC OPF (GLOP, the
 * engine that crashed) a status: OPTIMAL with finite values, or another status with a reason. Never any other
 * exception, never a crash.
 */
class MatpowerReaderMutationTest {

    private static final long SEED = 20240808L;
    private static final int MUTATIONS_PER_CASE = 75;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?(?![\\w.])");
    private static final String[] REPLACEMENTS = {"NaN", "Inf", "-Inf", "1e300", "-1e300", "1e16", "0", "-1",
        "4294967296", "4294967297", "-4294967295", "2147483648", "0.5", "1e400"};

    private record Outcome(String mutation, String result) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"matpower/case14.m", "matpower/case30.m", "matpower/case118.m", "pglib/pglib_opf_case30_ieee.m"})
    void everyMutationIsALocatedInputErrorOrAPhysicalGridThatSolvesToAStatus(String file) throws Exception {
        Path path = SharedData.path("cases/" + file);
        String original = Files.readString(path);
        Random random = new Random(SEED ^ file.hashCode());
        List<Outcome> outcomes = new ArrayList<>();
        for (int m = 0; m < MUTATIONS_PER_CASE; m++) {
            String[] mutation = mutate(original, random);
            outcomes.add(new Outcome(mutation[0], check(mutation[1], mutation[0])));
        }
        // the mutations must exercise both sides: refusals and accepted grids that are solved
        assertThat(outcomes).anyMatch(o -> o.result().equals("refused"));
        assertThat(outcomes).anyMatch(o -> o.result().startsWith("solved"));
    }

    /** Reads and solves one mutated text; "refused" or "solved ...", or fails the test naming the mutation. */
    private static String check(String text, String mutation) {
        Grid grid;
        try {
            grid = MatpowerReader.read(text, "mutant.m");
        } catch (InputException e) {
            assertThat(e.line() > 0 || !e.field().isEmpty()).as("%s: location of '%s'", mutation, e.getMessage()).isTrue();
            assertThat(e.getMessage()).startsWith("mutant.m");
            return "refused";
        } catch (RuntimeException e) {
            throw new AssertionError(mutation + ": the reader threw " + e, e);
        }
        assertThat(GridValidator.firstProblem(grid)).as(mutation).isNull();
        try {
            DcPowerFlowResult pf = DcPowerFlow.run(grid);
            assertFinite(pf.anglesDeg(), mutation + ": DC angles");
            assertFinite(pf.flowsMw(), mutation + ": DC flows");
        } catch (InputException e) {
            assertThat(e.getMessage()).as(mutation).startsWith(grid.name() + ": ");
        } catch (RuntimeException e) {
            throw new AssertionError(mutation + ": the DC power flow threw " + e, e);
        }
        try {
            DcOpfResult opf = DcOpf.run(grid, DcOpfParameters.DEFAULT.withSolver(LpSolverType.GLOP).withTimeLimitSeconds(20));
            if (opf.status().isSuccess()) {
                assertFinite(opf.genMw(), mutation + ": OPF dispatch");
                assertFinite(opf.flowsMw(), mutation + ": OPF flows");
                assertThat(opf.objective()).as(mutation).isFinite();
            } else {
                assertThat(opf.message()).as(mutation + ": reason of " + opf.status()).isNotBlank();
            }
            return "solved " + opf.status();
        } catch (InputException e) {
            assertThat(e.getMessage()).as(mutation).startsWith(grid.name() + ": ");
            return "refused by the DC model";
        } catch (RuntimeException e) {
            throw new AssertionError(mutation + ": the DC OPF threw " + e, e);
        }
    }

    private static void assertFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                fail(what + "[" + i + "] = " + values[i]);
            }
        }
    }

    /** {description, mutated text}: one random change to a matrix row of {@code text}. */
    static String[] mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<Integer> rows = matrixRows(lines);
        int row = rows.get(random.nextInt(rows.size()));
        String line = lines.get(row);
        int kind = random.nextInt(10);
        String description;
        if (kind == 0) {
            lines.remove(row);
            description = "line " + (row + 1) + " deleted";
        } else if (kind == 1) {
            lines.add(row, line);
            description = "line " + (row + 1) + " duplicated";
        } else if (kind == 2) {
            int cut = random.nextInt(text.length());
            return new String[] {"truncated after " + cut + " characters", text.substring(0, cut)};
        } else {
            List<int[]> numbers = new ArrayList<>();
            Matcher matcher = NUMBER.matcher(commentFree(line));
            while (matcher.find()) {
                numbers.add(new int[] {matcher.start(), matcher.end()});
            }
            int[] at = numbers.get(random.nextInt(numbers.size()));
            String old = line.substring(at[0], at[1]);
            String replacement = switch (kind) {
                case 3 -> "";
                case 4 -> old + "\t" + old;
                case 5 -> old.startsWith("-") ? old.substring(1) : "-" + old;
                case 6 -> Long.toString((1L << 32) + (long) Double.parseDouble(old));
                default -> REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
            };
            lines.set(row, line.substring(0, at[0]) + replacement + line.substring(at[1]));
            description = "line " + (row + 1) + ": '" + old + "' -> '" + replacement + "'";
        }
        return new String[] {description, String.join("\n", lines) + "\n"};
    }

    /** Indexes of the lines inside mpc.bus, mpc.gen, mpc.branch and mpc.gencost that hold numbers. */
    private static List<Integer> matrixRows(List<String> lines) {
        List<Integer> rows = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.matches("mpc\\.(bus|gen|branch|gencost)\\s*=\\s*\\[.*")) {
                inside = true;
            } else if (inside && l.startsWith("]")) {
                inside = false;
            } else if (inside && NUMBER.matcher(commentFree(l)).find()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static String commentFree(String line) {
        int c = line.indexOf('%');
        return c < 0 ? line : line.substring(0, c);
    }
}

package org.fairshed.grid.opf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DC OPF objectives against {@code ../shared/expected/dcopf-objectives.csv}: MATPOWER's rundcpf within 1e-4 relative
 * where every cost is linear and 0.1 % where costs are quadratic; the PGLib baseline within 0.5 %. Both formulations:
 * the PTDF one with the default engine, and the angle one on HiGHS (the DC OPF as it was before the PTDF one).
 */
class DcOpfMatpowerAgreementTest {

    private static final double LINEAR_COST_TOLERANCE = 1e-4;
    private static final double QUADRATIC_COST_TOLERANCE = 1e-3;
    private static final double PGLIB_BASELINE_TOLERANCE = 5e-3;

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.path("expected/dcopf-objectives.csv"));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).flatMap(l -> {
            String[] f = l.split(",", -1);
            return Stream.of(Arguments.of(f[0], f[1], f[2], DcOpfFormulation.PTDF),
                    Arguments.of(f[0], f[1], f[2], DcOpfFormulation.ANGLES));
        });
    }

    @ParameterizedTest(name = "{0}, {3}")
    @MethodSource("cases")
    void objectiveAgrees(String file, String matpower, String pglib, DcOpfFormulation formulation) {
        Grid grid = MatpowerReader.read(SharedData.path(file));
        DcOpfResult r = DcOpf.run(grid, formulation == DcOpfFormulation.PTDF ? DcOpfParameters.DEFAULT
                : DcOpfParameters.DEFAULT.withFormulation(formulation).withSolver(LpSolverType.HIGHS));
        assertThat(r.status()).as(file + ": " + r.message()).isEqualTo(DcOpfStatus.OPTIMAL);
        if (!matpower.equals("failed")) {
            double expected = Double.parseDouble(matpower);
            double tolerance = allLinear(grid) ? LINEAR_COST_TOLERANCE : QUADRATIC_COST_TOLERANCE;
            assertThat(relative(r.objective(), expected)).as(file + " vs MATPOWER " + expected + ", ours " + r.objective())
                    .isLessThan(tolerance);
        }
        if (!pglib.isEmpty()) {
            double expected = Double.parseDouble(pglib);
            assertThat(relative(r.objective(), expected)).as(file + " vs PGLib " + expected + ", ours " + r.objective())
                    .isLessThan(PGLIB_BASELINE_TOLERANCE);
        }
        assertThat(r.generationMw()).isCloseTo(grid.totalLoadMw() + negativeLoadAndShunts(grid), org.assertj.core.api.Assertions.within(1e-3));
    }

    private static double negativeLoadAndShunts(Grid grid) {
        return grid.buses().stream().filter(b -> !b.isIsolated()).mapToDouble(b -> Math.min(0, b.pdMw()) + b.gsMw()).sum();
    }

    private static boolean allLinear(Grid grid) {
        for (Generator g : grid.generators()) {
            GenCost c = g.cost();
            if (g.inService() && c.model() == GenCost.Model.POLYNOMIAL && c.n() > 2 && c.polyCoefficient(2) != 0) {
                return false;
            }
        }
        return true;
    }

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.abs(expected);
    }
}

package org.fairshed.grid.opf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.grid.topology.Islands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review's robustness gap: GLOP with its presolve ends ABNORMAL, or calls the model INFEASIBLE, on the angle DC OPF
 * of pglib_opf_case30_ieee with one branch row deleted, where HiGHS, PDLP and GLOP without presolve all find the same
 * optimum. The DC OPF must never give up on such a model, and must keep GLOP's own answer wherever GLOP has one.
 */
class DcOpfRescueTest {

    /** Optima of two engines agree to this, relative (both are simplex vertices of the same LP). */
    private static final double SAME_OPTIMUM = 1e-9;
    private static final DcOpfParameters ANGLES_GLOP = DcOpfParameters.DEFAULT.withFormulation(DcOpfFormulation.ANGLES)
            .withSolver(LpSolverType.GLOP);

    /** pglib_opf_case30_ieee without branch {@code row} (1-based); row 0 leaves the case whole. */
    private static Grid withoutBranch(int row) {
        Grid grid = MatpowerReader.read(SharedData.pglibCase("pglib_opf_case30_ieee.m"));
        List<Branch> branches = new ArrayList<>(grid.branches());
        if (row > 0) {
            branches.remove(row - 1);
        }
        return grid.with(grid.buses(), grid.generators(), branches);
    }

    /**
     * Rows whose deletion makes GLOP's first solve end ABNORMAL (11, 22-24, 26, 35, 38) or wrongly INFEASIBLE (25, 37);
     * before the rescue the DC OPF ended ERROR or INFEASIBLE on each.
     */
    @ParameterizedTest(name = "branch row {0} deleted")
    @ValueSource(ints = {11, 22, 23, 24, 25, 26, 35, 37, 38})
    void glopsAnswerAgreesWithHighsWhereItsPresolveFailed(int row) {
        Grid grid = withoutBranch(row);
        DcOpfResult glop = DcOpf.run(grid, ANGLES_GLOP);
        DcOpfResult highs = DcOpf.run(grid, ANGLES_GLOP.withSolver(LpSolverType.HIGHS));
        DcOpfResult ptdf = DcOpf.run(grid);
        assertThat(highs.status()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(glop.status()).as(glop.message()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(ptdf.status()).as(ptdf.message()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(glop.objective()).isCloseTo(highs.objective(), org.assertj.core.api.Assertions.within(
                SAME_OPTIMUM * highs.objective()));
        assertThat(ptdf.objective()).isCloseTo(highs.objective(), org.assertj.core.api.Assertions.within(
                SAME_OPTIMUM * highs.objective()));
    }

    @Test
    void theFailureIsReproducedAndTakenOverByGlopWithoutPresolve() {
        Grid grid = withoutBranch(11);
        try (OrToolsLpModel lp = new OrToolsLpModel(LpSolverType.GLOP)) {
            new DcOpfModel(grid, Islands.of(grid), lp, ANGLES_GLOP);
            LpResult r = lp.solve(20);
            assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.rescueNote()).isEqualTo("GLOP ended ABNORMAL, GLOP without presolve answered OPTIMAL");
        }
        Grid wronglyInfeasible = withoutBranch(37);
        try (OrToolsLpModel lp = new OrToolsLpModel(LpSolverType.GLOP)) {
            new DcOpfModel(wronglyInfeasible, Islands.of(wronglyInfeasible), lp, ANGLES_GLOP);
            assertThat(lp.solve(20).status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.rescueNote()).isEqualTo("GLOP ended INFEASIBLE, GLOP without presolve answered OPTIMAL");
        }
    }

    @Test
    void glopsOwnAnswerIsKeptWhereItHasOne() {
        Grid grid = withoutBranch(0);
        try (OrToolsLpModel lp = new OrToolsLpModel(LpSolverType.GLOP)) {
            new DcOpfModel(grid, Islands.of(grid), lp, ANGLES_GLOP);
            assertThat(lp.solve(20).status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.rescueNote()).isEmpty();
        }
    }

    @Test
    void aTrulyInfeasibleCaseIsConfirmedNotRescuedIntoAnAnswer() {
        // without branch 1 (bus 1 to 2) bus 1's generation cannot leave it within the limits of the other line
        Grid grid = withoutBranch(1);
        try (OrToolsLpModel lp = new OrToolsLpModel(LpSolverType.GLOP)) {
            new DcOpfModel(grid, Islands.of(grid), lp, ANGLES_GLOP);
            assertThat(lp.solve(20).status()).isEqualTo(LpStatus.INFEASIBLE);
            assertThat(lp.rescueNote()).isEqualTo("GLOP ended INFEASIBLE, GLOP without presolve answered INFEASIBLE");
        }
        assertThat(DcOpf.run(grid, ANGLES_GLOP.withSolver(LpSolverType.HIGHS)).status()).isEqualTo(DcOpfStatus.INFEASIBLE);
        DcOpfResult ptdf = DcOpf.run(grid);
        assertThat(ptdf.status()).isEqualTo(DcOpfStatus.INFEASIBLE);
        assertThat(ptdf.message()).startsWith("the network cannot deliver the load").contains("branch 1 (bus 1 to 3");
    }
}

package org.fairshed.grid.lp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlopRestartTest {

    @Test
    void firstSolveAndAddedRowsOrTightenedBoundsUseTheDualSimplex() {
        GlopRestart restart = new GlopRestart();
        restart.objectiveOrMatrixChanged();
        assertThat(restart.nextSolveParameters(false)).isEqualTo(GlopRestart.DUAL_SIMPLEX);
        restart.boundsChanged(0, 10, 2, 8);
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.DUAL_SIMPLEX);
    }

    @Test
    void objectiveChangesAndLoosenedBoundsUseThePrimalSimplexOnce() {
        GlopRestart restart = new GlopRestart();
        restart.objectiveOrMatrixChanged();
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.PRIMAL_SIMPLEX);
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.DUAL_SIMPLEX);
        restart.boundsChanged(0, 10, 0, Double.POSITIVE_INFINITY);
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.PRIMAL_SIMPLEX);
    }

    @Test
    void presolveStaysOffSoTheBasisCarriesOver() {
        assertThat(GlopRestart.DUAL_SIMPLEX).contains("use_preprocessing: false");
        assertThat(GlopRestart.PRIMAL_SIMPLEX).contains("use_preprocessing: false");
    }

    @Test
    void aMovedIntervalIsATighteningForTheRestart() {
        // a new right-hand side [5, 5] -> [7, 7] (a new load) cuts the last solution off: the basis stays dual feasible
        GlopRestart restart = new GlopRestart();
        restart.boundsChanged(5, 5, 7, 7);
        restart.boundsChanged(0, 10, -1, 9);
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.DUAL_SIMPLEX);
        // a pure loosening along with it still keeps the last solution feasible
        restart.boundsChanged(5, 5, 7, 7);
        restart.boundsChanged(0, 10, -1, 10);
        assertThat(restart.nextSolveParameters(true)).isEqualTo(GlopRestart.PRIMAL_SIMPLEX);
    }
}

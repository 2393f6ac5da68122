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
}

package org.fairshed.grid.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.api.Test;

class TakeoverTest {

    private static final double DELTA = 1e-9;

    /**
     * OR-Tools' export drops rows without bounds, so a copy's row k is not the model's row k once a free row comes
     * first: the leximin frees rows, and a takeover during one of its steps read another row's dual.
     */
    @Test
    void aCopysDualsAreTheModelsRowsDualsAcrossTheFreeRowsTheExportDrops() {
        NativeLibraries.ensureLoaded();
        MPSolver model = MPSolver.createSolver("GLOP");
        Takeover takeover = new Takeover();
        try {
            // min x + 2y  s.t.  free: x - y (any),  cover: x + y >= 10,  free,  cap: x <= 6  ->  duals cover 2, cap -1
            MPVariable x = model.makeNumVar(0, 100, "x");
            MPVariable y = model.makeNumVar(0, 100, "y");
            model.objective().setCoefficient(x, 1);
            model.objective().setCoefficient(y, 2);
            MPConstraint free = model.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "free");
            free.setCoefficient(x, 1);
            free.setCoefficient(y, -1);
            MPConstraint cover = model.makeConstraint(10, Double.POSITIVE_INFINITY, "cover");
            cover.setCoefficient(x, 1);
            cover.setCoefficient(y, 1);
            model.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "empty_free");
            MPConstraint cap = model.makeConstraint(Double.NEGATIVE_INFINITY, 6, "cap");
            cap.setCoefficient(x, 1);
            assertThat(takeover.solve(RescueEngine.GLOP_DEFAULT, model, "GLOP", MPSolver.ResultStatus.ABNORMAL, 10))
                    .isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            assertThat(takeover.copy().numConstraints()).isEqualTo(2);
            assertThat(takeover.dual(0)).isEqualTo(0);
            assertThat(takeover.dual(1)).isCloseTo(2, within(DELTA));
            assertThat(takeover.dual(2)).isEqualTo(0);
            assertThat(takeover.dual(3)).isCloseTo(-1, within(DELTA));
        } finally {
            takeover.close();
            model.delete();
        }
    }
}

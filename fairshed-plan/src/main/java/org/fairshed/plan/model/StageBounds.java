package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.lp.LpModel;

/**
 * The rows that hold each shed stage's optimum while the later stages run (the least critical shed, the least total
 * shed within the price of fairness): a row over the stage's variables, bounded by the optimum v as
 * {@code v (1 + slack + tolerance) + STAGE_ABSOLUTE_TOLERANCE_MW}, so that round-off cannot make a later stage
 * infeasible. When it does all the same (or the engine gives up against such a tight bound), every row is loosened
 * tenfold, up to {@link SheddingSolver#MAX_STAGE_TOLERANCE} relative; the tolerance reached is what the slot's note
 * reports ({@link FairnessNotes}).
 */
final class StageBounds {

    /** {row, optimum, relative slack} of each bound, in the order of the stages. */
    private final List<double[]> bounds = new ArrayList<>();
    private double tolerance = SheddingSolver.STAGE_RELATIVE_TOLERANCE;

    /** Adds the row {@code sum(vars) <= optimum (1 + relativeSlack + 1e-7) + abs}; nothing when vars is empty. */
    void add(LpModel lp, int[] vars, double optimum, double relativeSlack) {
        if (vars.length == 0) {
            return;
        }
        double v = Math.max(0, optimum);
        double[] ones = new double[vars.length];
        Arrays.fill(ones, 1);
        // at the stage tolerance, even after a loosening: the loosening is for the bounds the failure was against
        int row = lp.addRow(Double.NEGATIVE_INFINITY, upper(v, relativeSlack, SheddingSolver.STAGE_RELATIVE_TOLERANCE),
                vars, ones, "stage_" + lp.rowCount());
        bounds.add(new double[] {row, v, relativeSlack});
    }

    boolean isEmpty() {
        return bounds.isEmpty();
    }

    /** The row of the last bound added (the one on the total shed once the shed stages ran). */
    int lastRow() {
        return (int) bounds.get(bounds.size() - 1)[0];
    }

    /** The relative margin the bounds have now. */
    double tolerance() {
        return tolerance;
    }

    /** Loosens every bound tenfold; false when they are as loose as they may be (or there are none). */
    boolean loosen(LpModel lp) {
        if (tolerance * 10 > SheddingSolver.MAX_STAGE_TOLERANCE || bounds.isEmpty()) {
            return false;
        }
        tolerance *= 10;
        for (double[] b : bounds) {
            lp.setRowBounds((int) b[0], Double.NEGATIVE_INFINITY, upper(b[1], b[2], tolerance));
        }
        return true;
    }

    private static double upper(double optimum, double relativeSlack, double tolerance) {
        return optimum * (1 + relativeSlack + tolerance) + SheddingSolver.STAGE_ABSOLUTE_TOLERANCE_MW;
    }
}

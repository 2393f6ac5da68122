package org.fairshed.grid.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.GridValidator;

/**
 * Reads {@code mpc.gencost}: one row per generator (a second block of reactive-power costs, if present, is
 * ignored), each {@code MODEL STARTUP SHUTDOWN NCOST} followed by NCOST polynomial coefficients (model 2) or
 * NCOST (x, y) points (model 1). Extra trailing columns (padding of shorter rows) are ignored; every number of the
 * row must be finite. The ranges of the values (which depend on the unit's limits) are checked with the generator.
 */
final class GenCostReader {

    private static final int HEADER = 4;
    private static final int PIECEWISE_LINEAR = 1;
    private static final int POLYNOMIAL = 2;

    private GenCostReader() {
    }

    /** One cost per generator; all {@link GenCost#ZERO} when the case has no gencost. */
    static List<GenCost> costs(NumericTable t, int ng, TableReader check) {
        if (t == null) {
            return Collections.nCopies(ng, GenCost.ZERO);
        }
        if (t.rows() != ng && t.rows() != 2 * ng) {
            throw check.error(t.openLine(), t.field() + " has " + t.rows() + " rows; expected one per generator ("
                    + ng + ") or two per generator (" + 2 * ng + ", active then reactive costs)");
        }
        List<GenCost> costs = new ArrayList<>(ng);
        for (int r = 0; r < ng; r++) {
            costs.add(cost(t, r, check));
        }
        for (int r = ng; r < t.rows(); r++) {
            // the reactive-power costs are not used, but a number that is not one is still a broken file
            for (int c = 0; c < t.width(r); c++) {
                if (!Double.isFinite(t.get(r, c))) {
                    throw check.error(t.line(r), t.field() + " row " + (r + 1) + ": column " + (c + 1)
                            + " must be a finite number, got " + GridValidator.show(t.get(r, c)));
                }
            }
        }
        return costs;
    }

    private static GenCost cost(NumericTable t, int r, TableReader check) {
        String row = t.field() + " row " + (r + 1);
        if (t.width(r) < HEADER) {
            throw check.error(t.line(r), row + " has " + t.width(r)
                    + " columns; expected at least 4 (MODEL STARTUP SHUTDOWN NCOST) and the cost data");
        }
        double modelCode = t.get(r, 0);
        if (modelCode != PIECEWISE_LINEAR && modelCode != POLYNOMIAL) {
            throw check.error(t.line(r), row + ": MODEL must be 1 (piecewise linear) or 2 (polynomial), got "
                    + GridValidator.show(modelCode));
        }
        int model = (int) modelCode;
        int available = t.width(r) - HEADER;
        int ncost = check.wholeNumber(t, r, 3, "NCOST", 1, Integer.MAX_VALUE);
        long needed = model == POLYNOMIAL ? ncost : 2L * ncost;
        if (available < needed) {
            throw check.error(t.line(r), row + " has NCOST " + ncost + ", which needs " + needed
                    + (model == POLYNOMIAL ? " coefficients" : " numbers (x, y pairs)") + " after NCOST; the row has "
                    + available + " (" + t.width(r) + " columns, expected at least " + (HEADER + needed) + ")");
        }
        if (model == PIECEWISE_LINEAR && ncost < 2) {
            throw check.error(t.line(r), row + ": a piecewise-linear cost needs NCOST of at least 2 points, got " + ncost);
        }
        for (int c = 1; c < t.width(r); c++) {
            if (!Double.isFinite(t.get(r, c))) {
                throw check.error(t.line(r), row + ": column " + (c + 1) + " must be a finite number, got "
                        + GridValidator.show(t.get(r, c)));
            }
        }
        double[] data = new double[(int) needed];
        for (int i = 0; i < needed; i++) {
            data[i] = t.get(r, HEADER + i);
        }
        try {
            return new GenCost(model == POLYNOMIAL ? GenCost.Model.POLYNOMIAL : GenCost.Model.PIECEWISE_LINEAR,
                    t.get(r, 1), t.get(r, 2), data);
        } catch (IllegalArgumentException e) {
            throw check.error(t.line(r), row + ": " + e.getMessage(), e);
        }
    }
}

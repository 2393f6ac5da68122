package org.fairshed.grid.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fairshed.grid.model.GenCost;

/**
 * Reads {@code mpc.gencost}: one row per generator (a second block of reactive-power costs, if present, is
 * ignored), each {@code MODEL STARTUP SHUTDOWN NCOST} followed by NCOST polynomial coefficients (model 2) or
 * NCOST (x, y) points (model 1). Extra trailing columns (padding of shorter rows) are ignored.
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
        return costs;
    }

    private static GenCost cost(NumericTable t, int r, TableReader check) {
        String row = t.field() + " row " + (r + 1);
        if (t.width(r) < HEADER) {
            throw check.error(t.line(r), row + " has " + t.width(r)
                    + " columns; expected at least 4 (MODEL STARTUP SHUTDOWN NCOST) and the cost data");
        }
        int model = check.wholeNumber(t, r, 0, "MODEL");
        if (model != PIECEWISE_LINEAR && model != POLYNOMIAL) {
            throw check.error(t.line(r), row + ": MODEL must be 1 (piecewise linear) or 2 (polynomial), got " + model);
        }
        int ncost = check.wholeNumber(t, r, 3, "NCOST");
        if (ncost < 1) {
            throw check.error(t.line(r), row + ": NCOST must be at least 1, got " + ncost);
        }
        int needed = model == POLYNOMIAL ? ncost : 2 * ncost;
        if (t.width(r) < HEADER + needed) {
            throw check.error(t.line(r), row + " has NCOST " + ncost + ", which needs " + needed
                    + (model == POLYNOMIAL ? " coefficients" : " numbers (x, y pairs)") + " after NCOST; the row has "
                    + (t.width(r) - HEADER) + " (" + t.width(r) + " columns, expected at least " + (HEADER + needed)
                    + ")");
        }
        double[] data = new double[needed];
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

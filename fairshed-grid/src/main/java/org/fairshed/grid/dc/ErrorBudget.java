package org.fairshed.grid.dc;

import java.util.Arrays;

/**
 * Which terms of a sensitivity row (PTDFs) may be left out: the smallest, in ascending order of their largest possible
 * effect, as long as those effects add up to at most a budget. A row evaluated without them differs from the full
 * row by at most the budget, wherever its variables stay within the reach the effects were computed with.
 */
public final class ErrorBudget {

    private ErrorBudget() {
    }

    /**
     * The smallest effect that must be kept: every term whose {@code effect[i]} (|coefficient| × largest |value|) lies
     * below it may be dropped, and those add up to at most {@code budget}; +Infinity when all of them fit.
     */
    public static double keepFrom(double[] effect, double budget) {
        double[] ascending = effect.clone();
        Arrays.sort(ascending);
        double spent = 0;
        for (double e : ascending) {
            if (spent + e > budget) {
                return e;
            }
            spent += e;
        }
        return Double.POSITIVE_INFINITY;
    }
}

package org.fairshed.grid.model;

import java.util.Arrays;

/**
 * A generator's active-power cost curve as in MATPOWER {@code mpc.gencost}.
 * <p>
 * POLYNOMIAL: {@code coefficients} are c(n-1) ... c1 c0 (highest order first, as MATPOWER), cost in $/h of P in MW.
 * PIECEWISE_LINEAR: {@code coefficients} are x1 y1 x2 y2 ... (MW, $/h), x increasing.
 */
public record GenCost(Model model, double startup, double shutdown, double[] coefficients) {

    public enum Model { PIECEWISE_LINEAR, POLYNOMIAL }

    public static final GenCost ZERO = new GenCost(Model.POLYNOMIAL, 0, 0, new double[] {0});

    public GenCost {
        if (model == null) {
            throw new IllegalArgumentException("cost model must not be null");
        }
        coefficients = coefficients.clone();
        if (model == Model.PIECEWISE_LINEAR && (coefficients.length < 4 || coefficients.length % 2 != 0)) {
            throw new IllegalArgumentException("a piecewise-linear cost needs at least 2 (x, y) points, got "
                    + coefficients.length + " numbers");
        }
        if (model == Model.POLYNOMIAL && coefficients.length == 0) {
            throw new IllegalArgumentException("a polynomial cost needs at least one coefficient");
        }
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Number of coefficients (polynomial) or points (piecewise linear), MATPOWER's NCOST. */
    public int n() {
        return model == Model.POLYNOMIAL ? coefficients.length : coefficients.length / 2;
    }

    /** Polynomial coefficient of P^k (0 when absent). */
    public double polyCoefficient(int k) {
        if (model != Model.POLYNOMIAL) {
            throw new IllegalStateException("not a polynomial cost");
        }
        int i = coefficients.length - 1 - k;
        return i >= 0 ? coefficients[i] : 0.0;
    }

    /** Cost in $/h at {@code pMw}. Piecewise-linear curves extrapolate their end segments. */
    public double evaluate(double pMw) {
        if (model == Model.POLYNOMIAL) {
            double c = 0;
            for (double a : coefficients) {
                c = c * pMw + a;
            }
            return c;
        }
        int n = n();
        int seg = 0;
        while (seg < n - 2 && pMw > coefficients[2 * (seg + 1)]) {
            seg++;
        }
        double x0 = coefficients[2 * seg];
        double y0 = coefficients[2 * seg + 1];
        double x1 = coefficients[2 * seg + 2];
        double y1 = coefficients[2 * seg + 3];
        return x1 == x0 ? y0 : y0 + (y1 - y0) * (pMw - x0) / (x1 - x0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenCost g && g.model == model && g.startup == startup && g.shutdown == shutdown
                && Arrays.equals(g.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * model.hashCode() + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "GenCost[" + model + " " + Arrays.toString(coefficients) + "]";
    }
}

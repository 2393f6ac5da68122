package org.fairshed.plan.report;

import java.util.Arrays;

/**
 * How evenly a deficit is shared between regions, measured on the regions' shares (0..1) of their own non-critical
 * load that is shed. Only regions that have non-critical load count: a region with nothing to shed has no share.
 *
 * @param maxShare  largest share among the counted regions (0 when none is counted)
 * @param minShare  smallest share among the counted regions (0 when none is counted)
 * @param gini      Gini coefficient: mean absolute difference over all ordered pairs (i, j), i = j included,
 *                  divided by twice the mean; 0 = perfectly even, 0 also when every share is 0;
 *                  at most (n - 1) / n
 * @param jain      Jain's index (sum x)^2 / (n * sum x^2); 1 = perfectly even, 1 also when every share is 0;
 *                  at least 1 / n
 * @param regions   regions counted (n)
 */
public record FairnessMetrics(double maxShare, double minShare, double gini, double jain, int regions) {

    /** The metrics of no region at all: nothing to compare, reported as perfectly even. */
    public static final FairnessMetrics NONE = new FairnessMetrics(0, 0, 0, 1, 0);

    /** Negative shares down to this are solver noise and count as 0; below it they are an error. */
    public static final double NEGATIVE_SHARE_NOISE = 1e-9;

    /**
     * @param shares   share of each region (index = region)
     * @param counted  which regions count (those with non-critical load above 0); same length as {@code shares}
     * @throws IllegalArgumentException when the lengths differ or a counted share is not finite or below
     *                                  -{@link #NEGATIVE_SHARE_NOISE}
     */
    public static FairnessMetrics of(double[] shares, boolean[] counted) {
        if (shares.length != counted.length) {
            throw new IllegalArgumentException("shares cover " + shares.length + " regions, counted flags "
                    + counted.length);
        }
        double[] x = new double[shares.length];
        int n = 0;
        for (int r = 0; r < shares.length; r++) {
            if (!counted[r]) {
                continue;
            }
            if (!(shares[r] >= -NEGATIVE_SHARE_NOISE) || Double.isInfinite(shares[r])) {
                throw new IllegalArgumentException("share of region index " + r + " must be finite and >= 0, got "
                        + shares[r]);
            }
            x[n++] = Math.max(0, shares[r]);
        }
        if (n == 0) {
            return NONE;
        }
        x = Arrays.copyOf(x, n);
        Arrays.sort(x);
        double sum = 0;
        double sumSquares = 0;
        // Sum over ordered pairs of |x_i - x_j| = 2 * sum_i (2i - n + 1) x_(i) for x sorted ascending (i 0-based).
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            sumSquares += x[i] * x[i];
            weighted += (2.0 * i - n + 1) * x[i];
        }
        if (sum <= 0) {
            return new FairnessMetrics(0, 0, 0, 1, n);
        }
        double gini = Math.max(0, 2 * weighted / ((double) n * n) / (2 * sum / n));
        double jain = Math.min(1, sum * sum / (n * sumSquares));
        return new FairnessMetrics(x[n - 1], x[0], gini, jain, n);
    }

    /** Shares {@code shed / load} per region, counting the regions whose {@code load} is above 0. */
    public static FairnessMetrics ofTotals(double[] shed, double[] load) {
        if (shed.length != load.length) {
            throw new IllegalArgumentException("shed covers " + shed.length + " regions, load " + load.length);
        }
        double[] shares = new double[shed.length];
        boolean[] counted = new boolean[shed.length];
        for (int r = 0; r < shed.length; r++) {
            counted[r] = load[r] > 0;
            shares[r] = counted[r] ? shed[r] / load[r] : 0;
        }
        return of(shares, counted);
    }
}

package org.fairshed.plan;

/**
 * The figures of one slot per region, arrays by region index. Load figures are always known; shed figures are
 * {@link Double#NaN} (unknown, written as {@code null}) in a slot without a solution. Shed counts dead islands: load
 * that is dark because its island has no generation is shed, and its critical part is critical shed.
 *
 * @param shedMw                   total shed (MW)
 * @param loadMw                   positive load (MW)
 * @param nonCriticalShedMw        non-critical shed (MW)
 * @param nonCriticalLoadMw        non-critical load (MW): the denominator of the fairness share
 * @param criticalShedMw           critical shed (MW)
 * @param criticalLoadMw           critical load (MW)
 * @param minShedNonCriticalShedMw non-critical shed of the min-shed solution, before fairness (the price of fairness)
 */
public record RegionShed(double[] shedMw, double[] loadMw, double[] nonCriticalShedMw, double[] nonCriticalLoadMw,
                         double[] criticalShedMw, double[] criticalLoadMw, double[] minShedNonCriticalShedMw) {

    public RegionShed {
        int n = loadMw.length;
        for (double[] a : new double[][] {shedMw, nonCriticalShedMw, nonCriticalLoadMw, criticalShedMw, criticalLoadMw,
                minShedNonCriticalShedMw}) {
            if (a.length != n) {
                throw new IllegalArgumentException("every region figure must cover the " + n + " regions, got " + a.length);
            }
        }
    }

    /** Figures of a slot without a solution: loads as given, every shed unknown. */
    public static RegionShed unknownShed(double[] loadMw, double[] nonCriticalLoadMw, double[] criticalLoadMw) {
        int n = loadMw.length;
        return new RegionShed(nan(n), loadMw, nan(n), nonCriticalLoadMw, nan(n), criticalLoadMw, nan(n));
    }

    public int count() {
        return loadMw.length;
    }

    /** Region r's share of its own non-critical load that is shed (0 when it has none; NaN when unknown). */
    public double share(int r) {
        if (Double.isNaN(nonCriticalShedMw[r])) {
            return Double.NaN;
        }
        return nonCriticalLoadMw[r] > 0 ? nonCriticalShedMw[r] / nonCriticalLoadMw[r] : 0.0;
    }

    /** The same share in the min-shed solution. */
    public double minShedShare(int r) {
        if (Double.isNaN(minShedNonCriticalShedMw[r])) {
            return Double.NaN;
        }
        return nonCriticalLoadMw[r] > 0 ? minShedNonCriticalShedMw[r] / nonCriticalLoadMw[r] : 0.0;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}

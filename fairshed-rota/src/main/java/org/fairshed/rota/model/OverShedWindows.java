package org.fairshed.rota.model;

/**
 * Per half-hour, the least over-shed any set of whole groups achieves (by enumerating subsets; up to
 * {@link #MAX_ENUMERATED_GROUPS} groups, beyond that the over-shed of a greedy cover, which some set achieves), plus the
 * budget: the later objectives may switch
 * off at most quota + that least over-shed + budget × group-equivalent. With budget 0 every half-hour is at its least
 * over-shed, which is the day's least over-shed whenever max-off / min-on do not bind.
 */
public final class OverShedWindows {

    public static final int MAX_ENUMERATED_GROUPS = 16;

    private OverShedWindows() {
    }

    public static long[] of(long[][] loadKw, long[] quotaKw, double budget) {
        int n = loadKw.length;
        long[] window = new long[quotaKw.length];
        long[] sums = new long[1 << Math.min(n, MAX_ENUMERATED_GROUPS)];
        for (int h = 0; h < quotaKw.length; h++) {
            long total = 0;
            for (long[] row : loadKw) {
                total += row[h];
            }
            if (quotaKw[h] <= 0) {
                window[h] = 0;
                continue;
            }
            long least = n <= MAX_ENUMERATED_GROUPS ? leastCover(loadKw, h, quotaKw[h], sums)
                    : greedyCover(loadKw, h, quotaKw[h]);
            window[h] = Math.min(total, quotaKw[h] + least + (long) Math.floor(budget * total / n));
        }
        return window;
    }

    /**
     * Σ over half-hours of the least over-shed (kW) any set of whole groups achieves, rules ignored: no schedule can
     * over-shed less. Half-hours of regions with more than {@link #MAX_ENUMERATED_GROUPS} groups count 0 (still a floor).
     */
    public static long floorKw(long[][] loadKw, long[] quotaKw) {
        int n = loadKw.length;
        if (n > MAX_ENUMERATED_GROUPS) {
            return 0;
        }
        long[] sums = new long[1 << n];
        long floor = 0;
        for (int h = 0; h < quotaKw.length; h++) {
            floor += quotaKw[h] > 0 ? leastCover(loadKw, h, quotaKw[h], sums) : 0;
        }
        return floor;
    }

    /**
     * Beyond {@link #MAX_ENUMERATED_GROUPS}: the over-shed of one achievable cover (largest groups first, the last one
     * swapped for the smallest unused group that still completes the cover), so the window always holds a cover.
     */
    static long greedyCover(long[][] loadKw, int h, long quota) {
        int n = loadKw.length;
        long[] sorted = new long[n];
        for (int g = 0; g < n; g++) {
            sorted[g] = loadKw[g][h];
        }
        java.util.Arrays.sort(sorted);
        long sum = 0;
        int k = n - 1;
        while (k >= 0 && sum < quota) {
            sum += sorted[k];
            k--;
        }
        if (sum < quota) {
            return 0;
        }
        // sorted[k + 1] is the last (smallest) group taken; sorted[0 … k] are unused, ascending
        long last = sorted[k + 1];
        long before = sum - last;
        for (int i = 0; i <= k; i++) {
            if (before + sorted[i] >= quota) {
                last = Math.min(last, sorted[i]);
                break;
            }
        }
        return before + last - quota;
    }

    /** min over subsets S with Σ_S load ≥ quota of Σ_S load − quota (subset sums built incrementally). */
    private static long leastCover(long[][] loadKw, int h, long quota, long[] sums) {
        int n = loadKw.length;
        long best = Long.MAX_VALUE;
        sums[0] = 0;
        for (int mask = 1; mask < (1 << n); mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            sums[mask] = sums[mask & (mask - 1)] + loadKw[low][h];
            if (sums[mask] >= quota) {
                best = Math.min(best, sums[mask] - quota);
            }
        }
        return best == Long.MAX_VALUE ? 0 : best;
    }
}

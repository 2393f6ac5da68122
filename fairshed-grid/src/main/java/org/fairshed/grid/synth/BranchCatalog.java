package org.fairshed.grid.synth;

import java.util.SplittableRandom;

/**
 * Typical line and transformer data by voltage level, converted to per unit on {@link #BASE_MVA}. Line constants
 * per km are those of common overhead designs: 750 kV 5×AC-400, 330 kV 2×AC-400, 110 kV AC-185.
 */
final class BranchCatalog {

    static final double BASE_MVA = 100.0;
    static final double KV_750 = 750.0;
    static final double KV_330 = 330.0;
    static final double KV_110 = 110.0;
    /** Route length over straight-line distance. */
    static final double ROUTE_FACTOR = 1.15;
    static final double MIN_LINE_KM = 1.0;
    /** RATE_B and RATE_C (short-term, emergency) as multiples of RATE_A. */
    static final double RATE_B_FACTOR = 1.15;
    static final double RATE_C_FACTOR = 1.30;
    /** Short-circuit reactance of transformers on their own rating (p.u.) and X/R ratio. */
    static final double TRANSFORMER_X_OWN_BASE = 0.11;
    static final double TRANSFORMER_X_OVER_R = 40.0;
    private static final double[] OFF_NOMINAL_TAPS = {0.95, 0.975, 1.025, 1.05};
    static final double OFF_NOMINAL_TAP_SHARE = 0.3;

    private BranchCatalog() {
    }

    /** A line of the given level between points {@code km} apart (straight line). */
    static DraftBranch line(int from, int to, double kv, double distanceKm, SplittableRandom rng) {
        double km = Math.max(MIN_LINE_KM, distanceKm * ROUTE_FACTOR);
        double rOhm;
        double xOhm;
        double bMicroS;
        double rateMin;
        double rateMax;
        if (kv == KV_750) {
            rOhm = 0.014; xOhm = 0.28; bMicroS = 4.1; rateMin = 2500; rateMax = 3000;
        } else if (kv == KV_330) {
            rOhm = 0.039; xOhm = 0.33; bMicroS = 3.4; rateMin = 800; rateMax = 1000;
        } else if (kv == KV_110) {
            rOhm = 0.16; xOhm = 0.41; bMicroS = 2.8; rateMin = 100; rateMax = 150;
        } else {
            throw new IllegalArgumentException("no line data for " + kv + " kV");
        }
        double zBase = kv * kv / BASE_MVA;
        double rate = rateMin + 10 * Math.floor((rateMax - rateMin) / 10 * rng.nextDouble());
        return new DraftBranch(from, to, round(rOhm * km / zBase, 1e7), round(xOhm * km / zBase, 1e7),
                round(bMicroS * 1e-6 * km * zBase, 1e6), rate, 0.0);
    }

    /** A transformer (bank) of {@code ratingMva}, nominal tap or, for a share of them, an off-nominal one. */
    static DraftBranch transformer(int highSide, int lowSide, double ratingMva, SplittableRandom rng) {
        double x = round(TRANSFORMER_X_OWN_BASE * BASE_MVA / ratingMva, 1e6);
        double tap = rng.nextDouble() < OFF_NOMINAL_TAP_SHARE
                ? OFF_NOMINAL_TAPS[rng.nextInt(OFF_NOMINAL_TAPS.length)] : 1.0;
        return new DraftBranch(highSide, lowSide, round(x / TRANSFORMER_X_OVER_R, 1e7), x, 0.0, ratingMva, tap);
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}

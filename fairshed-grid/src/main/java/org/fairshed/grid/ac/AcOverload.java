package org.fairshed.grid.ac;

/**
 * A branch whose AC apparent-power flow exceeds its RATE_A.
 *
 * @param branchRow      1-based row of the branch in the grid
 * @param from           from-bus number
 * @param to             to-bus number
 * @param flowMva        the larger of the two ends' apparent power (MVA), as MATPOWER compares with RATE_A
 * @param rateAMva       RATE_A (MVA), the long-term rating
 * @param rateBMva       the short-term emergency rating: RATE_B, or RATE_A where RATE_B is 0 (unset) or below it
 * @param loadingPercent {@code 100 * flowMva / rateAMva}
 */
public record AcOverload(int branchRow, int from, int to, double flowMva, double rateAMva, double rateBMva,
                         double loadingPercent) {

    /** The emergency rating of a branch: RATE_B, or RATE_A where RATE_B is unset (0) or below RATE_A. */
    public static double emergencyRating(double rateA, double rateB) {
        return rateB >= rateA ? rateB : rateA;
    }

    /** Beyond the emergency rating too (with {@link AcCheck#OVERLOAD_TOLERANCE}), not only over RATE_A. */
    public boolean beyondEmergencyRating() {
        return flowMva > rateBMva * (1 + AcCheck.OVERLOAD_TOLERANCE);
    }
}

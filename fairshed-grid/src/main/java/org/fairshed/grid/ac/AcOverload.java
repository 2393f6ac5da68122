package org.fairshed.grid.ac;

/**
 * A branch whose AC apparent-power flow exceeds its RATE_A.
 *
 * @param branchRow      1-based row of the branch in the grid
 * @param from           from-bus number
 * @param to             to-bus number
 * @param flowMva        the larger of the two ends' apparent power (MVA), as MATPOWER compares with RATE_A
 * @param rateAMva       RATE_A (MVA)
 * @param loadingPercent {@code 100 * flowMva / rateAMva}
 */
public record AcOverload(int branchRow, int from, int to, double flowMva, double rateAMva, double loadingPercent) {
}

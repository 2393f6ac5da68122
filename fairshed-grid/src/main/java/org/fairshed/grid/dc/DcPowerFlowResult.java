package org.fairshed.grid.dc;

/**
 * A DC power flow solution.
 *
 * @param anglesDeg      bus voltage angles (degrees), by bus index
 * @param flowsMw        from-end branch flows (MW), by branch row - 1; 0 for out-of-service branches
 * @param slackMw        per island (by island index), the extra generation its reference bus supplies to close the
 *                       balance (positive: the island was short of generation)
 */
public record DcPowerFlowResult(double[] anglesDeg, double[] flowsMw, double[] slackMw) {
}

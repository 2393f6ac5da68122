package org.fairshed.plan;

/**
 * A branch at its limit in a slot.
 *
 * @param branch  1-based {@code mpc.branch} row
 * @param flowMw  from-end DC flow (MW)
 * @param limitMw RATE_A (MW)
 */
public record BindingBranch(int branch, int from, int to, double flowMw, double limitMw) {
}

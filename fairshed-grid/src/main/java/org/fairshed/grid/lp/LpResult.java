package org.fairshed.grid.lp;

/**
 * Result of {@link LpModel#solve}.
 *
 * @param status     outcome
 * @param objective  objective value including the offset (NaN unless OPTIMAL)
 * @param seconds    wall time of the solve call
 * @param message    human-readable detail when not optimal, empty otherwise
 */
public record LpResult(LpStatus status, double objective, double seconds, String message) {
}

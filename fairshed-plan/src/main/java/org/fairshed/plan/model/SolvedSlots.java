package org.fairshed.plan.model;

import org.fairshed.grid.lp.LpStatus;

/**
 * The outcome of solving one {@link SheddingModel}.
 *
 * @param solution  final values (null when no solution with the least total shed was found)
 * @param minShed   values after the least-total-shed stage, before fairness (null when none)
 * @param message   why, when the status is not optimal or a later stage stopped early
 * @param status    the failing solve's status when {@code solution} is null, else OPTIMAL
 * @param degraded  a solution is kept, but a later stage (fairness, cost) stopped early
 * @param cancelled the job's cancellation stopped the solve (before a solution when {@code solution} is null)
 * @param lpSolves  LP solves spent (stages, leximin steps and lazy rounds)
 */
record SolvedSlots(SheddingModel model, Solution solution, Solution minShed, String message, LpStatus status,
                   boolean degraded, boolean cancelled, int lpSolves, double seconds) {
}

package org.fairshed.plan.model;

import org.fairshed.grid.lp.LpStatus;

/**
 * The outcome of solving one {@link SheddingModel}.
 *
 * @param solution  final values (null when the solve failed)
 * @param minShed   values after the least-total-shed stage, before fairness (null when failed)
 * @param message   why, when the status is not optimal
 * @param lpSolves  LP solves spent (stages, leximin steps and lazy rounds)
 */
record SolvedSlots(SheddingModel model, Solution solution, Solution minShed, String message, LpStatus status,
                   int lpSolves, double seconds) {
}

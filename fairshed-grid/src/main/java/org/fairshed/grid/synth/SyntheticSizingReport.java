package org.fairshed.grid.synth;

/**
 * What the rating sizing aid did: it ran a DC power flow for each of its merit-order peak dispatches and raised every
 * RATE_A below {@code margin × |flow|}.
 *
 * @param margin               required ratio RATE_A / |flow| ({@value SyntheticGridFactory#RATING_MARGIN})
 * @param dispatches           number of peak dispatches checked
 * @param maxLoadingBefore     largest |flow| / RATE_A over all branches and dispatches with the catalogue ratings
 * @param maxLoadingAfter      the same with the final ratings (at most {@code 1 / margin})
 * @param raisedBranches       number of branches whose ratings were raised
 * @param largestRatingMva     largest RATE_A (MVA) in the final grid
 */
public record SyntheticSizingReport(double margin, int dispatches, double maxLoadingBefore, double maxLoadingAfter,
                                    int raisedBranches, double largestRatingMva) {
}

package org.fairshed.grid.synth;

/** A branch under construction, between draft node indices (0-based). Tap 0 marks a line. */
record DraftBranch(int from, int to, double r, double x, double b, double rateA, double tap) {
}

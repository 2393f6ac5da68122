package org.fairshed.grid.model;

/**
 * A branch (line or transformer) as MATPOWER describes it ({@code mpc.branch} row). r, x, b in p.u. on baseMVA;
 * ratings in MVA (0 = unlimited); tap ratio 0 means a line (ratio 1); shift and angle limits in degrees.
 */
public record Branch(int from, int to, double r, double x, double b, double rateA, double rateB, double rateC,
                     double tap, double shiftDeg, boolean inService, double angMinDeg, double angMaxDeg) {

    /** The effective off-nominal ratio: MATPOWER's TAP, with 0 meaning 1. */
    public double ratio() {
        return tap == 0 ? 1.0 : tap;
    }

    /** A transformer in MATPOWER's sense: a non-zero tap or a phase shift. */
    public boolean isTransformer() {
        return tap != 0 || shiftDeg != 0;
    }

    /** RATE_A = 0 means no limit. */
    public boolean isLimited() {
        return rateA > 0;
    }

    public Branch withInService(boolean status) {
        return new Branch(from, to, r, x, b, rateA, rateB, rateC, tap, shiftDeg, status, angMinDeg, angMaxDeg);
    }
}

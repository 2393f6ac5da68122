package org.fairshed.plan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the report writers: decimals per kind of figure and the one rounding rule. */
final class ReportNumbers {

    /** Decimals of MW figures meant for reading (loads, sheds, flows). */
    static final int MW_DECIMALS = 4;
    /** Decimals of MW figures meant for re-checking (generator dispatch, bus shed): flows recomputable to 1e-3 MW. */
    static final int EXACT_MW_DECIMALS = 6;
    /** Decimals of shares (0..1) and fairness indices. */
    static final int SHARE_DECIMALS = 6;
    /** Decimals of seconds. */
    static final int SECONDS_DECIMALS = 3;

    private ReportNumbers() {
    }

    /** Fixed-point text with {@code decimals} places (half up), never "-0.000"; empty for NaN and infinities. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = rounded(v, decimals);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }

    /** {@code v} rounded to {@code decimals} places, trailing zeros dropped, "0" for minus zero. */
    static String plain(double v, int decimals) {
        BigDecimal d = rounded(v, decimals).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static BigDecimal rounded(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}

package org.fairshed.plan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the report writers (files are written with {@link org.fairshed.grid.io.AtomicFiles}). */
final class ReportFiles {

    /** Decimals of MW figures meant for reading (loads, sheds, flows). */
    static final int MW_DECIMALS = 4;
    /** Decimals of MW figures meant for re-checking (generator dispatch, bus shed): flows recomputable to 1e-3 MW. */
    static final int EXACT_MW_DECIMALS = 6;
    /** Decimals of shares (0..1) and fairness indices. */
    static final int SHARE_DECIMALS = 6;
    /** Decimals of seconds. */
    static final int SECONDS_DECIMALS = 3;

    private ReportFiles() {
    }

    /** Fixed-point text with {@code decimals} places (half up), never "-0.000"; empty for NaN and infinities. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }
}

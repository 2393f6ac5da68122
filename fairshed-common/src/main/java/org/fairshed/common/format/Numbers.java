package org.fairshed.common.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of every file Fairshed writes: decimals per kind of figure, half up, plain notation (no
 * exponent), never "-0"; a value that is not finite is empty text in CSV and {@code null} in JSON.
 */
public final class Numbers {

    /** Decimals of MW figures meant for reading (loads, sheds, flows). */
    public static final int MW_DECIMALS = 4;
    /** Decimals of MW figures meant for re-checking (generator dispatch, bus shed): flows recomputable to 1e-3 MW. */
    public static final int EXACT_MW_DECIMALS = 6;
    /** Decimals of shares (0..1) and fairness indices. */
    public static final int SHARE_DECIMALS = 6;
    /** Decimals of seconds. */
    public static final int SECONDS_DECIMALS = 3;

    private Numbers() {
    }

    /** Fixed-point text with {@code decimals} places (half up), never "-0.000"; empty for NaN and infinities. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = rounded(v, decimals);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }

    /** {@code v} rounded to {@code decimals} places, trailing zeros dropped, "0" for minus zero. */
    public static String plain(double v, int decimals) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        BigDecimal d = rounded(v, decimals).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** True when {@code v} is still non-zero once rounded to {@code decimals} places. */
    public static boolean nonZero(double v, int decimals) {
        return Double.isFinite(v) && !"0".equals(plain(v, decimals));
    }

    /** Writes {@code "name": v} rounded, {@code null} when {@code v} is not finite. */
    public static void field(JsonGenerator gen, String name, double v, int decimals) throws IOException {
        gen.writeFieldName(name);
        value(gen, v, decimals);
    }

    /** Writes {@code v} rounded, {@code null} when it is not finite. */
    public static void value(JsonGenerator gen, double v, int decimals) throws IOException {
        if (!Double.isFinite(v)) {
            gen.writeNull();
            return;
        }
        gen.writeNumber(plain(v, decimals));
    }

    private static BigDecimal rounded(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}

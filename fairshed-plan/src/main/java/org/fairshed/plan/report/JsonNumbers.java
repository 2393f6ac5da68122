package org.fairshed.plan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounded numbers in plain notation (no exponents), null for NaN and infinities. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static void field(JsonGenerator gen, String name, double v, int decimals) throws IOException {
        gen.writeFieldName(name);
        value(gen, v, decimals);
    }

    static void value(JsonGenerator gen, double v, int decimals) throws IOException {
        if (!Double.isFinite(v)) {
            gen.writeNull();
            return;
        }
        gen.writeNumber(plain(v, decimals));
    }

    /** {@code v} rounded to {@code decimals} places, trailing zeros dropped, "0" for minus zero. */
    static String plain(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** True when {@code v} is still non-zero once rounded to {@code decimals} places. */
    static boolean nonZero(double v, int decimals) {
        return Double.isFinite(v) && !"0".equals(plain(v, decimals));
    }
}

package org.fairshed.plan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

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
        gen.writeNumber(ReportNumbers.plain(v, decimals));
    }

    /** True when {@code v} is still non-zero once rounded to {@code decimals} places. */
    static boolean nonZero(double v, int decimals) {
        return Double.isFinite(v) && !"0".equals(ReportNumbers.plain(v, decimals));
    }
}

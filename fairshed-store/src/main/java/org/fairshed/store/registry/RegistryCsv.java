package org.fairshed.store.registry;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The registry CSV format: UTF-8, a header row, RFC 4180 quoting, CRLF. The export writes {@link #COLUMNS} in this
 * order, a field quoted only when it holds a comma, a quote or a line break, coordinates in plain decimal without
 * trailing zeros and groups in the order the registry gave them, so exporting what was imported from an export gives the same
 * bytes.
 */
public final class RegistryCsv {

    public static final List<String> COLUMNS = List.of("id", "region", "settlement", "street", "house", "part", "lat",
            "lon", "groups", "emergency_groups", "dso");
    public static final List<String> REQUIRED = List.of("id", "region", "settlement", "street", "house", "groups");
    /** Largest id (JavaScript clients read ids as doubles: 2^53 - 1). */
    public static final long MAX_ID = (1L << 53) - 1;
    static final String NEWLINE = "\r\n";

    private RegistryCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write(NEWLINE);
    }

    static void field(Writer out, String value) throws IOException {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    static String coordinate(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}

package org.fairshed.grid.io;

/** Numbers, matrix rows and quoted strings written the way MATLAB reads them back exactly. */
final class MatlabText {

    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    private MatlabText() {
    }

    /**
     * Appends {@code v} in the shortest form that reads back to the same double: whole numbers without a
     * decimal point ({@code 100}, {@code -0}), others as {@link Double#toString} with a lower-case exponent ({@code 1e-5} rather than {@code 1.0E-5}),
     * {@code Inf}, {@code -Inf} and {@code NaN} as MATLAB spells them.
     */
    static void number(StringBuilder sb, double v) {
        if (Double.isNaN(v)) {
            sb.append("NaN");
        } else if (Double.isInfinite(v)) {
            sb.append(v > 0 ? "Inf" : "-Inf");
        } else if (v == Math.rint(v) && Math.abs(v) < LARGEST_PLAIN_INTEGER) {
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                sb.append('-');
            }
            sb.append((long) v);
        } else {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            if (e < 0) {
                sb.append(s);
            } else {
                int mantissaEnd = s.startsWith(".0", e - 2) ? e - 2 : e;
                sb.append(s, 0, mantissaEnd).append('e').append(s, e + 1, s.length());
            }
        }
    }

    /** Appends one matrix row: a tab, the numbers separated by tabs, then {@code ;} and a newline. */
    static void row(StringBuilder sb, double... values) {
        for (double v : values) {
            sb.append('\t');
            number(sb, v);
        }
        sb.append(";\n");
    }

    /** Appends {@code s} in single quotes, a quote doubled; null as {@code ''}; line breaks become spaces. */
    static void quoted(StringBuilder sb, String s) {
        sb.append('\'');
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'') {
                    sb.append("''");
                } else {
                    sb.append(c == '\n' || c == '\r' ? ' ' : c);
                }
            }
        }
        sb.append('\'');
    }
}

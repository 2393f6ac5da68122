package org.fairshed.grid.io;

import org.fairshed.common.InputException;
/** Checks on rows of a {@link NumericTable}, each failure reported with the source and the row's line. */
final class TableReader {

    private final String source;

    TableReader(String source) {
        this.source = source;
    }

    InputException error(int line, String detail) {
        return new InputException(source, line, 0, "", detail);
    }

    InputException error(int line, String detail, Throwable cause) {
        return new InputException(source, line, 0, "", detail, cause);
    }

    /** Fails unless row {@code r} has one of the {@code allowed} widths (ascending). */
    void checkWidth(NumericTable t, int r, int[] allowed) {
        int width = t.width(r);
        for (int w : allowed) {
            if (w == width) {
                return;
            }
        }
        throw error(t.line(r), t.field() + " row " + (r + 1) + " has " + width + " columns; expected "
                + describe(allowed));
    }

    /** "11, 13, 17 or 21". */
    static String describe(int[] allowed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < allowed.length; i++) {
            if (i > 0) {
                sb.append(i == allowed.length - 1 ? " or " : ", ");
            }
            sb.append(allowed[i]);
        }
        return sb.toString();
    }

    /** The value at (r, c), which must be a whole number in int range (a bus number, area, type, ...). */
    int wholeNumber(NumericTable t, int r, int c, String column) {
        double v = t.get(r, c);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw error(t.line(r), t.field() + " row " + (r + 1) + ": " + column + " (column " + (c + 1)
                    + ") must be a whole number, got " + v);
        }
        return (int) v;
    }
}

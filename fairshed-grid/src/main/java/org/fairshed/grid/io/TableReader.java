package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import org.fairshed.grid.model.GridValidator;

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

    /** A field the case must have is not there: the error names the field (it has no line). */
    InputException missing(String field, String what) {
        return InputException.atField(source, field, "is missing (" + what + ")");
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

    /**
     * The value at (r, c), which must be a whole number in [min, max] (a bus number, area, type, ...); compared as a
     * double before it is narrowed, so 4294967297 is refused, never read as 1.
     */
    int wholeNumber(NumericTable t, int r, int c, String column, int min, int max) {
        double v = t.get(r, c);
        if (v != Math.rint(v) || v < min || v > max) {
            throw error(t.line(r), t.field() + " row " + (r + 1) + ": " + column + " (column " + (c + 1)
                    + ") must be a whole number from " + min + " to " + max + ", got " + GridValidator.show(v));
        }
        return (int) v;
    }

    /**
     * A status column: 0 (out of service) or 1 (in service). MATPOWER reads a generator status above 0 as in service
     * but a branch status other than 0 as in service, so any other value (2, -1, 0.5) is refused rather than guessed.
     */
    boolean status(NumericTable t, int r, int c, String column) {
        double v = t.get(r, c);
        if (v != 0 && v != 1) {
            throw error(t.line(r), t.field() + " row " + (r + 1) + ": " + column + " (column " + (c + 1)
                    + ") must be 0 (out of service) or 1 (in service), got " + GridValidator.show(v));
        }
        return v == 1;
    }

    /** Fails on the first NaN of row {@code r} from column {@code from} on (columns the reader does not use). */
    void noNaN(NumericTable t, int r, int from, String[] names) {
        for (int c = from; c < t.width(r); c++) {
            if (Double.isNaN(t.get(r, c))) {
                throw error(t.line(r), t.field() + " row " + (r + 1) + ": " + name(names, c) + " (column " + (c + 1)
                        + ") must be a number, got NaN");
            }
        }
    }

    /** The error of a value out of range, at its row's line, naming the column. */
    InputException outOfRange(NumericTable t, int r, String[] names, GridValidator.Violation v) {
        int c = indexOf(names, v.field());
        String column = c < 0 ? "" : v.field() + " (column " + (c + 1) + "): ";
        return error(t.line(r), t.field() + " row " + (r + 1) + ": " + column + v.detail());
    }

    private static String name(String[] names, int c) {
        return c < names.length ? names[c] : "value";
    }

    private static int indexOf(String[] names, String field) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return i;
            }
        }
        return -1;
    }
}

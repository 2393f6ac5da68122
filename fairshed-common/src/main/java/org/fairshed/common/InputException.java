package org.fairshed.common;

import java.util.Objects;

/**
 * Input that Fairshed refuses: a file, a request body or an option that is malformed, out of its physical range or
 * inconsistent. The one input-error type of every module: the command line maps it to exit code 2, the service to an
 * RFC 9457 problem naming {@link #field()}; anything else that escapes is an internal error.
 *
 * <p>The message is complete and meant for people, in the compiler style {@code source:line:column: field detail}
 * (the parts that are unknown are left out), e.g. {@code case.m:118: mpc.branch row 7, column 4 (x) must be a
 * finite number, got NaN} or {@code s1.json: slots[3].loadScale must be positive, got -1}. Code never parses it:
 * it reads the parts.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String detail;

    /**
     * @param source what was read, as the user named it: a file name, {@code "request body"}, {@code "command line"}
     * @param line   1-based line, 0 when no single line is to blame or the input has no lines
     * @param column 1-based column, 0 when unknown
     * @param field  path of the offending field ({@code slots[3].loadScale}, {@code --threads}); empty for none
     * @param detail what is wrong and what was expected, starting with a verb or a value
     */
    public InputException(String source, int line, int column, String field, String detail, Throwable cause) {
        super(format(source, line, column, field, detail), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field == null ? "" : field;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public InputException(String source, int line, int column, String field, String detail) {
        this(source, line, column, field, detail, null);
    }

    /** An error in a line of a text file ({@code case.m:118: ...}). */
    public static InputException atLine(String source, int line, String detail) {
        return new InputException(source, line, 0, "", detail);
    }

    /** An error in a named field ({@code s1.json: slots[3].loadScale ...}). */
    public static InputException atField(String source, String field, String detail) {
        return new InputException(source, 0, 0, field, detail);
    }

    /** An error of the whole input ({@code plan.json: ...}). */
    public static InputException of(String source, String detail) {
        return new InputException(source, 0, 0, "", detail);
    }

    /** The same error with a field path put in front of this one's (a nested reader's error, seen from outside). */
    public InputException under(String outerField) {
        String joined = outerField.isEmpty() ? field : field.isEmpty() ? outerField
                : field.startsWith("[") ? outerField + field : outerField + "." + field;
        return new InputException(source, line, column, joined, detail, getCause());
    }

    private static String format(String source, int line, int column, String field, String detail) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(' ');
        }
        return sb.append(detail).toString();
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line, 0 when unknown or not applicable. */
    public int line() {
        return line;
    }

    /** The 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The path of the offending field, empty when none. */
    public String field() {
        return field;
    }

    /** What is wrong, without the source, line and field. */
    public String detail() {
        return detail;
    }
}

package org.fairshed.grid.io;

/**
 * A case file that cannot be read as a grid: malformed syntax, a missing section, a row of the wrong width,
 * or values the grid model rejects. The message is complete and meant for people, in the compiler style
 * {@code source:line: what was expected} (or {@code source: ...} when no single line is to blame).
 */
public final class GridFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String detail;

    /**
     * @param source file name or other description of the input, as the user named it
     * @param line   1-based line number, or 0 when the problem concerns no single line
     * @param detail what is wrong and what was expected
     */
    public GridFormatException(String source, int line, String detail) {
        this(source, line, detail, null);
    }

    /** As {@link #GridFormatException(String, int, String)}, keeping the exception that revealed the problem. */
    public GridFormatException(String source, int line, String detail, Throwable cause) {
        super(format(source, line, detail), cause);
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    private static String format(String source, int line, String detail) {
        return line > 0 ? source + ":" + line + ": " + detail : source + ": " + detail;
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line number, 0 when unknown or not applicable. */
    public int line() {
        return line;
    }

    /** The message without the {@code source:line:} prefix. */
    public String detail() {
        return detail;
    }
}

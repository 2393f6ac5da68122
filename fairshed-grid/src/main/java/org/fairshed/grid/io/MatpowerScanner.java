package org.fairshed.grid.io;

import org.fairshed.common.InputException;
/**
 * Character-level scanner over a MATPOWER case text: positions, line numbers, blanks, comments, {@code ...}
 * continuations, identifiers, numbers and quoted strings. Numbers are parsed in place (no substring, no regex):
 * up to 15 significant digits with a small exponent take Clinger's exact fast path, the rest go to
 * {@link Double#parseDouble}, so every value is correctly rounded.
 */
final class MatpowerScanner {

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final int FAST_DIGITS = 15;
    private static final int PREVIEW_LENGTH = 30;

    private final char[] text;
    private final String source;
    private int pos;
    private int line = 1;

    MatpowerScanner(String text, String source) {
        this.text = text.toCharArray();
        this.source = source;
    }

    boolean atEnd() {
        return pos >= text.length;
    }

    /** The current character, or 0 at the end. */
    char peek() {
        return pos < text.length ? text[pos] : 0;
    }

    char peek(int ahead) {
        int p = pos + ahead;
        return p < text.length ? text[p] : 0;
    }

    void advance() {
        if (text[pos++] == '\n') {
            line++;
        }
    }

    int line() {
        return line;
    }

    /** Skips spaces, tabs, carriage returns and a {@code %} comment up to (not including) the newline. */
    void skipBlanks() {
        while (pos < text.length) {
            char c = text[pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '%' || c == '#') {
                skipRestOfLine();
            } else {
                return;
            }
        }
    }

    /** Skips to the newline that ends the current line, leaving it unconsumed. */
    void skipRestOfLine() {
        while (pos < text.length && text[pos] != '\n') {
            pos++;
        }
    }

    /** The rest of the current line without its comment, newline not consumed. */
    String restOfLine() {
        int start = pos;
        while (pos < text.length && text[pos] != '\n' && text[pos] != '%' && text[pos] != '#') {
            pos++;
        }
        String rest = new String(text, start, pos - start);
        skipRestOfLine();
        return rest;
    }

    /** True at {@code ...}, MATLAB's line continuation. */
    boolean atContinuation() {
        return pos + 2 < text.length && text[pos] == '.' && text[pos + 1] == '.' && text[pos + 2] == '.';
    }

    /** Skips a continuation: the dots, the rest of the line and its newline. */
    void skipContinuation() {
        skipRestOfLine();
        if (pos < text.length) {
            advance();
        }
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    /** Reads an identifier at the current position, or returns null (consuming nothing) when there is none. */
    String identifier() {
        if (pos >= text.length || !isIdentifierStart(text[pos])) {
            return null;
        }
        int start = pos;
        while (pos < text.length && isIdentifierPart(text[pos])) {
            pos++;
        }
        return new String(text, start, pos - start);
    }

    /**
     * Reads one number: optional sign, decimal digits with optional fraction and exponent ({@code 1e-3},
     * {@code .5}, {@code 7.}), or {@code Inf}/{@code NaN} in any case.
     *
     * @throws InputException when the next token is not a number (message "expected a number, got 'x'")
     */
    double number() {
        int start = pos;
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = peek() == '-';
            pos++;
        }
        double value = isIdentifierStart(peek()) ? special(start) : decimal(start);
        if (!atDelimiter()) {
            throw notANumber(start);
        }
        return negative ? -value : value;
    }

    private double special(int start) {
        String word = identifier();
        if (word.equalsIgnoreCase("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        throw notANumber(start);
    }

    private double decimal(int start) {
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digits = 0;
        boolean inFraction = false;
        for (; pos < text.length; pos++) {
            char c = text[pos];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') {
                    significant++;
                    if (significant <= FAST_DIGITS + 3) {
                        mantissa = mantissa * 10 + (c - '0');
                        exponent -= inFraction ? 1 : 0;
                    } else {
                        exponent += inFraction ? 0 : 1;
                    }
                } else if (inFraction) {
                    exponent--;
                }
            } else if (c == '.' && !inFraction && !atContinuation()) {
                inFraction = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw notANumber(start);
        }
        if (pos < text.length && (text[pos] == 'e' || text[pos] == 'E')) {
            exponent += exponentPart(start);
        }
        if (significant <= FAST_DIGITS && exponent >= -22 && exponent <= 22) {
            return exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
        }
        return slowParse(start);
    }

    private int exponentPart(int start) {
        pos++;
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = peek() == '-';
            pos++;
        }
        int digitsStart = pos;
        int value = 0;
        while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') {
            value = Math.min(value * 10 + (text[pos] - '0'), 100_000);
            pos++;
        }
        if (pos == digitsStart) {
            throw notANumber(start);
        }
        return negative ? -value : value;
    }

    private double slowParse(int start) {
        int from = text[start] == '+' || text[start] == '-' ? start + 1 : start;
        double v = Double.parseDouble(new String(text, from, pos - from));
        if (Double.isInfinite(v)) {
            // 1e400 is not Inf: refused here rather than read as an infinite limit
            int end = pos;
            pos = start;
            String token = new String(text, start, Math.min(end - start, PREVIEW_LENGTH));
            throw error("the number " + token + " is beyond the range of a double (about 1.8e308)");
        }
        return v;
    }

    /** True where a matrix element may end: blank, separator, bracket, comment, newline or the end. */
    boolean atDelimiter() {
        if (pos >= text.length) {
            return true;
        }
        char c = text[pos];
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == ']' || c == '}'
                || c == '%' || c == '#' || c == '\f' || atContinuation();
    }

    private InputException notANumber(int start) {
        pos = start;
        return error("expected a number, got '" + preview() + "'");
    }

    /** The token at the current position (up to a delimiter), shortened, for error messages. */
    String preview() {
        int end = pos;
        while (end < text.length && end - pos < PREVIEW_LENGTH) {
            char c = text[end];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == ']' || c == '}') {
                break;
            }
            end++;
        }
        return end == pos ? (pos < text.length ? String.valueOf(text[pos]) : "end of file")
                : new String(text, pos, end - pos);
    }

    /**
     * Reads a string in single quotes ({@code ''} stands for one quote) or double quotes ({@code ""} likewise).
     * The current character must be the opening quote.
     */
    String quoted() {
        char quote = text[pos];
        int startLine = line;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length || text[pos] == '\n') {
                throw error(startLine, "string opened with " + quote + " is not closed on the same line");
            }
            char c = text[pos++];
            if (c != quote) {
                sb.append(c);
            } else if (pos < text.length && text[pos] == quote) {
                sb.append(quote);
                pos++;
            } else {
                return sb.toString();
            }
        }
    }

    /** Whether a quote at the current position opens a string rather than being MATLAB's transpose operator. */
    boolean quoteOpensString() {
        int p = pos - 1;
        while (p >= 0 && (text[p] == ' ' || text[p] == '\t')) {
            p--;
        }
        if (p < 0 || p < pos - 1) {
            return true;
        }
        char before = text[p];
        return !(isIdentifierPart(before) || before == ']' || before == ')' || before == '}' || before == '\''
                || before == '.');
    }

    InputException error(String detail) {
        return new InputException(source, line, 0, "", detail);
    }

    InputException error(int atLine, String detail) {
        return new InputException(source, atLine, 0, "", detail);
    }
}

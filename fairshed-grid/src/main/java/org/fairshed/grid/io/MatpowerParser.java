package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.common.Limits;
import org.fairshed.grid.model.GridValidator;

/**
 * Parses the MATLAB subset that MATPOWER case files use into {@link MatpowerData}: the function header,
 * {@code mpc.field = value;} assignments whose values are numbers, strings, matrices in {@code [ ]} and cell
 * arrays in {@code { }}. Fields the reader does not need ({@code mpc.areas}, {@code mpc.dcline}, structs, any
 * other statement) are skipped by bracket matching, so they may hold anything MATLAB accepts.
 */
final class MatpowerParser {

    private static final Set<String> TABLES = Set.of("bus", "gen", "branch", "gencost");
    /** Most rows of each table read (the limits of {@link GridValidator} and {@link Limits}), checked as rows start. */
    private static final Map<String, Integer> MAX_ROWS = Map.of("bus", Limits.MAX_BUSES,
            "gen", GridValidator.MAX_GENERATORS, "branch", GridValidator.MAX_BRANCHES,
            "gencost", 2 * GridValidator.MAX_GENERATORS);
    private static final Set<String> CELLS = Set.of("bus_name", "genfuel", "gentype");

    private final MatpowerScanner in;
    private final String source;
    private final Map<String, NumericTable> tables = new HashMap<>();
    private final Map<String, MatpowerData.StringCells> cells = new HashMap<>();
    /** Line of the assignment of each field read, to refuse a second one */
    private final Map<String, Integer> assigned = new HashMap<>();
    private String struct = "mpc";
    private String functionName;
    private String version;
    private int versionLine;
    private double baseMva = Double.NaN;
    private int baseMvaLine;

    private MatpowerParser(String text, String source) {
        this.in = new MatpowerScanner(text, source);
        this.source = source;
    }

    /** @throws InputException on malformed syntax in a field the reader needs */
    static MatpowerData parse(String text, String source) {
        return new MatpowerParser(text, source).run();
    }

    private MatpowerData run() {
        while (true) {
            skipBetweenStatements();
            if (in.atEnd()) {
                return new MatpowerData(functionName, version, versionLine, baseMva, baseMvaLine, tables, cells);
            }
            statement();
        }
    }

    private void skipBetweenStatements() {
        while (true) {
            in.skipBlanks();
            char c = in.peek();
            if (c == '\n' || c == ';' || c == ',') {
                in.advance();
            } else if (in.atContinuation()) {
                in.skipContinuation();
            } else {
                return;
            }
        }
    }

    private void statement() {
        String name = in.identifier();
        if (name == null) {
            skipStatement();
            return;
        }
        if (name.equals("function")) {
            functionHeader(in.restOfLine());
            return;
        }
        StringBuilder path = new StringBuilder(name);
        while (in.peek() == '.' && MatpowerScanner.isIdentifierStart(in.peek(1))) {
            in.advance();
            path.append('.').append(in.identifier());
        }
        in.skipBlanks();
        if (in.peek() != '=' || in.peek(1) == '=') {
            skipStatement();
            return;
        }
        in.advance();
        in.skipBlanks();
        assignment(path.toString());
    }

    /** {@code function mpc = name}, {@code function [mpc] = name(args)} or {@code function name}. */
    private void functionHeader(String header) {
        int eq = header.indexOf('=');
        String target = eq < 0 ? header : header.substring(eq + 1);
        int paren = target.indexOf('(');
        functionName = (paren < 0 ? target : target.substring(0, paren)).strip();
        if (eq >= 0) {
            String output = header.substring(0, eq).replace('[', ' ').replace(']', ' ').strip();
            if (!output.isEmpty()) {
                struct = output;
            }
        }
    }

    private void assignment(String path) {
        String field = path.startsWith(struct + ".") ? path.substring(struct.length() + 1) : null;
        if (field == null || field.indexOf('.') >= 0) {
            skipStatement();
            return;
        }
        if (field.equals("version") || field.equals("baseMVA") || TABLES.contains(field) || CELLS.contains(field)) {
            Integer first = assigned.putIfAbsent(field, in.line());
            if (first != null) {
                throw in.error(path + " is assigned twice (lines " + first + " and " + in.line()
                        + "); a case file sets each field once");
            }
        }
        if (field.equals("version")) {
            versionLine = in.line();
            version = versionValue(path);
        } else if (field.equals("baseMVA")) {
            baseMvaLine = in.line();
            baseMva = numberFor(path);
            endOfStatement(path);
        } else if (TABLES.contains(field)) {
            tables.put(field, table(path));
        } else if (CELLS.contains(field)) {
            cells.put(field, cells(path));
        } else {
            skipStatement();
        }
    }

    private String versionValue(String path) {
        char c = in.peek();
        String value;
        if (c == '\'' || c == '"') {
            value = in.quoted();
        } else {
            double v = numberFor(path);
            value = GridValidator.show(v);
        }
        endOfStatement(path);
        return value;
    }

    private double numberFor(String path) {
        try {
            return in.number();
        } catch (InputException e) {
            throw in.error(path + ": " + e.detail());
        }
    }

    private NumericTable table(String path) {
        if (in.peek() != '[') {
            throw in.error(path + ": expected a matrix in [ ], got '" + in.preview() + "'");
        }
        NumericTable table = new NumericTable(source, path, in.line(), MAX_ROWS.get(path.substring(path.lastIndexOf('.') + 1)));
        in.advance();
        while (true) {
            switch (in.peek()) {
                case ' ', '\t', '\r', ',', '\f' -> in.advance();
                case '%', '#' -> in.skipRestOfLine();
                case '\n', ';' -> {
                    table.endRow();
                    in.advance();
                }
                case ']' -> {
                    table.endRow();
                    in.advance();
                    endOfStatement(path);
                    return table;
                }
                default -> element(table);
            }
        }
    }

    private void element(NumericTable table) {
        if (in.atEnd()) {
            throw unclosed(table.field(), '[', ']', table.openLine(), "the end of the file");
        }
        if (in.atContinuation()) {
            in.skipContinuation();
            return;
        }
        int line = in.line();
        try {
            table.add(in.number(), line);
        } catch (InputException e) {
            String token = in.preview();
            if (token.startsWith(struct + ".")) {
                throw unclosed(table.field(), '[', ']', table.openLine(), "'" + token + "' on line " + line);
            }
            throw in.error(table.field() + " row " + (table.rows() + 1) + ": " + e.detail());
        }
    }

    private MatpowerData.StringCells cells(String path) {
        if (in.peek() != '{') {
            throw in.error(path + ": expected a cell array of strings in { }, got '" + in.preview() + "'");
        }
        int open = in.line();
        in.advance();
        List<String> values = new ArrayList<>();
        while (true) {
            char c = in.peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == '\f') {
                in.advance();
            } else if (c == '%' || c == '#') {
                in.skipRestOfLine();
            } else if (c == '\'' || c == '"') {
                values.add(in.quoted());
            } else if (c == '}') {
                in.advance();
                endOfStatement(path);
                return new MatpowerData.StringCells(path, open, values);
            } else if (in.atEnd()) {
                throw unclosed(path, '{', '}', open, "the end of the file");
            } else if (in.atContinuation()) {
                in.skipContinuation();
            } else {
                throw in.error(path + " entry " + (values.size() + 1) + ": expected a string in quotes, got '"
                        + in.preview() + "'");
            }
        }
    }

    /** After a value: an optional {@code ;} or {@code ,}, else the line must end. */
    private void endOfStatement(String path) {
        in.skipBlanks();
        char c = in.peek();
        if (c == ';' || c == ',') {
            in.advance();
        } else if (!in.atEnd() && c != '\n') {
            throw in.error(path + ": expected ';' or the end of the line after the value, got '" + in.preview() + "'");
        }
    }

    /** Skips one statement of no interest: up to a newline, {@code ;} or {@code ,} outside brackets. */
    private void skipStatement() {
        int depth = 0;
        int openLine = 0;
        char open = 0;
        while (!in.atEnd()) {
            char c = in.peek();
            if (c == '%' || c == '#') {
                in.skipRestOfLine();
            } else if (in.atContinuation()) {
                in.skipContinuation();
            } else if (c == '"' || (c == '\'' && in.quoteOpensString())) {
                in.quoted();
            } else if (depth == 0 && (c == '\n' || c == ';' || c == ',')) {
                return;
            } else {
                if (c == '[' || c == '{' || c == '(') {
                    if (depth++ == 0) {
                        open = c;
                        openLine = in.line();
                    }
                } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                    depth--;
                }
                in.advance();
            }
        }
        if (depth > 0) {
            throw unclosed("statement", open, closing(open), openLine, "the end of the file");
        }
    }

    private static char closing(char open) {
        return open == '[' ? ']' : open == '{' ? '}' : ')';
    }

    private InputException unclosed(String what, char open, char close, int openLine, String before) {
        return in.error(openLine, what + ": '" + open + "' opened on line " + openLine + " is not closed with '"
                + close + "' before " + before);
    }
}

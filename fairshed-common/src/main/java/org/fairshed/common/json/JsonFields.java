package org.fairshed.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.fairshed.common.InputException;

/**
 * Typed access to a JSON tree read by {@link JsonInput}; every failure is an {@link InputException} naming the source
 * and the field path ({@code areaLoadMw["4"]}, {@code derates[0].factor}), the value found and what was expected.
 * Numbers must be finite; whole numbers are checked against their range before they are narrowed (no wrap-around).
 */
public final class JsonFields {

    private static final int MAX_HINT_DISTANCE = 3;
    private static final int SAMPLE_SIZE = 12;
    private static final int DESCRIBE_LENGTH = 40;

    private final String source;

    public JsonFields(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public InputException error(String path, String detail) {
        return InputException.atField(source, path, detail);
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** {@code path["name"]}: the path of an object member whose name is data (a region, a bus number). */
    public static String key(String path, String name) {
        return path + "[\"" + name + "\"]";
    }

    /** {@code path.name}: the path of a named field. */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code path[i]}. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** {@code node} as an object whose fields are all in {@code known} (an unknown one is named, with a hint). */
    public JsonNode object(JsonNode node, String path, Collection<String> known) {
        if (absent(node) || !node.isObject()) {
            throw error(path, "must be an object, got " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String where = path.isEmpty() ? "" : " in " + path;
                throw error(child(path, name), "is not a known field" + where + hint(name, known)
                        + "; known fields: " + String.join(", ", known));
            }
        }
        return node;
    }

    /** {@code node} as an object mapping names to values (any names). */
    public JsonNode map(JsonNode node, String path, String what) {
        if (absent(node) || !node.isObject()) {
            throw error(path, "must be an object mapping " + what + ", got " + describe(node));
        }
        return node;
    }

    /** {@code node} as a list, at most {@code maxSize} long. */
    public JsonNode list(JsonNode node, String path, int maxSize) {
        if (absent(node) || !node.isArray()) {
            throw error(path, "must be a list, got " + describe(node));
        }
        if (node.size() > maxSize) {
            throw error(path, "has " + node.size() + " entries; at most " + maxSize + " are accepted");
        }
        return node;
    }

    /** The member {@code name} of {@code parent}, which must be there. */
    public JsonNode required(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            throw error(child(path, name), "is missing");
        }
        return node;
    }

    public String text(JsonNode node, String path) {
        if (absent(node) || !node.isTextual() || node.asText().isBlank()) {
            throw error(path, "must be a non-empty string, got " + describe(node));
        }
        return node.asText();
    }

    /** A whole number in [min, max]; a fraction, an exponent form or a value out of range is refused as it stands. */
    public long wholeNumber(JsonNode node, String path, long min, long max) {
        if (absent(node) || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error(path, "must be a whole number between " + min + " and " + max + ", got " + describe(node));
        }
        long v = node.asLong();
        if (v < min || v > max) {
            throw error(path, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    public int intIn(JsonNode node, String path, int min, int max) {
        return (int) wholeNumber(node, path, min, max);
    }

    /** A whole number from 1 to {@link Integer#MAX_VALUE}. */
    public int positiveInt(JsonNode node, String path) {
        if (absent(node) || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() <= 0) {
            throw error(path, "must be a positive whole number, got " + describe(node));
        }
        return node.asInt();
    }

    /** A whole number written as text (an object key, a CSV cell), parsed without overflow. */
    public int wholeNumber(String text, String path, String what, int min, int max) {
        long v;
        try {
            v = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw error(path, "is not a valid " + what + ": expected a whole number, got \"" + shorten(text) + "\"");
        }
        if (v < min || v > max) {
            throw error(path, "is not a valid " + what + ": must be between " + min + " and " + max + ", got " + v);
        }
        return (int) v;
    }

    /** A finite number. */
    public double number(JsonNode node, String path) {
        if (absent(node) || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw error(path, "must be a finite number, got " + describe(node));
        }
        return node.asDouble();
    }

    /** A finite number in [min, max]. */
    public double numberIn(JsonNode node, String path, double min, double max) {
        double v = number(node, path);
        if (v < min || v > max) {
            throw error(path, "must be between " + plain(min) + " and " + plain(max) + ", got " + node);
        }
        return v;
    }

    public double nonNegative(JsonNode node, String path) {
        double v = number(node, path);
        if (v < 0) {
            throw error(path, "must not be negative, got " + node);
        }
        return v;
    }

    public double positive(JsonNode node, String path) {
        double v = number(node, path);
        if (!(v > 0)) {
            throw error(path, "must be positive, got " + node);
        }
        return v;
    }

    /** A fraction in [0, 1]. */
    public double share(JsonNode node, String path) {
        double v = number(node, path);
        if (v < 0 || v > 1) {
            throw error(path, "must be between 0 and 1, got " + node);
        }
        return v;
    }

    public boolean bool(JsonNode node, String path) {
        if (absent(node) || !node.isBoolean()) {
            throw error(path, "must be true or false, got " + describe(node));
        }
        return node.asBoolean();
    }

    /** {@code formatVersion} of a document, which must be one of {@code supported}. */
    public int formatVersion(JsonNode root, int... supported) {
        JsonNode node = root.get("formatVersion");
        StringBuilder list = new StringBuilder();
        for (int v : supported) {
            list.append(list.isEmpty() ? "" : " or ").append(v);
        }
        if (absent(node)) {
            throw error("formatVersion", "is missing; expected " + list);
        }
        long v = wholeNumber(node, "formatVersion", Integer.MIN_VALUE, Integer.MAX_VALUE);
        for (int s : supported) {
            if (v == s) {
                return s;
            }
        }
        throw error("formatVersion", "is " + v + ": this Fairshed reads version " + list
                + " (a newer Fairshed wrote this file?)");
    }

    /** A short, safe rendering of a value for messages: "nothing", the text, or the start of a long one. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            return "a number beyond the range of a double (about 1.8e308)";
        }
        String text = node.toString();
        String kind = node.isObject() ? "an object " : node.isArray() ? "a list " : "";
        return kind + shorten(text);
    }

    private static String shorten(String text) {
        return text.length() > DESCRIBE_LENGTH ? text.substring(0, DESCRIBE_LENGTH - 3) + "..." : text;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** {@code "; did you mean \"x\"?"} when a known name is close to {@code name}, else empty. */
    public static String hint(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.min(MAX_HINT_DISTANCE, Math.max(1, name.length() / 3));
        return best != null && bestDistance <= allowed ? "; did you mean \"" + best + "\"?" : "";
    }

    /** Edit distance counting a swap of two adjacent letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The first few items of {@code items}, comma-separated, with "..." when there are more. */
    public static String sample(Collection<?> items) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Object item : items) {
            if (shown == SAMPLE_SIZE) {
                return sb.append(", ... (").append(items.size()).append(" in all)").toString();
            }
            sb.append(shown++ == 0 ? "" : ", ").append(item);
        }
        return sb.toString();
    }

    public static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        return node::fields;
    }
}

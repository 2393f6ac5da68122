package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Typed access to a scenario's JSON tree; every failure is a {@link ScenarioException} naming the file and the
 * field path ({@code areaLoadMw["4"]}, {@code derates[0].factor}).
 */
final class JsonFields {

    private static final int MAX_HINT_DISTANCE = 3;
    private static final int SAMPLE_SIZE = 12;

    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    ScenarioException error(String path, String detail) {
        return new ScenarioException(source, path, detail);
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    static String key(String path, String name) {
        return path + "[\"" + name + "\"]";
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    JsonNode object(JsonNode node, String path, Collection<String> known) {
        if (!node.isObject()) {
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

    JsonNode map(JsonNode node, String path, String what) {
        if (!node.isObject()) {
            throw error(path, "must be an object mapping " + what + ", got " + describe(node));
        }
        return node;
    }

    String text(JsonNode node, String path) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(path, "must be a non-empty string, got " + describe(node));
        }
        return node.asText();
    }

    int positiveInt(JsonNode node, String path) {
        if (!node.isIntegralNumber() || node.asLong() <= 0 || node.asLong() > Integer.MAX_VALUE) {
            throw error(path, "must be a positive whole number, got " + describe(node));
        }
        return node.asInt();
    }

    /** A whole number from a JSON value or an object key (keys are strings). */
    int wholeNumber(String text, String path, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw error(path, "is not a valid " + what + ": expected a whole number, got \"" + text + "\"");
        }
    }

    double number(JsonNode node, String path) {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw error(path, "must be a number, got " + describe(node));
        }
        return node.asDouble();
    }

    double nonNegative(JsonNode node, String path) {
        double v = number(node, path);
        if (v < 0) {
            throw error(path, "must not be negative, got " + node);
        }
        return v;
    }

    double positive(JsonNode node, String path) {
        double v = number(node, path);
        if (!(v > 0)) {
            throw error(path, "must be positive, got " + node);
        }
        return v;
    }

    double share(JsonNode node, String path) {
        double v = number(node, path);
        if (v < 0 || v > 1) {
            throw error(path, "must be between 0 and 1, got " + node);
        }
        return v;
    }

    boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw error(path, "must be true or false, got " + describe(node));
        }
        return node.asBoolean();
    }

    /** A list of one number per slot; {@code shares} restricts values to [0, 1], otherwise they must be &gt;= 0. */
    SlotProfile profile(JsonNode node, String path, int slots, boolean shares) {
        if (!node.isArray()) {
            throw error(path, "must be a list of one number per slot (" + slots + "), got " + describe(node));
        }
        if (node.size() != slots) {
            throw error(path, "has " + node.size() + " values; expected one per slot (" + slots + ")");
        }
        double[] values = new double[slots];
        for (int t = 0; t < slots; t++) {
            String p = path + "[" + t + "]";
            values[t] = shares ? share(node.get(t), p) : nonNegative(node.get(t), p);
        }
        return new SlotProfile(values);
    }

    static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        String kind = node.isObject() ? "an object " : node.isArray() ? "a list " : "";
        return kind + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }

    /** {@code "; did you mean \"x\"?"} when a known name is close to {@code name}, else empty. */
    static String hint(String name, Collection<String> known) {
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
    static String sample(Collection<?> items) {
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

    static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        return node::fields;
    }
}

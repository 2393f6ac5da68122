package org.fairshed.plan.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a JSON document, as a hostile or careless user makes them: a value replaced by NaN, ±Infinity,
 * a number beyond a double, a huge, negative or zero number, an integer wrapped at 2³², a value of the wrong type; a
 * field deleted or written twice; an element dropped from or added to a list. One mutation per copy; each says what
 * it did, for the failure message.
 */
public final class JsonMutator {

    /** A mutated document: its text and what was done to it. */
    public record Mutant(String text, String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Raw tokens spliced into the text in place of a marker string (Jackson would not write them). */
    private static final List<String> RAW = List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400");
    private static final String MARK = "__mutant_raw_";

    private final Random random;

    public JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutated copy of {@code root} (left unchanged). */
    public Mutant mutate(JsonNode root) {
        JsonNode copy = root.deepCopy();
        List<String[]> paths = new ArrayList<>();
        List<JsonNode[]> places = new ArrayList<>();
        collect(copy, "", paths, places);
        int pick = random.nextInt(places.size());
        JsonNode parent = places.get(pick)[0];
        String key = paths.get(pick)[1];
        String where = paths.get(pick)[0];
        JsonNode old = places.get(pick)[1];
        int kind = random.nextInt(12);
        String rawToken = null;
        String what;
        JsonNode replacement;
        switch (kind) {
            case 0 -> {
                rawToken = RAW.get(random.nextInt(RAW.size()));
                replacement = NODES.textNode(MARK + rawToken);
                what = rawToken;
            }
            case 1 -> {
                replacement = NODES.numberNode(random.nextBoolean() ? 1e100 : 1e308);
                what = replacement.toString();
            }
            case 2 -> {
                replacement = old.isNumber() ? NODES.numberNode(-Math.max(1, Math.abs(old.asDouble()))) : NODES.numberNode(-1);
                what = "negative " + replacement;
            }
            case 3 -> {
                long wrapped = (1L << 32) + (old.isIntegralNumber() ? old.asLong() : 1);
                replacement = NODES.numberNode(wrapped);
                what = "wrapped " + wrapped;
            }
            case 4 -> {
                replacement = NODES.numberNode(0);
                what = "0";
            }
            case 5 -> {
                replacement = switch (random.nextInt(5)) {
                    case 0 -> NODES.textNode("12");
                    case 1 -> NODES.objectNode();
                    case 2 -> NODES.arrayNode();
                    case 3 -> NODES.booleanNode(true);
                    default -> NODES.nullNode();
                };
                what = "wrong type " + replacement;
            }
            case 6 -> {
                replacement = NODES.numberNode(old.isNumber() ? old.asDouble() * (1 + random.nextInt(200)) : 7.5);
                what = "scaled " + replacement;
            }
            case 7 -> {
                replacement = NODES.numberNode(old.isIntegralNumber() ? old.asLong() + 1 + random.nextInt(3) : 2.5);
                what = "off by some " + replacement;
            }
            default -> {
                return structural(copy, parent, key, where, kind);
            }
        }
        set(parent, key, replacement);
        return new Mutant(render(copy, rawToken), where + " := " + what);
    }

    /** Deletes or duplicates the member, or drops or adds a list element. */
    private Mutant structural(JsonNode root, JsonNode parent, String key, String where, int kind) {
        if (parent instanceof ObjectNode o && (kind == 8 || kind == 9)) {
            if (kind == 8) {
                o.remove(key);
                return new Mutant(render(root, null), where + " deleted");
            }
            // written twice: a marker member, renamed in the text
            o.set(MARK + "dup", o.get(key).deepCopy());
            String text = render(root, null).replace("\"" + MARK + "dup\"", JSON.getNodeFactory().textNode(key).toString());
            return new Mutant(text, where + " written twice");
        }
        if (parent instanceof ArrayNode a && a.size() > 0) {
            int i = Integer.parseInt(key);
            if (kind % 2 == 0) {
                a.remove(i);
                return new Mutant(render(root, null), where + " removed from its list");
            }
            a.insert(i, a.get(i).deepCopy());
            return new Mutant(render(root, null), where + " repeated in its list");
        }
        set(parent, key, NODES.numberNode(-7));
        return new Mutant(render(root, null), where + " := -7");
    }

    /** Every member and element below the root: {path, key} and {parent, node}. */
    private static void collect(JsonNode node, String path, List<String[]> paths, List<JsonNode[]> places) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                paths.add(new String[] {p, e.getKey()});
                places.add(new JsonNode[] {node, e.getValue()});
                collect(e.getValue(), p, paths, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                paths.add(new String[] {p, Integer.toString(i)});
                places.add(new JsonNode[] {node, node.get(i)});
                collect(node.get(i), p, paths, places);
            }
        }
    }

    private static void set(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(key, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(key), value);
        }
    }

    private static String render(JsonNode root, String rawToken) {
        try {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            return rawToken == null ? text : text.replace("\"" + MARK + rawToken + "\"", rawToken);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

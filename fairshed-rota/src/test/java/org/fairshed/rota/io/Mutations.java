package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fairshed.rota.PlanTexts;

/**
 * Seeded hostile edits of a JSON document, as a person or a broken tool makes them: a value replaced by NaN, ±Inf, a
 * huge, negative or zero number, an integer that wraps at 2³², a value of the wrong type or null; a field deleted or
 * written twice; two list entries swapped; the text cut short.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SplittableRandom random;

    Mutations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutated copy of {@code json} (its text; not necessarily JSON any more). */
    String mutate(String json) throws Exception {
        int kind = random.nextInt(16);
        if (kind == 0) {
            return json.substring(0, random.nextInt(json.length()));
        }
        JsonNode root = PlanTexts.JSON.readTree(json);
        List<JsonNode[]> places = new ArrayList<>();
        collect(root, places);
        JsonNode[] place = places.get(random.nextInt(places.size()));
        JsonNode parent = place[0];
        int index = place[1].asInt();
        String field = place[2] == null ? null : place[2].asText();
        switch (kind) {
            case 1 -> {
                return raw(root, parent, index, field, "NaN");
            }
            case 2 -> {
                return raw(root, parent, index, field, random.nextBoolean() ? "1e400" : "-1e400");
            }
            case 3 -> {
                if (field != null) {
                    ((ObjectNode) parent).remove(field);
                } else {
                    ((ArrayNode) parent).remove(index);
                }
                return root.toPrettyString();
            }
            case 4 -> {
                if (field == null) {
                    return raw(root, parent, index, null, "4294967297");
                }
                String text = root.toPrettyString();
                String key = "\"" + field + "\" : ";
                int at = text.indexOf(key);
                return at < 0 ? text : text.substring(0, at) + key + "0, " + text.substring(at);
            }
            case 5 -> {
                if (parent.isArray() && parent.size() > 1) {
                    ArrayNode list = (ArrayNode) parent;
                    int other = random.nextInt(list.size());
                    JsonNode a = list.get(index);
                    list.set(index, list.get(other));
                    list.set(other, a);
                    return root.toPrettyString();
                }
                return set(root, parent, index, field, NODES.numberNode(0));
            }
            default -> {
                return set(root, parent, index, field, value(kind));
            }
        }
    }

    private JsonNode value(int kind) {
        return switch (kind) {
            case 6 -> NODES.numberNode(1e300);
            case 7 -> NODES.numberNode(-5.0);
            case 8 -> NODES.numberNode(4294967297L);
            case 9 -> NODES.numberNode(-4294967296L);
            case 10 -> NODES.textNode("x");
            case 11 -> NODES.booleanNode(true);
            case 12 -> NODES.arrayNode();
            case 13 -> NODES.objectNode();
            case 14 -> NODES.nullNode();
            default -> NODES.numberNode(random.nextDouble() * 1e6);
        };
    }

    private static String set(JsonNode root, JsonNode parent, int index, String field, JsonNode value) {
        if (field != null) {
            ((ObjectNode) parent).set(field, value);
        } else {
            ((ArrayNode) parent).set(index, value);
        }
        return root.toPrettyString();
    }

    /** The document with one value written as {@code literal} (which may not be JSON). */
    private static String raw(JsonNode root, JsonNode parent, int index, String field, String literal) {
        String marker = "\"@@MUTATION@@\"";
        set(root, parent, index, field, NODES.textNode("@@MUTATION@@"));
        return root.toPrettyString().replace(marker, literal);
    }

    /** Every value's place: {parent, index in a list, field name in an object (or null)}. */
    private static void collect(JsonNode node, List<JsonNode[]> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(new JsonNode[] {node, NODES.numberNode(-1), NODES.textNode(name)});
                collect(node.get(name), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new JsonNode[] {node, NODES.numberNode(i), null});
                collect(node.get(i), out);
            }
        }
    }
}

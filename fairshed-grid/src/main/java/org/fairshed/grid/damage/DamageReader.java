package org.fairshed.grid.damage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Damage} from JSON: the {@code outages} ({@code generators}, {@code branches}, {@code buses})
 * and {@code derates} ({@code [{generators: [...], factor}]}) fields of a scenario file, or a file holding
 * only those fields. Errors name the file and the field.
 */
public final class DamageReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DamageReader() {
    }

    public static Damage read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read damage file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.getFileName().toString());
    }

    /** Parses damage JSON; {@code source} names the input in error messages. */
    public static Damage parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        return fromJson(root, source);
    }

    /** Reads the damage fields of an already parsed scenario or damage object. */
    public static Damage fromJson(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object with 'outages' and/or 'derates'");
        }
        JsonNode outages = root.path("outages");
        if (!outages.isMissingNode() && !outages.isNull() && !outages.isObject()) {
            throw new IllegalArgumentException(source + ": 'outages' must be an object with generators, branches, buses");
        }
        List<Integer> gens = intList(outages.path("generators"), source, "outages.generators");
        List<Integer> branches = intList(outages.path("branches"), source, "outages.branches");
        List<Integer> buses = intList(outages.path("buses"), source, "outages.buses");
        List<Derate> derates = new ArrayList<>();
        JsonNode d = root.path("derates");
        if (!d.isMissingNode() && !d.isNull()) {
            if (!d.isArray()) {
                throw new IllegalArgumentException(source + ": 'derates' must be a list of {generators: [...], factor}");
            }
            for (int i = 0; i < d.size(); i++) {
                String field = "derates[" + i + "]";
                JsonNode f = d.get(i).path("factor");
                if (!f.isNumber()) {
                    throw new IllegalArgumentException(source + ": " + field + ".factor must be a number between 0 and 1");
                }
                try {
                    derates.add(new Derate(intList(d.get(i).path("generators"), source, field + ".generators"), f.asDouble()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": " + field + ": " + e.getMessage(), e);
                }
            }
        }
        return new Damage(gens, branches, buses, derates);
    }

    private static List<Integer> intList(JsonNode node, String source, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a list of whole numbers");
        }
        List<Integer> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            if (!v.isIntegralNumber()) {
                throw new IllegalArgumentException(source + ": " + field + "[" + i + "] = " + v + ": expected a whole number");
            }
            out.add(v.asInt());
        }
        return out;
    }
}

package org.fairshed.grid.damage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.grid.model.GridValidator;

/**
 * Reads a {@link Damage} from JSON: the {@code outages} ({@code generators}, {@code branches}, {@code buses})
 * and {@code derates} ({@code [{generators: [...], factor}]}) fields of a scenario file, or a file holding
 * only those fields (other top-level fields are left to the scenario reader). Strict JSON (duplicate keys, trailing
 * content refused), at most {@link Limits#MAX_JSON_INPUT_BYTES}; rows and bus numbers are whole numbers from 1 to
 * 2147483647 checked before they are narrowed (4294967297 is refused, never read as 1); a derate factor is a finite
 * number from 0 to {@link Derate#MAX_FACTOR}. Every error is an {@link InputException} naming the file and the field;
 * the damage remembers the file so that {@link Damage#applyTo} names it too.
 */
public final class DamageReader {

    private static final Set<String> OUTAGE_FIELDS = Set.of("generators", "branches", "buses");
    private static final Set<String> DERATE_FIELDS = Set.of("generators", "factor");

    private DamageReader() {
    }

    /** @throws InputException when the file cannot be read or its damage fields are malformed */
    public static Damage read(Path file) {
        return fromJson(JsonInput.readObject(file, Limits.MAX_JSON_INPUT_BYTES, "damage or scenario file"),
                file.toString());
    }

    /** Parses damage JSON; {@code source} names the input in error messages. */
    public static Damage parse(String json, String source) {
        return fromJson(JsonInput.parseObject(json, source, "damage or scenario object"), source);
    }

    /** Reads the damage fields of an already parsed scenario or damage object. */
    public static Damage fromJson(JsonNode root, String source) {
        JsonFields f = new JsonFields(source);
        if (root == null || !root.isObject()) {
            throw InputException.of(source, "expected a JSON object with 'outages' and/or 'derates', got "
                    + JsonFields.describe(root));
        }
        JsonNode outages = root.get("outages");
        List<Integer> gens = List.of();
        List<Integer> branches = List.of();
        List<Integer> buses = List.of();
        if (!JsonFields.absent(outages)) {
            f.object(outages, "outages", OUTAGE_FIELDS);
            gens = wholeNumbers(f, outages.get("generators"), "outages.generators", "generator row", GridValidator.MAX_GENERATORS);
            branches = wholeNumbers(f, outages.get("branches"), "outages.branches", "branch row", GridValidator.MAX_BRANCHES);
            buses = wholeNumbers(f, outages.get("buses"), "outages.buses", "bus", Limits.MAX_BUSES);
        }
        List<Derate> derates = new ArrayList<>();
        JsonNode d = root.get("derates");
        if (!JsonFields.absent(d)) {
            f.list(d, "derates", GridValidator.MAX_GENERATORS);
            Map<Integer, String> derated = new HashMap<>();
            for (int i = 0; i < d.size(); i++) {
                String path = JsonFields.index("derates", i);
                JsonNode entry = f.object(d.get(i), path, DERATE_FIELDS);
                double factor = f.numberIn(f.required(entry, path, "factor"), JsonFields.child(path, "factor"), 0,
                        Derate.MAX_FACTOR);
                String genPath = JsonFields.child(path, "generators");
                List<Integer> rows = wholeNumbers(f, f.required(entry, path, "generators"), genPath, "generator row",
                        GridValidator.MAX_GENERATORS);
                for (int k = 0; k < rows.size(); k++) {
                    String before = derated.put(rows.get(k), genPath);
                    if (before != null) {
                        throw f.error(JsonFields.index(genPath, k), "derates generator " + rows.get(k) + " again (it is in "
                                + before + " already); a generator has one derate factor");
                    }
                }
                derates.add(new Derate(rows, factor));
            }
        }
        return new Damage(gens, branches, buses, derates, source);
    }

    /** A list of distinct row or bus numbers, each from 1 to {@link Integer#MAX_VALUE}; absent is empty. */
    private static List<Integer> wholeNumbers(JsonFields f, JsonNode node, String path, String what, int maxSize) {
        if (JsonFields.absent(node)) {
            return List.of();
        }
        f.list(node, path, maxSize);
        List<Integer> out = new ArrayList<>(node.size());
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String p = JsonFields.index(path, i);
            int id = f.intIn(node.get(i), p, 1, Integer.MAX_VALUE);
            Integer before = seen.put(id, i);
            if (before != null) {
                throw f.error(p, "repeats " + what + " " + id + " (already at position " + before + ")");
            }
            out.add(id);
        }
        return out;
    }
}

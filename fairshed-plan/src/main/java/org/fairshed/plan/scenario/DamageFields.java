package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.json.JsonFields;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.Derate;

/**
 * Reads a scenario's {@code outages} ({@code generators}, {@code branches}: 1-based rows; {@code buses}: bus numbers)
 * and {@code derates} ({@code [{generators, factor}]}) into a {@link Damage}. Every identifier is a whole number from
 * 1 to 2³¹ − 1 read without wrap-around; a list repeating an entry, or a generator derated twice, is refused.
 * Whether the rows and buses exist is checked against the network by {@link DamageCheck}.
 */
final class DamageFields {

    private static final List<String> OUTAGE_FIELDS = List.of("generators", "branches", "buses");
    private static final List<String> DERATE_FIELDS = List.of("generators", "factor");
    /** Longest list of identifiers read (more than any network has rows). */
    static final int MAX_IDS = 1_000_000;

    private final JsonFields f;

    DamageFields(JsonFields f) {
        this.f = f;
    }

    Damage read(JsonNode root) {
        JsonNode outages = root.path("outages");
        List<Integer> generators = List.of();
        List<Integer> branches = List.of();
        List<Integer> buses = List.of();
        if (!JsonFields.absent(outages)) {
            f.object(outages, "outages", OUTAGE_FIELDS);
            generators = ids(outages.path("generators"), "outages.generators", "generator row");
            branches = ids(outages.path("branches"), "outages.branches", "branch row");
            buses = ids(outages.path("buses"), "outages.buses", "bus number");
        }
        return new Damage(generators, branches, buses, derates(root.path("derates")));
    }

    private List<Derate> derates(JsonNode node) {
        List<Derate> out = new ArrayList<>();
        if (JsonFields.absent(node)) {
            return out;
        }
        f.list(node, "derates", MAX_IDS);
        Map<Integer, String> derated = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = JsonFields.index("derates", i);
            JsonNode d = f.object(node.get(i), path, DERATE_FIELDS);
            double factor = f.share(f.required(d, path, "factor"), JsonFields.child(path, "factor"));
            String genPath = JsonFields.child(path, "generators");
            List<Integer> rows = ids(f.required(d, path, "generators"), genPath, "generator row");
            for (int k = 0; k < rows.size(); k++) {
                String before = derated.put(rows.get(k), genPath);
                if (before != null) {
                    throw f.error(JsonFields.index(genPath, k), "derates generator " + rows.get(k) + " again (it is in "
                            + before + " already); a generator has one derate factor");
                }
            }
            out.add(new Derate(rows, factor));
        }
        return out;
    }

    /** A list of distinct whole numbers from 1 to {@link Integer#MAX_VALUE}. */
    private List<Integer> ids(JsonNode node, String path, String what) {
        if (JsonFields.absent(node)) {
            return List.of();
        }
        f.list(node, path, MAX_IDS);
        List<Integer> out = new ArrayList<>(node.size());
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String p = JsonFields.index(path, i);
            int id = wholeId(f, node.get(i), p, what);
            Integer before = seen.put(id, i);
            if (before != null) {
                throw f.error(p, "repeats " + what + " " + id + " (already at position " + before + ")");
            }
            out.add(id);
        }
        return out;
    }

    /** A 1-based identifier: a whole number from 1 to {@link Integer#MAX_VALUE}, never wrapped. */
    static int wholeId(JsonFields f, JsonNode node, String path, String what) {
        if (JsonFields.absent(node) || !node.isIntegralNumber()) {
            throw f.error(path, "must be a " + what + " (a whole number from 1 to " + Integer.MAX_VALUE + "), got "
                    + JsonFields.describe(node));
        }
        return f.intIn(node, path, 1, Integer.MAX_VALUE);
    }
}

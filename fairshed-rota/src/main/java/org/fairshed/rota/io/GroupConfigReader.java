package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.GroupSpec;
import org.fairshed.rota.groups.RegionGroups;

/**
 * Reads a group file ({@code docs/rota-groups.md}): {@code {"regions": {"5": {"groups": [{"name": "1.1", "share":
 * 0.09}, ...], "criticalFeeders": [...]}}, "default": {...}}}. Every error names the file and the field.
 */
public final class GroupConfigReader {

    private static final Set<String> TOP_FIELDS = Set.of("regions", "default");
    private static final Set<String> REGION_FIELDS = Set.of("groups", "criticalFeeders");
    private static final Set<String> GROUP_FIELDS = Set.of("name", "share", "feeders");

    private GroupConfigReader() {
    }

    public static GroupConfig read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses a group file's text; {@code source} names it in errors. */
    public static GroupConfig parse(String json, String source) {
        JsonNode root = JsonInput.parseObject(json, source, "a JSON object with \"regions\" and/or \"default\"");
        checkFields(root, "", TOP_FIELDS, source);
        Map<String, RegionGroups> regions = new LinkedHashMap<>();
        JsonNode regionsNode = root.get("regions");
        if (regionsNode != null) {
            if (!regionsNode.isObject()) {
                throw new InputException(source, 0, 0, "regions", "must be an object mapping region name → groups");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = regionsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                regions.put(e.getKey(), region(e.getValue(), "regions[\"" + e.getKey() + "\"]", source));
            }
        }
        JsonNode def = root.get("default");
        RegionGroups defaults = def == null || def.isNull() ? null : region(def, "default", source);
        if (regions.isEmpty() && defaults == null) {
            throw new InputException(source, 0, 0, "", "lists no region and no \"default\"");
        }
        return new GroupConfig(regions, defaults);
    }

    private static RegionGroups region(JsonNode node, String path, String source) {
        if (!node.isObject()) {
            throw new InputException(source, 0, 0, path, "must be an object with \"groups\"");
        }
        checkFields(node, path, REGION_FIELDS, source);
        List<String> feeders = names(node.get("criticalFeeders"), path + ".criticalFeeders", source);
        // feeder → where it was first seen: a feeder in two groups, or switched and critical, is an overlap
        Map<String, String> owner = new LinkedHashMap<>();
        for (int i = 0; i < feeders.size(); i++) {
            owner.putIfAbsent(feeders.get(i), path + ".criticalFeeders[" + i + "]");
        }
        JsonNode groupsNode = node.get("groups");
        if (groupsNode == null) {
            return new RegionGroups(RegionGroups.standard().groups(), feeders);
        }
        if (!groupsNode.isArray() || groupsNode.isEmpty()) {
            throw new InputException(source, 0, 0, path + ".groups", "must be a non-empty list of {\"name\", \"share\"}");
        }
        List<GroupSpec> groups = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < groupsNode.size(); i++) {
            String p = path + ".groups[" + i + "]";
            JsonNode g = groupsNode.get(i);
            if (!g.isObject()) {
                throw new InputException(source, 0, 0, p, "must be an object {\"name\", \"share\"}");
            }
            checkFields(g, p, GROUP_FIELDS, source);
            String name = text(g.path("name"), p + ".name", source);
            JsonNode shareNode = g.path("share");
            if (!shareNode.isNumber() || !(shareNode.asDouble() > 0) || shareNode.asDouble() > 1) {
                throw new InputException(source, 0, 0, p + ".share", "must be a number in (0, 1], got " + shareNode);
            }
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                throw new InputException(source, 0, 0, p + ".name", "\"" + name + "\" duplicates " + path + ".groups["
                        + first + "]: group names must be unique in a region");
            }
            List<String> switched = names(g.get("feeders"), p + ".feeders", source);
            for (int k = 0; k < switched.size(); k++) {
                String where = owner.putIfAbsent(switched.get(k), p + ".feeders[" + k + "]");
                if (where != null) {
                    throw new InputException(source, 0, 0, p + ".feeders[" + k + "]", "feeder \"" + switched.get(k)
                            + "\" is already in " + where + ": groups must not overlap, and critical feeders are never "
                            + "switched");
                }
            }
            sum += shareNode.asDouble();
            groups.add(new GroupSpec(name, shareNode.asDouble(), switched));
        }
        if (Math.abs(sum - 1) > RegionGroups.SHARE_SUM_TOLERANCE) {
            throw new InputException(source, 0, 0, path + ".groups", "shares sum to " + sum + "; they must sum to 1 (within "
                    + RegionGroups.SHARE_SUM_TOLERANCE + ")");
        }
        return new RegionGroups(groups, feeders);
    }

    /** A list of non-empty names, or empty when the field is absent. */
    private static List<String> names(JsonNode node, String path, String source) {
        List<String> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        if (!node.isArray()) {
            throw new InputException(source, 0, 0, path, "must be a list of feeder names");
        }
        for (int i = 0; i < node.size(); i++) {
            list.add(text(node.get(i), path + "[" + i + "]", source));
        }
        return list;
    }

    private static void checkFields(JsonNode node, String path, Set<String> known, String source) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new InputException(source, 0, 0, path.isEmpty() ? name : path + "." + name,
                        "is not a known field; known fields: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String path, String source) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InputException(source, 0, 0, path, "must be a non-empty string, got " + node);
        }
        return node.asText();
    }
}

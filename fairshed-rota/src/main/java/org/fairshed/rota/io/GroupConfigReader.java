package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.GroupSpec;
import org.fairshed.rota.groups.RegionGroups;

/**
 * Reads a group file ({@code docs/rota-groups.md}): {@code {"regions": {"5": {"groups": [{"name": "1.1", "share":
 * 0.09}, ...], "criticalFeeders": [...]}}, "default": {...}}}. Read strictly (UTF-8, at most
 * {@link Limits#MAX_JSON_INPUT_BYTES}, no duplicate keys, unknown fields named with a hint); every error names the
 * file and the field.
 */
public final class GroupConfigReader {

    /** What the file is, for messages. */
    static final String WHAT = "group file";
    /** Most feeders one region lists (switched and critical together). */
    public static final int MAX_FEEDERS_PER_REGION = 1_000_000;
    private static final List<String> TOP_FIELDS = List.of("regions", "default");
    private static final List<String> REGION_FIELDS = List.of("groups", "criticalFeeders");
    private static final List<String> GROUP_FIELDS = List.of("name", "share", "feeders");

    private GroupConfigReader() {
    }

    public static GroupConfig read(Path file) {
        return parse(JsonInput.readObject(file, Limits.MAX_JSON_INPUT_BYTES, WHAT), file.toString());
    }

    /** Parses a group file's text; {@code source} names it in errors. */
    public static GroupConfig parse(String json, String source) {
        return parse(JsonInput.parseObject(json, source, "a JSON object with \"regions\" and/or \"default\""), source);
    }

    private static GroupConfig parse(JsonNode root, String source) {
        JsonFields f = new JsonFields(source);
        f.object(root, "", TOP_FIELDS);
        Map<String, RegionGroups> regions = new LinkedHashMap<>();
        JsonNode regionsNode = root.get("regions");
        if (regionsNode != null) {
            f.map(regionsNode, "regions", "region name → groups");
            if (regionsNode.size() > Limits.MAX_REGIONS) {
                throw f.error("regions", "has " + regionsNode.size() + " regions; at most " + Limits.MAX_REGIONS
                        + " are accepted");
            }
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(regionsNode)) {
                regions.put(e.getKey(), region(f, e.getValue(), JsonFields.key("regions", e.getKey())));
            }
        }
        JsonNode def = root.get("default");
        RegionGroups defaults = JsonFields.absent(def) ? null : region(f, def, "default");
        if (regions.isEmpty() && defaults == null) {
            throw f.error("regions", "lists no region, and there is no \"default\"");
        }
        return new GroupConfig(regions, defaults);
    }

    private static RegionGroups region(JsonFields f, JsonNode node, String path) {
        f.object(node, path, REGION_FIELDS);
        List<String> feeders = names(f, node.get("criticalFeeders"), JsonFields.child(path, "criticalFeeders"));
        // feeder → where it was first seen: a feeder in two groups, or switched and critical, is an overlap
        Map<String, String> owner = new LinkedHashMap<>();
        for (int i = 0; i < feeders.size(); i++) {
            owner.putIfAbsent(feeders.get(i), JsonFields.index(JsonFields.child(path, "criticalFeeders"), i));
        }
        JsonNode groupsNode = node.get("groups");
        if (groupsNode == null) {
            return new RegionGroups(RegionGroups.standard().groups(), feeders);
        }
        String gp = JsonFields.child(path, "groups");
        f.list(groupsNode, gp, Limits.MAX_GROUPS_PER_REGION);
        if (groupsNode.isEmpty()) {
            throw f.error(gp, "must be a non-empty list of {\"name\", \"share\"}");
        }
        List<GroupSpec> groups = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < groupsNode.size(); i++) {
            String p = JsonFields.index(gp, i);
            JsonNode g = f.object(groupsNode.get(i), p, GROUP_FIELDS);
            String name = f.text(f.required(g, p, "name"), JsonFields.child(p, "name"));
            JsonNode shareNode = f.required(g, p, "share");
            double share = f.number(shareNode, JsonFields.child(p, "share"));
            if (!(share > 0) || share > 1) {
                throw f.error(JsonFields.child(p, "share"), "must be a number in (0, 1], got " + shareNode);
            }
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                throw f.error(JsonFields.child(p, "name"), "\"" + name + "\" duplicates " + JsonFields.index(gp, first)
                        + ": group names must be unique in a region");
            }
            String fp = JsonFields.child(p, "feeders");
            List<String> switched = names(f, g.get("feeders"), fp);
            for (int k = 0; k < switched.size(); k++) {
                String where = owner.putIfAbsent(switched.get(k), JsonFields.index(fp, k));
                if (where != null) {
                    throw f.error(JsonFields.index(fp, k), "feeder \"" + switched.get(k) + "\" is already in " + where
                            + ": groups must not overlap, and critical feeders are never switched");
                }
            }
            if (owner.size() > MAX_FEEDERS_PER_REGION) {
                throw f.error(fp, "brings the region's feeders beyond " + MAX_FEEDERS_PER_REGION);
            }
            sum += share;
            groups.add(new GroupSpec(name, share, switched));
        }
        if (Math.abs(sum - 1) > RegionGroups.SHARE_SUM_TOLERANCE) {
            throw f.error(gp, "shares sum to " + sum + "; they must sum to 1 (within " + RegionGroups.SHARE_SUM_TOLERANCE
                    + ")");
        }
        return new RegionGroups(groups, feeders);
    }

    /** A list of non-empty names, or empty when the field is absent. */
    private static List<String> names(JsonFields f, JsonNode node, String path) {
        List<String> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        f.list(node, path, MAX_FEEDERS_PER_REGION);
        for (int i = 0; i < node.size(); i++) {
            list.add(f.text(node.get(i), JsonFields.index(path, i)));
        }
        return list;
    }
}

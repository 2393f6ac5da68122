package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.plan.PlanInput;
import org.fairshed.common.json.JsonInput;
import org.fairshed.grid.damage.DamageReader;

/**
 * Reads a scenario file (JSON, see {@code docs/scenario-format.md}) into a {@link Scenario}, checking every value
 * once, here: each number finite and in its range, identifiers without wrap-around, the documented limits of
 * {@link Limits} (horizon, slot length, scale factors, powers). The file itself is read strictly
 * ({@link JsonInput}: UTF-8, no duplicate keys, nothing after the object, bounded in size). Nothing is resolved
 * against the network here: bus, area, region and generator references are checked by {@link PlanInputFactory}.
 * Every error is an {@link InputException} naming the file and the field.
 */
public final class ScenarioReader {

    /** The scenario format versions this reader knows; a file without {@code formatVersion} is version 1. */
    public static final int FORMAT_VERSION = 1;
    /** Top-level fields, in the order the format documents them. */
    static final List<String> FIELDS = List.of("formatVersion", "name", "description", "network", "start",
            "slotMinutes", "slots", "areaLoadMw", "loadScale", "outages", "derates", "regions", "critical", "fairness",
            "ramps", "availability", "lossShare");
    private static final Map<String, String> MISPLACED = Map.of(
            "priceOfFairness", "fairness.priceOfFairness",
            "history", "fairness.history",
            "cumulative", "fairness.cumulative");

    private ScenarioReader() {
    }

    /**
     * Reads a scenario file; errors name it as given.
     *
     * @throws InputException when the file is missing, unreadable, too large, not UTF-8 JSON or not a valid scenario
     */
    public static Scenario read(Path file) {
        return fromTree(JsonInput.readObject(file, Limits.MAX_JSON_INPUT_BYTES, "scenario"), file.toString());
    }

    /**
     * Parses scenario JSON.
     *
     * @param source file name used in error messages and as the default scenario name
     * @throws InputException when the text is not a valid scenario
     */
    public static Scenario parse(String json, String source) {
        return fromTree(JsonInput.parseObject(json, source, "scenario"), source);
    }

    private static Scenario fromTree(JsonNode root, String source) {
        JsonFields f = new JsonFields(source);
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(root)) {
            String moved = MISPLACED.get(e.getKey());
            if (moved != null) {
                throw f.error(e.getKey(), "is not a top-level field; write it as " + moved);
            }
        }
        f.object(root, "", FIELDS);
        if (root.has("formatVersion")) {
            f.formatVersion(root, FORMAT_VERSION);
        }
        String network = f.text(required(f, root, "network"), "network");
        LocalDateTime start = start(f, required(f, root, "start"));
        int slotMinutes = slotMinutes(f, required(f, root, "slotMinutes"));
        int slots = slots(f, required(f, root, "slots"));
        String name = JsonFields.absent(root.path("name")) ? defaultName(source) : f.text(root.get("name"), "name");
        String description = JsonFields.absent(root.path("description")) ? null
                : f.text(root.get("description"), "description");

        Map<Integer, SlotProfile> areaLoad = areaLoad(f, root.path("areaLoadMw"), slots);
        SlotProfile loadScale = JsonFields.absent(root.path("loadScale")) ? null
                : SlotProfile.read(f, root.get("loadScale"), "loadScale", slots, SlotProfile.Kind.SCALE);
        ExtensionReader ext = new ExtensionReader(f, slots);
        return new Scenario(source, name, description, network, start, slotMinutes, slots, areaLoad, loadScale,
                DamageReader.fromJson(root, source), ext.regions(root.path("regions")), ext.critical(root.path("critical")),
                ext.fairness(root.path("fairness")), ext.ramps(root.path("ramps")),
                ext.availability(root.path("availability")), lossShare(f, root.path("lossShare")));
    }

    private static double lossShare(JsonFields f, JsonNode node) {
        if (JsonFields.absent(node)) {
            return 0;
        }
        if (!node.isNumber() || !(node.asDouble() >= 0 && node.asDouble() <= PlanInput.MAX_LOSS_SHARE)) {
            throw f.error("lossShare", "must be a number from 0 to " + PlanInput.MAX_LOSS_SHARE
                    + " (the network's losses as a share of the served load, e.g. 0.05), got " + node);
        }
        return node.asDouble();
    }

    private static JsonNode required(JsonFields f, JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (JsonFields.absent(node)) {
            throw f.error(field, "is required");
        }
        return node;
    }

    private static int slotMinutes(JsonFields f, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < Limits.MIN_SLOT_MINUTES
                || node.asLong() > Limits.MAX_SLOT_MINUTES) {
            throw f.error("slotMinutes", "must be a whole number of minutes from " + Limits.MIN_SLOT_MINUTES + " to "
                    + Limits.MAX_SLOT_MINUTES + " (a day), got " + JsonFields.describe(node));
        }
        return node.asInt();
    }

    private static int slots(JsonFields f, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 1) {
            throw f.error("slots", "must be a positive whole number, got " + JsonFields.describe(node));
        }
        if (node.asLong() > Limits.MAX_SLOTS) {
            throw f.error("slots", "is " + node.asLong() + "; a scenario has at most " + Limits.MAX_SLOTS
                    + " slots (a week of 30-minute slots)");
        }
        return node.asInt();
    }

    private static LocalDateTime start(JsonFields f, JsonNode node) {
        String text = f.text(node, "start");
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error("start", "must be a local date-time like \"2026-12-01T00:00\", got \"" + text + "\"");
        }
    }

    private static Map<Integer, SlotProfile> areaLoad(JsonFields f, JsonNode node, int slots) {
        Map<Integer, SlotProfile> out = new LinkedHashMap<>();
        if (JsonFields.absent(node)) {
            return out;
        }
        f.map(node, "areaLoadMw", "area numbers to one load total (MW) per slot");
        if (node.size() > Limits.MAX_REGIONS) {
            throw f.error("areaLoadMw", "lists " + node.size() + " areas; at most " + Limits.MAX_REGIONS + " are accepted");
        }
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(node)) {
            String path = JsonFields.key("areaLoadMw", e.getKey());
            int area = f.wholeNumber(e.getKey(), path, "area number", 1, Integer.MAX_VALUE);
            if (out.put(area, SlotProfile.read(f, e.getValue(), path, slots, SlotProfile.Kind.POWER_MW)) != null) {
                throw f.error(path, "names area " + area + " a second time (written another way)");
            }
        }
        return out;
    }

    private static String defaultName(String source) {
        String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - ".json".length()) : base;
    }
}

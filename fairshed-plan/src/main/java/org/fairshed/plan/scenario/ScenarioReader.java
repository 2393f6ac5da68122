package org.fairshed.plan.scenario;

import org.fairshed.common.json.JsonFields;
import org.fairshed.common.InputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.DamageReader;

/**
 * Reads a scenario file (JSON, see {@code docs/scenario-format.md}) into a {@link Scenario}. Nothing is resolved
 * against the network here: bus, area, region and generator references are checked by {@link PlanInputFactory}.
 * Every error is a {@link InputException} naming the file and the field.
 */
public final class ScenarioReader {

    /** Top-level fields, in the order the format documents them. */
    static final List<String> FIELDS = List.of("name", "description", "network", "start", "slotMinutes", "slots",
            "areaLoadMw", "loadScale", "outages", "derates", "regions", "critical", "fairness", "ramps", "availability");
    private static final List<String> OUTAGE_FIELDS = List.of("generators", "branches", "buses");
    private static final List<String> DERATE_FIELDS = List.of("generators", "factor");
    private static final Map<String, String> MISPLACED = Map.of(
            "priceOfFairness", "fairness.priceOfFairness",
            "history", "fairness.history",
            "cumulative", "fairness.cumulative");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioReader() {
    }

    /**
     * Reads a scenario file.
     *
     * @throws InputException    when the file is not a valid scenario (the message names file and field)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.getFileName().toString());
    }

    /**
     * Parses scenario JSON.
     *
     * @param source file name used in error messages and as the default scenario name
     * @throws InputException when the text is not a valid scenario
     */
    public static Scenario parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(source, 0, 0, "", "is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        JsonFields f = new JsonFields(source);
        if (root == null || !root.isObject()) {
            throw new InputException(source, 0, 0, "", "must hold a JSON object with network, start, slotMinutes and slots");
        }
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(root)) {
            String moved = MISPLACED.get(e.getKey());
            if (moved != null) {
                throw f.error(e.getKey(), "is not a top-level field; write it as " + moved);
            }
        }
        f.object(root, "", FIELDS);

        String network = f.text(required(f, root, "network"), "network");
        LocalDateTime start = start(f, required(f, root, "start"));
        int slotMinutes = f.positiveInt(required(f, root, "slotMinutes"), "slotMinutes");
        int slots = f.positiveInt(required(f, root, "slots"), "slots");
        String name = JsonFields.absent(root.path("name")) ? defaultName(source) : f.text(root.get("name"), "name");
        String description = JsonFields.absent(root.path("description")) ? null
                : f.text(root.get("description"), "description");

        Map<Integer, SlotProfile> areaLoad = areaLoad(f, root.path("areaLoadMw"), slots);
        SlotProfile loadScale = JsonFields.absent(root.path("loadScale")) ? null
                : SlotProfile.read(f, root.get("loadScale"), "loadScale", slots, false);
        Damage damage = damage(f, root);

        ExtensionReader ext = new ExtensionReader(f, slots);
        return new Scenario(source, name, description, network, start, slotMinutes, slots, areaLoad, loadScale, damage,
                ext.regions(root.path("regions")), ext.critical(root.path("critical")), ext.fairness(root.path("fairness")),
                ext.ramps(root.path("ramps")), ext.availability(root.path("availability")));
    }

    private static JsonNode required(JsonFields f, JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (JsonFields.absent(node)) {
            throw f.error(field, "is required");
        }
        return node;
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
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(node)) {
            String path = JsonFields.key("areaLoadMw", e.getKey());
            int area = f.wholeNumber(e.getKey(), path, "area number", 1, Integer.MAX_VALUE);
            out.put(area, SlotProfile.read(f, e.getValue(), path, slots, false));
        }
        return out;
    }

    private static Damage damage(JsonFields f, JsonNode root) {
        JsonNode outages = root.path("outages");
        if (!JsonFields.absent(outages)) {
            f.object(outages, "outages", OUTAGE_FIELDS);
        }
        JsonNode derates = root.path("derates");
        if (derates.isArray()) {
            for (int i = 0; i < derates.size(); i++) {
                f.object(derates.get(i), "derates[" + i + "]", DERATE_FIELDS);
            }
        }
        try {
            return DamageReader.fromJson(root, f.source());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String prefix = f.source() + ": ";
            throw new InputException(f.source(), 0, 0, "", message.startsWith(prefix) ? message.substring(prefix.length())
                    : message, e);
        }
    }

    private static String defaultName(String source) {
        String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - ".json".length()) : base;
    }
}

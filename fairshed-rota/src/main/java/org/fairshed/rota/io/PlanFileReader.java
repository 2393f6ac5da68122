package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.PlanQuotasFactory;
import org.fairshed.rota.plan.PlanSlot;
import org.fairshed.rota.plan.PlanSlots;
import org.fairshed.rota.plan.SlotShed;

/**
 * Reads what the rota needs of a plan file ({@code docs/plan-format.md}, format 1 or 2) into {@link PlanSlots}, which
 * {@link PlanQuotasFactory} checks and maps to half-hours. The file is read strictly (UTF-8, at most
 * {@link Limits#MAX_PLAN_BYTES}, no duplicate keys or trailing content) and every value is typed where it is read
 * (finite numbers, whole numbers without wrap-around), so every error names the file and the JSON path.
 *
 * <p>Format 2 states each slot's {@code usable}, and a slot without a solution has {@code null} shed figures. Format 1
 * has neither: a slot whose status is not usable ({@code INFEASIBLE}, {@code TIME_LIMIT}, {@code ERROR}) is treated as
 * unknown whatever numbers it carries (format 1 wrote 0 for a failed slot), and a region's critical load and shed are
 * {@code loadMw − nonCriticalLoadMw} and {@code shedMw − nonCriticalShedMw}.
 */
public final class PlanFileReader {

    /** What the file is, for messages. */
    static final String WHAT = "plan file";
    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{32}");
    private static final List<String> V1_STATUSES = List.of("OPTIMAL", "CRITICAL_SHED", "INFEASIBLE", "TIME_LIMIT",
            "ERROR");

    private PlanFileReader() {
    }

    /** Reads and checks a plan file. */
    public static PlanQuotas read(Path file) {
        return PlanQuotasFactory.of(slots(JsonInput.readObject(file, Limits.MAX_PLAN_BYTES, WHAT), file.toString()));
    }

    /** Reads and checks a plan document's text; {@code source} names it in errors. */
    public static PlanQuotas parse(String json, String source) {
        return PlanQuotasFactory.of(slots(JsonInput.parseObject(json, source, "a plan (docs/plan-format.md)"), source));
    }

    /** The plan's slots as the rota reads them (typed, not yet checked against each other). */
    static PlanSlots slots(JsonNode root, String source) {
        JsonFields f = new JsonFields(source);
        int version = f.formatVersion(root, 1, 2);
        String runId = null;
        if (version >= 2) {
            runId = f.text(f.required(root, "", "runId"), "runId");
            if (!RUN_ID.matcher(runId).matches()) {
                throw f.error("runId", "must be 32 lowercase hex characters, got \"" + runId + "\"");
            }
        }
        LocalDateTime start = JsonDates.dateTime(f, f.required(root, "", "start"), "start");
        int slotMinutes = f.intIn(f.required(root, "", "slotMinutes"), "slotMinutes", 1, Limits.MAX_SLOT_MINUTES);
        JsonNode regionsNode = f.list(f.required(root, "", "regions"), "regions", Limits.MAX_REGIONS);
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < regionsNode.size(); r++) {
            regions.add(f.text(regionsNode.get(r), JsonFields.index("regions", r)));
        }
        JsonNode slotsNode = f.list(f.required(root, "", "slots"), "slots", Limits.MAX_SLOTS);
        JsonNode count = root.get("slotCount");
        if (count != null && f.intIn(count, "slotCount", 0, Limits.MAX_SLOTS) != slotsNode.size()) {
            throw f.error("slotCount", "is " + count + " but \"slots\" has " + slotsNode.size());
        }
        List<PlanSlot> slots = new ArrayList<>();
        for (int i = 0; i < slotsNode.size(); i++) {
            slots.add(slot(f, slotsNode.get(i), JsonFields.index("slots", i), version));
        }
        return new PlanSlots(source, runId, start, slotMinutes, regions, slots);
    }

    private static PlanSlot slot(JsonFields f, JsonNode node, String path, int version) {
        f.map(node, path, "a slot's fields");
        int index = f.intIn(f.required(node, path, "slot"), JsonFields.child(path, "slot"), 0, Limits.MAX_SLOTS);
        JsonNode startNode = node.get("start");
        LocalDateTime start = JsonFields.absent(startNode) ? null : JsonDates.dateTime(f, startNode, JsonFields.child(path, "start"));
        String status = f.text(f.required(node, path, "status"), JsonFields.child(path, "status"));
        boolean usable;
        if (version >= 2) {
            usable = f.bool(f.required(node, path, "usable"), JsonFields.child(path, "usable"));
        } else {
            if (!V1_STATUSES.contains(status)) {
                throw f.error(JsonFields.child(path, "status"), "must be one of " + String.join(", ", V1_STATUSES)
                        + " in a plan of format 1, got \"" + status + "\"");
            }
            usable = PlanQuotasFactory.USABLE_STATUSES.contains(status);
        }
        String shedPath = JsonFields.child(path, "regionShed");
        JsonNode shedNode = f.map(f.required(node, path, "regionShed"), shedPath, "region → shed");
        Map<String, SlotShed> regions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(shedNode)) {
            String rp = JsonFields.key(shedPath, e.getKey());
            regions.put(e.getKey(), version >= 2 ? regionV2(f, e.getValue(), rp) : regionV1(f, e.getValue(), rp, usable));
        }
        return new PlanSlot(index, start, status, usable, regions);
    }

    private static SlotShed regionV2(JsonFields f, JsonNode node, String path) {
        f.map(node, path, "a region's shed figures");
        return new SlotShed(nullable(f, node, path, "nonCriticalShedMw"),
                f.number(f.required(node, path, "nonCriticalLoadMw"), JsonFields.child(path, "nonCriticalLoadMw")),
                nullable(f, node, path, "criticalShedMw"),
                f.number(f.required(node, path, "criticalLoadMw"), JsonFields.child(path, "criticalLoadMw")));
    }

    /** Format 1: the critical part is the total minus the non-critical one (a usable slot's figures must be there). */
    private static SlotShed regionV1(JsonFields f, JsonNode node, String path, boolean usable) {
        f.map(node, path, "a region's shed figures");
        double load = f.number(f.required(node, path, "loadMw"), JsonFields.child(path, "loadMw"));
        double nonCriticalLoad = f.number(f.required(node, path, "nonCriticalLoadMw"),
                JsonFields.child(path, "nonCriticalLoadMw"));
        double criticalLoad = difference(f, load, nonCriticalLoad, JsonFields.child(path, "loadMw"), "nonCriticalLoadMw");
        Double shed = nullable(f, node, path, "shedMw");
        Double nonCriticalShed = nullable(f, node, path, "nonCriticalShedMw");
        if (!usable) {
            return new SlotShed(null, nonCriticalLoad, null, criticalLoad);
        }
        if (shed == null || nonCriticalShed == null) {
            throw f.error(JsonFields.child(path, shed == null ? "shedMw" : "nonCriticalShedMw"),
                    "is null (unknown) in a usable slot");
        }
        return new SlotShed(nonCriticalShed, nonCriticalLoad,
                difference(f, shed, nonCriticalShed, JsonFields.child(path, "shedMw"), "nonCriticalShedMw"),
                criticalLoad);
    }

    /** {@code total − part}, which may not be negative beyond rounding (then it is 0). */
    private static double difference(JsonFields f, double total, double part, String path, String partName) {
        double d = total - part;
        if (d < -RotaParameters.COVER_TOLERANCE_MW) {
            throw f.error(path, "is " + total + " MW, less than " + partName + " " + part + " MW, which is part of it");
        }
        return Math.max(0, d);
    }

    /** A number that must be present but may be {@code null} (unknown). */
    private static Double nullable(JsonFields f, JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        String p = JsonFields.child(path, name);
        if (node == null || node.isMissingNode()) {
            throw f.error(p, "is missing");
        }
        return node.isNull() ? null : f.number(node, p);
    }

}

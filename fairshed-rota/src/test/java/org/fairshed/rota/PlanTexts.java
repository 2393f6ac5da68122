package org.fairshed.rota;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Small hand-written plans in the plan file format (docs/plan-format.md, format 2 as the plan side writes it, and
 * format 1), built field by field so a test states the plan it needs and nothing depends on the plan module: regions
 * {@code north}, {@code south}, ... with a quiet night and an evening deficit.
 */
public final class PlanTexts {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    public static final String RUN_ID = "0123456789abcdef0123456789abcdef";
    private static final String[] NAMES = {"north", "south", "east", "west", "centre", "coast"};
    /** Non-critical and critical load of region r (MW). */
    private static final double LOAD_MW = 120;
    private static final double LOAD_STEP_MW = 40;
    private static final double CRITICAL_MW = 15;

    private PlanTexts() {
    }

    /** Region names of a plan with {@code n} regions. */
    public static String region(int r) {
        return NAMES[r];
    }

    /**
     * A format-2 plan of {@code regions} regions and {@code slots} slots of {@code slotMinutes} from {@link #DAY}
     * 00:00, every slot OPTIMAL: from 17:00 to 22:00 (of each day) 20 to 35 % of the non-critical load is shed.
     */
    public static ObjectNode plan(int regions, int slots, int slotMinutes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 2);
        root.put("runId", RUN_ID);
        root.put("scenario", "hand-written");
        root.put("network", "none");
        LocalDateTime start = DAY.atStartOfDay();
        root.put("start", start.toString());
        root.put("slotMinutes", slotMinutes);
        root.put("slotCount", slots);
        ArrayNode names = root.putArray("regions");
        for (int r = 0; r < regions; r++) {
            names.add(NAMES[r]);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("allSlotsUsable", true);
        ArrayNode list = root.putArray("slots");
        for (int i = 0; i < slots; i++) {
            LocalDateTime t = start.plusMinutes((long) i * slotMinutes);
            ObjectNode slot = list.addObject();
            slot.put("slot", i);
            slot.put("start", t.toString());
            slot.put("status", "OPTIMAL");
            slot.put("usable", true);
            slot.put("message", "");
            ObjectNode shed = slot.putObject("regionShed");
            double hour = t.getHour() + t.getMinute() / 60.0;
            for (int r = 0; r < regions; r++) {
                double load = LOAD_MW + LOAD_STEP_MW * r;
                double share = hour >= 17 && hour < 22 ? 0.2 + 0.03 * (hour - 17) + 0.02 * r : 0;
                ObjectNode region = shed.putObject(NAMES[r]);
                region.put("shedMw", share * load);
                region.put("loadMw", load + CRITICAL_MW);
                region.put("share", share);
                region.put("nonCriticalShedMw", share * load);
                region.put("nonCriticalLoadMw", load);
                region.put("minShedShare", 0);
                region.put("criticalShedMw", 0);
                region.put("criticalLoadMw", CRITICAL_MW);
            }
            slot.putObject("busShedMw");
            slot.putObject("genMw");
            slot.putArray("binding");
        }
        return root;
    }

    /** A one-day plan of two regions in hourly slots. */
    public static ObjectNode evening() {
        return plan(2, 24, 60);
    }

    /** Slot {@code i} failed with {@code status}: not usable, every shed figure null (format 2). */
    public static ObjectNode fail(ObjectNode plan, int i, String status) {
        ObjectNode slot = (ObjectNode) plan.path("slots").get(i);
        slot.put("status", status);
        slot.put("usable", false);
        slot.put("message", "the solver failed");
        for (JsonNode region : slot.path("regionShed")) {
            ObjectNode r = (ObjectNode) region;
            for (String f : new String[] {"shedMw", "share", "nonCriticalShedMw", "criticalShedMw", "minShedShare"}) {
                r.putNull(f);
            }
        }
        ((ObjectNode) plan.path("summary")).put("allSlotsUsable", false);
        return plan;
    }

    /** Slot {@code i} sheds {@code mw} of {@code region}'s critical load (status CRITICAL_SHED). */
    public static ObjectNode critical(ObjectNode plan, int i, String region, double mw) {
        ObjectNode slot = (ObjectNode) plan.path("slots").get(i);
        slot.put("status", "CRITICAL_SHED");
        ObjectNode r = (ObjectNode) slot.path("regionShed").path(region);
        r.put("criticalShedMw", mw);
        r.put("shedMw", r.path("shedMw").asDouble() + mw);
        return plan;
    }

    /** The same plan in format 1: no run id or usable flag; a region's critical figures only as totals. */
    public static ObjectNode v1(ObjectNode v2) {
        ObjectNode root = v2.deepCopy();
        root.put("formatVersion", 1);
        root.remove("runId");
        for (JsonNode slot : root.path("slots")) {
            ObjectNode s = (ObjectNode) slot;
            boolean usable = s.path("usable").asBoolean();
            s.remove("usable");
            for (JsonNode region : s.path("regionShed")) {
                ObjectNode r = (ObjectNode) region;
                r.remove("criticalShedMw");
                r.remove("criticalLoadMw");
                if (!usable) {
                    // format 1 wrote a failed slot's shed as 0
                    r.put("shedMw", 0);
                    r.put("nonCriticalShedMw", 0);
                    r.put("share", 0);
                    r.put("minShedShare", 0);
                }
            }
        }
        return root;
    }

    public static String text(JsonNode plan) {
        return plan.toPrettyString();
    }
}

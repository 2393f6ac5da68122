package org.fairshed.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * Hand-written one-day plans of two regions ({@code north}, {@code south}) in hourly slots, in plan format 2
 * (docs/plan-format.md), for the rota command: quiet until 17:00, then 20 to 35 % of the non-critical load shed until
 * 22:00; every slot usable unless a test fails it.
 */
final class RotaPlans {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    private static final double[] NON_CRITICAL_LOAD = {120, 80};
    private static final double CRITICAL_LOAD = 15;

    private RotaPlans() {
    }

    static ObjectNode evening() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 2);
        root.put("runId", "fedcba9876543210fedcba9876543210");
        root.put("start", DAY.atStartOfDay().toString());
        root.put("slotMinutes", 60);
        root.put("slotCount", 24);
        root.putArray("regions").add("north").add("south");
        ArrayNode slots = root.putArray("slots");
        for (int hour = 0; hour < 24; hour++) {
            ObjectNode slot = slots.addObject().put("slot", hour).put("start", DAY.atTime(hour, 0).toString())
                    .put("status", "OPTIMAL").put("usable", true);
            ObjectNode shed = slot.putObject("regionShed");
            for (int r = 0; r < 2; r++) {
                double share = hour >= 17 && hour < 22 ? 0.2 + 0.03 * (hour - 17) + 0.02 * r : 0;
                shed.putObject(r == 0 ? "north" : "south").put("nonCriticalLoadMw", NON_CRITICAL_LOAD[r])
                        .put("nonCriticalShedMw", share * NON_CRITICAL_LOAD[r]).put("criticalLoadMw", CRITICAL_LOAD)
                        .put("criticalShedMw", 0);
            }
        }
        return root;
    }

    /** Slot {@code hour} failed: not usable, its shed unknown. */
    static ObjectNode fail(ObjectNode plan, int hour, String status) {
        ObjectNode slot = (ObjectNode) plan.path("slots").get(hour);
        slot.put("status", status).put("usable", false);
        for (JsonNode region : slot.path("regionShed")) {
            ((ObjectNode) region).putNull("nonCriticalShedMw").putNull("criticalShedMw");
        }
        return plan;
    }

    /** Slot {@code hour} sheds {@code mw} of {@code region}'s critical load. */
    static ObjectNode critical(ObjectNode plan, int hour, String region, double mw) {
        ObjectNode slot = (ObjectNode) plan.path("slots").get(hour);
        slot.put("status", "CRITICAL_SHED");
        ((ObjectNode) slot.path("regionShed").path(region)).put("criticalShedMw", mw);
        return plan;
    }
}

package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tolerance for balance and flows recomputed from the file. */
    private static final double RECHECK_MW = 1e-3;
    private static final double ROUNDED_MW = 1e-4;
    private static final double ROUNDED_SHARE = 1e-6;

    @TempDir
    Path tmp;

    private static JsonNode parse(PlanResult plan) throws Exception {
        return JSON.readTree(PlanJsonWriter.toJson(plan));
    }

    @Test
    void headerSummaryAndSlotsHaveTheDocumentedKeys() throws Exception {
        JsonNode doc = parse(TestPlans.plan());
        assertThat(fieldNames(doc)).containsExactly("formatVersion", "runId", "scenario", "network", "start",
                "slotMinutes", "slotCount", "solveSeconds", "fairness", "lossShare", "regionSource", "regions", "summary",
                "slots");
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(doc.get("runId").asText()).isEqualTo(TestPlans.RUN_ID);
        assertThat(doc.get("scenario").asText()).isEqualTo("tiny-winter-day");
        assertThat(doc.get("start").asText()).isEqualTo("2016-12-19T00:00");
        assertThat(doc.get("fairness").get("mode").asText()).isEqualTo("fair");
        assertThat(doc.get("regions")).extracting(JsonNode::asText).containsExactlyElementsOf(TestPlans.REGIONS);
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("totalUnservedMwh").asDouble()).isCloseTo(126, within(ROUNDED_MW));
        assertThat(summary.get("criticalUnservedMwh").asDouble()).isCloseTo(4, within(ROUNDED_MW));
        assertThat(summary.get("peakSlot").asInt()).isEqualTo(1);
        assertThat(summary.get("statusCounts").get("INFEASIBLE").asInt()).isEqualTo(1);
        assertThat(fieldNames(summary.get("statusCounts"))).containsExactly("OPTIMAL", "DEGRADED", "CRITICAL_SHED",
                "INFEASIBLE", "TIME_LIMIT", "ERROR", "CANCELLED");
        assertThat(summary.get("slotsWithoutPlan").asInt()).isZero();
        assertThat(summary.get("regions").get("south").get("criticalShedMwh").asDouble()).isCloseTo(4, within(ROUNDED_MW));
        assertThat(summary.get("regions").get("south").get("criticalLoadMwh").asDouble()).isCloseTo(60, within(ROUNDED_MW));
        assertThat(summary.get("allSlotsUsable").asBoolean()).isFalse();
        assertThat(summary.get("fairness").get("plan").get("maxShare").asDouble())
                .isCloseTo(44.0 / 60, within(ROUNDED_SHARE));
        assertThat(summary.get("fairness").get("minShed").get("maxShare").asDouble())
                .isCloseTo(56.0 / 60, within(ROUNDED_SHARE));
        assertThat(summary.get("regions").get("east, coast").get("shedMwh").asDouble()).isCloseTo(16, within(ROUNDED_MW));
        JsonNode slot = doc.get("slots").get(1);
        assertThat(fieldNames(slot)).containsExactly("slot", "start", "status", "usable", "degraded", "message",
                "loadMw", "shedMw", "criticalShedMw", "deadIslandShedMw", "solveSeconds", "regionShed", "busShedMw",
                "genMw", "binding", "fairness", "minShedFairness");
        assertThat(slot.get("usable").asBoolean()).isTrue();
        assertThat(doc.get("slots").get(2).get("usable").asBoolean()).as("INFEASIBLE").isFalse();
        assertThat(fieldNames(slot.get("regionShed").get("south"))).containsExactly("shedMw", "loadMw", "share",
                "nonCriticalShedMw", "nonCriticalLoadMw", "criticalShedMw", "criticalLoadMw", "minShedShare");
        assertThat(slot.get("regionShed").get("south").get("criticalShedMw").asDouble()).isCloseTo(4, within(ROUNDED_MW));
        assertThat(slot.get("regionShed").get("south").get("criticalLoadMw").asDouble()).isCloseTo(20, within(ROUNDED_MW));
        assertThat(slot.get("start").asText()).isEqualTo("2016-12-19T01:00");
        assertThat(slot.get("status").asText()).isEqualTo("CRITICAL_SHED");
        assertThat(slot.get("regionShed").get("south").get("share").asDouble()).isCloseTo(1.0, within(ROUNDED_SHARE));
        assertThat(slot.get("binding").get(1).get("flowMw").asDouble()).isEqualTo(-15.0);
        assertThat(doc.get("slots").get(0).get("ac").get("overloads").get(0).get("branch").asInt()).isEqualTo(1);
        assertThat(slot.has("ac")).isFalse();
    }

    /** A failed slot's shed is unknown: null everywhere, never 0; its loads stay, and the totals it touches are null. */
    @Test
    void aSlotWithoutAPlanHasNullShedFigures() throws Exception {
        JsonNode doc = parse(TestPlans.planWithAFailedSlot());
        JsonNode slot = doc.get("slots").get(2);
        assertThat(slot.get("status").asText()).isEqualTo("ERROR");
        assertThat(slot.get("usable").asBoolean()).isFalse();
        for (String field : List.of("shedMw", "criticalShedMw", "deadIslandShedMw", "busShedMw", "genMw", "binding",
                "fairness", "minShedFairness")) {
            assertThat(slot.get(field).isNull()).as(field).isTrue();
        }
        assertThat(slot.get("loadMw").asDouble()).isCloseTo(125, within(ROUNDED_MW));
        JsonNode north = slot.get("regionShed").get("north");
        for (String field : List.of("shedMw", "share", "nonCriticalShedMw", "criticalShedMw", "minShedShare")) {
            assertThat(north.get(field).isNull()).as("regionShed.north." + field).isTrue();
        }
        assertThat(north.get("nonCriticalLoadMw").asDouble()).isCloseTo(60, within(ROUNDED_MW));
        assertThat(north.get("criticalLoadMw").asDouble()).isZero();
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("totalUnservedMwh").isNull()).isTrue();
        assertThat(summary.get("fairness").get("plan").isNull()).isTrue();
        assertThat(summary.get("regions").get("north").get("shedMwh").isNull()).isTrue();
        assertThat(summary.get("regions").get("north").get("loadMwh").asDouble()).isCloseTo(180, within(ROUNDED_MW));
        assertThat(summary.get("slotsWithoutPlan").asInt()).isEqualTo(1);
        assertThat(summary.get("statusCounts").get("ERROR").asInt()).isEqualTo(1);
        assertThat(summary.get("allSlotsUsable").asBoolean()).isFalse();
    }

    @Test
    void busShedAndDispatchListOnlyNonZeroEntriesByBusNumberAndGeneratorRow() throws Exception {
        JsonNode slots = parse(TestPlans.plan()).get("slots");
        assertThat(fieldNames(slots.get(1).get("busShedMw"))).containsExactly("2", "3", "4", "5");
        assertThat(fieldNames(slots.get(0).get("busShedMw"))).containsExactly("2", "3", "5");
        assertThat(fieldNames(slots.get(0).get("genMw"))).containsExactly("1", "2");
        assertThat(fieldNames(slots.get(1).get("genMw"))).containsExactly("1");
    }

    @Test
    void dispatchBalancesServedLoadWhenReadBack() throws Exception {
        PlanResult plan = TestPlans.plan();
        PlanInput input = plan.input();
        JsonNode slots = parse(plan).get("slots");
        for (int t = 0; t < slots.size(); t++) {
            JsonNode s = slots.get(t);
            double gen = sum(s.get("genMw"));
            double load = 0;
            for (double pd : input.busLoadMw()[t]) {
                load += pd;
            }
            assertThat(gen).as("slot %d", t).isCloseTo(load - sum(s.get("busShedMw")), within(RECHECK_MW));
        }
    }

    @Test
    void numbersAreRoundedAndPlain() throws Exception {
        String text = PlanJsonWriter.toJson(TestPlans.plan());
        assertThat(text).contains("\"1\" : 80").doesNotContain("80.0000004").doesNotContain("E-").doesNotContain("-0,");
        assertThat(parse(TestPlans.plan()).get("slots").get(0).get("regionShed").get("north").get("share").asText())
                .isEqualTo("0.2");
    }

    @Test
    void writesAtomicallyReplacingAnOldFileAndLeavingNoTemporaryFile() throws Exception {
        Path file = tmp.resolve("out/plan.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        PlanJsonWriter.write(TestPlans.plan(), file);
        assertThat(JSON.readTree(file.toFile()).get("slotCount").asInt()).isEqualTo(3);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("plan.json");
        }
    }

    @Test
    void summaryJsonIsTheFileWithoutSlots() throws Exception {
        JsonNode summary = JSON.readTree(PlanJsonWriter.summaryJson(TestPlans.plan()));
        assertThat(summary.has("slots")).isFalse();
        assertThat(summary.get("summary")).isEqualTo(parse(TestPlans.plan()).get("summary"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static double sum(JsonNode object) {
        double s = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            s += it.next().getValue().asDouble();
        }
        return s;
    }
}

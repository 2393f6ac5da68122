package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.rota.PlanTexts;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rota's reading of PLAN.json, formats 1 and 2: what it takes from a plan, and one test per class of bad plan. */
class PlanFileReaderTest {

    private static final String SOURCE = "plan.json";
    private static final double MW = 1e-9;

    @Test
    void hourlySlotsGiveBothHalvesTheirQuotaAndTheCriticalShed() {
        ObjectNode plan = PlanTexts.critical(PlanTexts.evening(), 18, "south", 7.5);
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(plan), SOURCE);
        assertThat(q.runId()).isEqualTo(PlanTexts.RUN_ID);
        assertThat(q.regions()).containsExactly("north", "south");
        assertThat(q.unusableSlots()).isEmpty();
        RegionDay south = q.daysOf("south").getFirst();
        double shed = plan.path("slots").get(18).path("regionShed").path("south").path("nonCriticalShedMw").asDouble();
        assertThat(shed).as("the fixture sheds at 18:00").isPositive();
        assertThat(south.quotaMw(36)).isCloseTo(shed, within(MW));
        assertThat(south.quotaMw(37)).isCloseTo(shed, within(MW));
        assertThat(south.quotaMw(38)).isNotEqualTo(shed);
        assertThat(south.criticalShedMw()[36]).isCloseTo(7.5, within(MW));
        assertThat(south.criticalShedMw()[37]).isCloseTo(7.5, within(MW));
        assertThat(south.criticalShedMw()[38]).isZero();
        assertThat(q.daysOf("north").getFirst().criticalShedMw()[36]).isZero();
        assertThat(south.planned()).containsOnly(true);
    }

    @Test
    void halfHourSlotsMapOneToOneAndAPlanMayStartInTheDay() {
        ObjectNode plan = PlanTexts.plan(1, 4, 30);
        plan.put("start", PlanTexts.DAY.atTime(18, 0).toString());
        for (int i = 0; i < 4; i++) {
            ObjectNode slot = (ObjectNode) plan.path("slots").get(i);
            slot.put("start", PlanTexts.DAY.atTime(18, 0).plusMinutes(30L * i).toString());
            ((ObjectNode) slot.path("regionShed").path("north")).put("nonCriticalShedMw", 10 + i);
        }
        RegionDay d = PlanFileReader.parse(PlanTexts.text(plan), SOURCE).days().getFirst();
        for (int i = 0; i < 4; i++) {
            assertThat(d.quotaMw(36 + i)).isEqualTo(10 + i);
        }
        assertThat(d.planned()[35]).as("before the plan's start").isFalse();
        assertThat(d.unknown()[35]).as("outside the plan, not unknown").isFalse();
        assertThat(d.planned()[36]).isTrue();
    }

    @Test
    void anUnusableSlotIsUnknownWhateverItCarries() {
        ObjectNode plan = PlanTexts.fail(PlanTexts.evening(), 19, "ERROR");
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(plan), SOURCE);
        assertThat(q.unusableSlots()).singleElement().satisfies(u -> {
            assertThat(u.index()).isEqualTo(19);
            assertThat(u.status()).isEqualTo("ERROR");
            assertThat(u.start()).isEqualTo(PlanTexts.DAY.atTime(19, 0));
            assertThat(u.end()).isEqualTo(PlanTexts.DAY.atTime(20, 0));
        });
        RegionDay north = q.daysOf("north").getFirst();
        assertThat(north.unknown()[38]).isTrue();
        assertThat(north.unknown()[39]).isTrue();
        assertThat(north.planned()[38]).isFalse();
        assertThat(north.quotaMw(38)).isZero();
        assertThat(north.loadMw(38)).as("the load stays known").isPositive();
        assertThat(north.unknown()[40]).isFalse();
    }

    /** Format 1 wrote a failed slot's shed as 0: the rota must not read that as "no outages". */
    @Test
    void formatOneSlotsThatAreNotUsableAreUnknownTooAndCriticalShedIsTheDifference() {
        ObjectNode v2 = PlanTexts.critical(PlanTexts.fail(PlanTexts.evening(), 20, "TIME_LIMIT"), 18, "north", 4);
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(PlanTexts.v1(v2)), SOURCE);
        assertThat(q.runId()).isNull();
        assertThat(q.unusableSlots()).singleElement().satisfies(u -> assertThat(u.index()).isEqualTo(20));
        RegionDay north = q.daysOf("north").getFirst();
        assertThat(north.unknown()[40]).isTrue();
        assertThat(north.criticalShedMw()[36]).as("shedMw - nonCriticalShedMw").isCloseTo(4, within(MW));
        PlanQuotas same = PlanFileReader.parse(PlanTexts.text(v2), SOURCE);
        assertThat(north.quotaMw()).containsExactly(same.daysOf("north").getFirst().quotaMw(), within(MW));
    }

    @Test
    void theVersionMustBeKnown() {
        refuses(PlanTexts.evening().put("formatVersion", 3), "formatVersion", "this Fairshed reads version 1 or 2");
        ObjectNode none = PlanTexts.evening();
        none.remove("formatVersion");
        refuses(none, "formatVersion", "is missing");
    }

    @Test
    void aFormatTwoPlanNeedsItsRunId() {
        refuses(PlanTexts.evening().put("runId", "ABC"), "runId", "32 lowercase hex");
        ObjectNode none = PlanTexts.evening();
        none.remove("runId");
        refuses(none, "runId", "is missing");
    }

    @Test
    void duplicateKeysTrailingContentAndTruncationAreNamedWithTheirLine() {
        String text = PlanTexts.text(PlanTexts.evening());
        InputException dup = parseError(text.replaceFirst("\"slotMinutes\" : 60", "\"slotMinutes\" : 60, \"slotMinutes\" : 30"));
        assertThat(dup.line()).isPositive();
        assertThat(dup.detail()).contains("Duplicate field 'slotMinutes'");
        assertThat(parseError(text + " {}").detail()).contains("Trailing token");
        assertThat(parseError(text.substring(0, text.length() / 2)).line()).isPositive();
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsLine(@TempDir Path dir) throws Exception {
        String text = PlanTexts.text(PlanTexts.evening()).replace("hand-written", "caf\u00e9");
        Path file = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PlanFileReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.line()).isPositive();
            assertThat(e.detail()).contains("is not UTF-8");
        });
        assertThatThrownBy(() -> PlanFileReader.read(dir.resolve("none.json"))).isInstanceOfSatisfying(
                InputException.class, e -> assertThat(e.detail()).contains("plan file not found"));
    }

    @Test
    void everyRegionOfASlotIsInRegionsAndEveryRegionIsInEverySlot() {
        ObjectNode missing = PlanTexts.evening();
        ((ArrayNode) missing.path("regions")).remove(1);
        refuses(missing, "slots[0].regionShed[\"south\"]", "is not in \"regions\"");
        ObjectNode absent = PlanTexts.evening();
        ((ObjectNode) absent.path("slots").get(5).path("regionShed")).remove("north");
        refuses(absent, "slots[5].regionShed[\"north\"]", "is missing");
        ObjectNode twice = PlanTexts.evening();
        ((ArrayNode) twice.path("regions")).add("north");
        refuses(twice, "regions[2]", "listed twice");
        ObjectNode none = PlanTexts.evening();
        none.putArray("regions");
        refuses(none, "regions", "1 to " + Limits.MAX_REGIONS);
    }

    @Test
    void slotsAreNumberedInOrderWithoutWrapAroundAndStartWhereTheyShould() {
        ObjectNode wrapped = PlanTexts.evening();
        ((ObjectNode) wrapped.path("slots").get(3)).put("slot", 4294967297L);
        refuses(wrapped, "slots[3].slot", "4294967297");
        ObjectNode order = PlanTexts.evening();
        ((ObjectNode) order.path("slots").get(3)).put("slot", 4);
        refuses(order, "slots[3].slot", "must be 3");
        ObjectNode start = PlanTexts.evening();
        ((ObjectNode) start.path("slots").get(3)).put("start", PlanTexts.DAY.atTime(7, 0).toString());
        refuses(start, "slots[3].start", "must start at " + PlanTexts.DAY.atTime(3, 0));
        refuses(PlanTexts.evening().put("slotCount", 25), "slotCount", "\"slots\" has 24");
        refuses(PlanTexts.evening().put("slotMinutes", 15), "slotMinutes", "30 or 60");
        refuses(PlanTexts.evening().put("start", "2024-01-10T00:10"), "start", "on a half-hour");
        refuses(PlanTexts.evening().put("start", "tomorrow"), "start", "yyyy-MM-ddTHH:mm");
        refuses(PlanTexts.plan(1, Limits.MAX_SLOTS + 1, 30), "slots", "at most " + Limits.MAX_SLOTS);
        ObjectNode empty = PlanTexts.evening();
        empty.remove("slotCount");
        empty.putArray("slots");
        refuses(empty, "slots", "1 to " + Limits.MAX_SLOTS);
    }

    @Test
    void statusesAndTheUsableFlagMustAgree() {
        ObjectNode unknown = PlanTexts.evening();
        ((ObjectNode) unknown.path("slots").get(2)).put("status", "FINE");
        refuses(unknown, "slots[2].status", "OPTIMAL, DEGRADED, CRITICAL_SHED");
        ObjectNode usableError = PlanTexts.fail(PlanTexts.evening(), 2, "ERROR");
        ((ObjectNode) usableError.path("slots").get(2)).put("usable", true);
        refuses(usableError, "slots[2].usable", "status ERROR");
        ObjectNode v1 = PlanTexts.v1(PlanTexts.evening());
        ((ObjectNode) v1.path("slots").get(2)).put("status", "DEGRADED");
        refuses(v1, "slots[2].status", "in a plan of format 1");
        ObjectNode nullInUsable = PlanTexts.evening();
        ((ObjectNode) nullInUsable.path("slots").get(18).path("regionShed").path("north")).putNull("nonCriticalShedMw");
        refuses(nullInUsable, "slots[18].regionShed[\"north\"].nonCriticalShedMw", "null (unknown) in a usable slot");
        ObjectNode deleted = PlanTexts.evening();
        ((ObjectNode) deleted.path("slots").get(18).path("regionShed").path("north")).remove("criticalShedMw");
        refuses(deleted, "slots[18].regionShed[\"north\"].criticalShedMw", "is missing");
    }

    @Test
    void powersAreFiniteNotNegativeAndWithinTheirLoad() {
        String path = "slots[18].regionShed[\"north\"].";
        refuses(with(path, "nonCriticalShedMw", -5), path + "nonCriticalShedMw", "[0, ");
        refuses(with(path, "nonCriticalShedMw", 1e9), path + "nonCriticalShedMw", "[0, ");
        refuses(with(path, "nonCriticalShedMw", 500), path + "nonCriticalShedMw", "more than the region's non-critical load");
        refuses(with(path, "criticalShedMw", 16), path + "criticalShedMw", "more than the region's critical load");
        refuses(with(path, "nonCriticalLoadMw", -1), path + "nonCriticalLoadMw", "[0, ");
        String beyond = PlanTexts.text(PlanTexts.evening()).replaceFirst("\"nonCriticalLoadMw\" : 120.0",
                "\"nonCriticalLoadMw\" : 1e400");
        assertThat(refusesText(beyond, "slots[0].regionShed[\"north\"].nonCriticalLoadMw").detail())
                .contains("beyond the range of a double");
        String text = PlanTexts.text(PlanTexts.evening()).replaceFirst("\"nonCriticalLoadMw\" : 120.0",
                "\"nonCriticalLoadMw\" : \"120\"");
        assertThat(refusesText(text, "slots[0].regionShed[\"north\"].nonCriticalLoadMw").detail())
                .contains("finite number");
    }

    private static ObjectNode with(String path, String field, double value) {
        ObjectNode plan = PlanTexts.evening();
        ((ObjectNode) plan.path("slots").get(18).path("regionShed").path("north")).put(field, value);
        return plan;
    }

    private static void refuses(ObjectNode plan, String field, String detail) {
        assertThat(refusesText(PlanTexts.text(plan), field).detail()).contains(detail);
    }

    private static InputException refusesText(String text, String field) {
        InputException e = parseError(text);
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        return e;
    }

    private static InputException parseError(String text) {
        try {
            PlanFileReader.parse(text, SOURCE);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("the plan was accepted");
    }
}

package org.fairshed.rota.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.InputException;
import org.fairshed.rota.PlanTexts;
import org.fairshed.rota.io.PlanFileReader;
import org.junit.jupiter.api.Test;

/** A plan given in memory (as the job API gives it) becomes the same rota input as its file, with the same errors. */
class PlanQuotasFactoryTest {

    private static final String SOURCE = "the job's plan";

    @Test
    void aPlanInMemoryMapsToTheSameHalfHoursAsItsFile() {
        ObjectNode plan = PlanTexts.critical(PlanTexts.fail(PlanTexts.plan(3, 48, 30), 40, "CANCELLED"), 36, "east", 3);
        PlanQuotas fromFile = PlanFileReader.parse(PlanTexts.text(plan), SOURCE);
        PlanQuotas inMemory = PlanQuotasFactory.of(slots(plan));
        assertThat(inMemory.regions()).isEqualTo(fromFile.regions());
        assertThat(inMemory.dates()).isEqualTo(fromFile.dates());
        assertThat(inMemory.unusableSlots()).isEqualTo(fromFile.unusableSlots());
        assertThat(inMemory.runId()).isEqualTo(fromFile.runId());
        for (int i = 0; i < fromFile.days().size(); i++) {
            RegionDay a = fromFile.days().get(i);
            RegionDay b = inMemory.days().get(i);
            assertThat(b.region()).isEqualTo(a.region());
            assertThat(b.quotaMw()).containsExactly(a.quotaMw());
            assertThat(b.nonCriticalLoadMw()).containsExactly(a.nonCriticalLoadMw());
            assertThat(b.criticalShedMw()).containsExactly(a.criticalShedMw());
            assertThat(b.planned()).containsExactly(a.planned());
            assertThat(b.unknown()).containsExactly(a.unknown());
        }
        assertThat(inMemory.unusableSlots()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo("CANCELLED"));
    }

    @Test
    void theErrorsOfAPlanInMemoryNameTheFieldsOfTheFile() {
        PlanSlots good = slots(PlanTexts.evening());
        List<PlanSlot> list = new ArrayList<>(good.slots());
        PlanSlot s = list.get(18);
        Map<String, SlotShed> regions = new LinkedHashMap<>(s.regions());
        regions.put("west", regions.get("north"));
        list.set(18, new PlanSlot(18, s.start(), s.status(), s.usable(), regions));
        assertThatThrownBy(() -> PlanQuotasFactory.of(new PlanSlots(SOURCE, null, good.start(), 60, good.regions(), list)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.source()).isEqualTo(SOURCE);
                    assertThat(e.field()).isEqualTo("slots[18].regionShed[\"west\"]");
                });
        SlotShed nan = new SlotShed(Double.NaN, 100, 0.0, 10);
        regions.remove("west");
        regions.put("north", nan);
        list.set(18, new PlanSlot(18, s.start(), s.status(), s.usable(), regions));
        assertThatThrownBy(() -> PlanQuotasFactory.of(new PlanSlots(SOURCE, null, good.start(), 60, good.regions(), list)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field())
                        .isEqualTo("slots[18].regionShed[\"north\"].nonCriticalShedMw"));
    }

    /** The plan as a caller holding it in memory would fill the rota's neutral input. */
    static PlanSlots slots(ObjectNode plan) {
        List<String> regions = new ArrayList<>();
        plan.path("regions").forEach(r -> regions.add(r.asText()));
        List<PlanSlot> slots = new ArrayList<>();
        for (JsonNode slot : plan.path("slots")) {
            Map<String, SlotShed> shed = new LinkedHashMap<>();
            for (String r : regions) {
                JsonNode n = slot.path("regionShed").path(r);
                shed.put(r, new SlotShed(nullable(n.path("nonCriticalShedMw")), n.path("nonCriticalLoadMw").asDouble(),
                        nullable(n.path("criticalShedMw")), n.path("criticalLoadMw").asDouble()));
            }
            slots.add(new PlanSlot(slot.path("slot").asInt(), LocalDateTime.parse(slot.path("start").asText()),
                    slot.path("status").asText(), slot.path("usable").asBoolean(), shed));
        }
        return new PlanSlots(SOURCE, plan.path("runId").asText(), LocalDateTime.parse(plan.path("start").asText()),
                plan.path("slotMinutes").asInt(), regions, slots);
    }

    private static Double nullable(JsonNode n) {
        return n.isNull() ? null : n.asDouble();
    }
}

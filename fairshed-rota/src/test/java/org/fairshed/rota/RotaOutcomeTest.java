package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairshed.common.job.Cancellation;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.io.PlanFileReader;
import org.fairshed.rota.io.RotaOutputs;
import org.fairshed.rota.io.ScheduleCsvWriter;
import org.fairshed.rota.io.ScheduleJsonReader;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rota does with what the plan does not know and cannot do: unusable slots are refused or, when asked,
 * left unscheduled and reported; critical shed is reported per region and day; a stopped run publishes nothing.
 */
class RotaOutcomeTest {

    private static final double MW = 1e-9;
    private static final String SOURCE = "plan.json";
    private static final RotaParameters PARAMS = RotaParameters.defaults().withThreads(1).withSearch(0, 0);
    private static final GroupConfig GROUPS = GroupConfig.synthetic(List.of("north", "south"), 1);

    @Test
    void aPlanWithUnusableSlotsIsRefusedNamingTheSlotsAndRegions() {
        ObjectNode plan = PlanTexts.fail(PlanTexts.fail(PlanTexts.evening(), 18, "ERROR"), 19, "ERROR");
        PlanTexts.fail(plan, 21, "TIME_LIMIT");
        RotaResult r = run(plan, false, Cancellation.none());
        assertThat(r.outcome()).isEqualTo(RotaOutcome.REFUSED_UNUSABLE_SLOTS);
        assertThat(r.schedules()).isEmpty();
        assertThat(r.message()).contains(SOURCE, "slots 18\u201319 (2024-01-10T18:00 to 20:00, ERROR)",
                "21 (2024-01-10T21:00 to 22:00, TIME_LIMIT)", "3 slot(s)", "every region (2: north, south)");
        assertThatThrownBy(() -> new RotaOutputs(Path.of("never.json"), null, null, ZoneOffset.UTC, null)
                .write(r, Map.of(), List.of(), Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }

    /** Never "24 region-days covered" for a plan whose slots all failed, even when the usable ones are asked for. */
    @Test
    void aPlanWhoseSlotsAllFailedHasNothingToSchedule() {
        ObjectNode plan = PlanTexts.evening();
        for (int i = 0; i < 24; i++) {
            PlanTexts.fail(plan, i, "ERROR");
        }
        RotaResult r = run(plan, true, Cancellation.none());
        assertThat(r.outcome()).isEqualTo(RotaOutcome.REFUSED_UNUSABLE_SLOTS);
        assertThat(r.schedules()).isEmpty();
        assertThat(r.message()).contains("slots 0\u201323", "no slot is usable");
    }

    @Test
    void theUsableSlotsOnlyLeaveTheOthersUnscheduledAndSaySo(@TempDir Path dir) throws Exception {
        ObjectNode plan = PlanTexts.fail(PlanTexts.fail(PlanTexts.evening(), 18, "ERROR"), 19, "INFEASIBLE");
        RotaResult r = run(plan, true, Cancellation.none());
        assertThat(r.outcome()).isEqualTo(RotaOutcome.SCHEDULED);
        assertThat(r.unusableSlots()).hasSize(2);
        for (RegionSchedule s : r.schedules()) {
            assertThat(s.status()).isEqualTo(RotaStatus.INCOMPLETE);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                boolean unknown = h >= 36 && h < 40;
                assertThat(s.isUnknown(h)).as("%s h%d", s.region(), h).isEqualTo(unknown);
                if (unknown) {
                    assertThat(s.offLoadAt(h)).as("nothing is scheduled where the shed is unknown").isZero();
                } else {
                    assertThat(s.offLoadAt(h)).isGreaterThanOrEqualTo(s.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW);
                }
            }
            assertThat(s.quotaAt(40)).as("the evening after the failed slots is still scheduled").isPositive();
        }
        Path json = dir.resolve("SCHEDULE.json");
        Path csv = dir.resolve("schedule.csv");
        new RotaOutputs(json, csv, dir.resolve("ics"), ZoneOffset.UTC, null).write(r, Map.of(), List.of(), Instant.EPOCH);
        JsonNode root = PlanTexts.JSON.readTree(json.toFile());
        assertThat(root.path("unusableSlots")).hasSize(2);
        assertThat(root.path("unusableSlots").get(1).path("status").asText()).isEqualTo("INFEASIBLE");
        JsonNode north = root.path("days").get(0).path("regions").get(0);
        assertThat(north.path("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(north.path("unknownHalfHours").toString()).isEqualTo("[36,37,38,39]");
        String row = Files.readAllLines(csv).get(1);
        assertThat(row.split(",", -1)[3 + 36]).isEqualTo(ScheduleCsvWriter.UNKNOWN);
        RotaResult back = ScheduleJsonReader.read(json);
        assertThat(back.schedules().getFirst().unknown()).containsExactly(r.schedules().getFirst().unknown());
        assertThat(back.unusableSlots()).isEqualTo(r.unusableSlots());
        assertThat(Files.readString(dir.resolve("ics").resolve("north_1.1.ics"))).contains("Outage schedule unknown",
                "STATUS:TENTATIVE");
    }

    @Test
    void criticalShedIsReportedPerRegionAndDayAsLoadNoScheduleCovers(@TempDir Path dir) throws Exception {
        ObjectNode plan = PlanTexts.critical(PlanTexts.critical(PlanTexts.evening(), 18, "south", 7.5), 19, "south", 2.5);
        RotaResult r = run(plan, false, Cancellation.none());
        RegionSchedule south = r.find("south", PlanTexts.DAY);
        assertThat(south.criticalShedAt(36)).isCloseTo(7.5, within(MW));
        assertThat(south.criticalShedAt(39)).isCloseTo(2.5, within(MW));
        assertThat(south.criticalShedMwh()).isCloseTo(7.5 + 2.5, within(MW));
        assertThat(r.find("north", PlanTexts.DAY).criticalShedMwh()).isZero();
        assertThat(r.criticalShedMwh()).isCloseTo(10, within(MW));
        assertThat(south.status().isCovered()).as("the groups cover their quota; the critical shed is the plan's").isTrue();
        Path json = dir.resolve("SCHEDULE.json");
        new RotaOutputs(json, null, null, ZoneOffset.UTC, null).write(r, Map.of(), List.of(), Instant.EPOCH);
        JsonNode root = PlanTexts.JSON.readTree(json.toFile());
        assertThat(root.path("criticalShedMwh").asDouble()).isCloseTo(10, within(MW));
        JsonNode s = root.path("days").get(0).path("regions").get(1);
        assertThat(s.path("criticalShedMwh").asDouble()).isCloseTo(10, within(MW));
        assertThat(s.path("criticalShedMw").get(37).asDouble()).isCloseTo(7.5, within(MW));
        assertThat(ScheduleJsonReader.read(json).find("south", PlanTexts.DAY).criticalShedMw())
                .containsExactly(south.criticalShedMw(), within(MW));
    }

    @Test
    void aStoppedRunIsCancelledAndPublishesNothing() {
        Cancellation stop = Cancellation.none();
        stop.cancel();
        RotaResult none = run(PlanTexts.evening(), false, stop);
        assertThat(none.outcome()).isEqualTo(RotaOutcome.CANCELLED);
        assertThat(none.schedules()).isEmpty();
        assertThat(none.message()).contains("CANCELLED", "0 of 2");
        Cancellation afterOne = Cancellation.none();
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(PlanTexts.plan(2, 48, 60)), SOURCE);
        RotaResult part = Rota.run(RotaInput.of(q, GROUPS, "g", Ledger.empty()), RotaMethods.sweep(), PARAMS,
                (stage, done, total) -> {
                    if (done == 1) {
                        afterOne.cancel();
                    }
                }, afterOne);
        assertThat(part.outcome()).isEqualTo(RotaOutcome.CANCELLED);
        assertThat(part.schedules()).hasSizeBetween(1, q.days().size() - 1);
        assertThat(part.ledger()).as("a stopped run rolls no ledger").isEqualTo(Ledger.empty());
        assertThatThrownBy(() -> new RotaOutputs(Path.of("never.json"), null, null, ZoneOffset.UTC, null)
                .write(part, Map.of(), List.of(), Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressCountsRegionDaysUpToTheTotal() {
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(PlanTexts.plan(3, 48, 60)), SOURCE);
        List<int[]> updates = new ArrayList<>();
        Rota.run(RotaInput.of(q, GroupConfig.synthetic(q.regions(), 1), "g", Ledger.empty()), RotaMethods.queues(),
                PARAMS, (stage, done, total) -> {
                    assertThat(stage).isEqualTo(Rota.PROGRESS_STAGE);
                    updates.add(new int[] {done, total});
                }, Cancellation.none());
        assertThat(updates).hasSize(q.days().size() + 1);
        for (int i = 0; i < updates.size(); i++) {
            assertThat(updates.get(i)).containsExactly(i, q.days().size());
        }
    }

    private static RotaResult run(ObjectNode plan, boolean usableSlotsOnly, Cancellation cancellation) {
        PlanQuotas q = PlanFileReader.parse(PlanTexts.text(plan), SOURCE);
        return Rota.run(new RotaInput(q, GROUPS, "g", Ledger.empty(), null, usableSlotsOnly), RotaMethods.sweep(), PARAMS,
                (stage, done, total) -> { }, cancellation);
    }
}

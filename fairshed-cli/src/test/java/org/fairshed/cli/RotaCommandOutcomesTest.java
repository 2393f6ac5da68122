package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fairshed rota} on plans it must not schedule quietly: unusable slots (refused, or scheduled as asked with
 * the unknown half-hours marked), critical shed (shouted), hand-edited plans that contradict themselves and option
 * values beyond their bounds (exit 2, one line naming the file or option, nothing written).
 */
class RotaCommandOutcomesTest {

    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_BAD_INPUT = 2;

    @TempDir
    Path tmp;
    Path schedule;

    @BeforeEach
    void files() {
        schedule = tmp.resolve("SCHEDULE.json");
    }

    @Test
    void aPlanWithFailedSlotsIsRefusedNamingThemAndNothingIsWritten() throws IOException {
        Path plan = write(RotaPlans.fail(RotaPlans.fail(RotaPlans.evening(), 18, "ERROR"), 19, "ERROR"));
        Path ledger = tmp.resolve("ledger.json");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger-out", ledger.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_FAILURE);
        assertThat(r.err().strip()).startsWith("fairshed rota: refused: " + plan)
                .contains("slots 18\u201319 (2024-01-10T18:00 to 20:00, ERROR)", "every region (2: north, south)",
                        "--usable-slots-only", "nothing written").doesNotContain("\n").doesNotContain("internal error");
        assertThat(schedule).doesNotExist();
        assertThat(ledger).doesNotExist();
    }

    /** A plan whose 24 slots all failed was rotated into "24 region-days covered"; now it has nothing to schedule. */
    @Test
    void aPlanWhoseSlotsAllFailedIsNeverCovered() throws IOException {
        ObjectNode all = RotaPlans.evening();
        for (int h = 0; h < 24; h++) {
            RotaPlans.fail(all, h, "ERROR");
        }
        CliRun r = CliRun.of("rota", write(all).toString(), "--out", schedule.toString(), "--usable-slots-only");
        assertThat(r.exitCode()).isEqualTo(EXIT_FAILURE);
        assertThat(r.err()).contains("no slot is usable").doesNotContain("covered");
        assertThat(r.out()).doesNotContain("covered");
        assertThat(schedule).doesNotExist();
    }

    @Test
    void theUsableSlotsOnlyAreScheduledWhenAskedAndTheRestIsShownUnknown() throws IOException {
        Path plan = write(RotaPlans.fail(RotaPlans.evening(), 18, "TIME_LIMIT"));
        Path csv = tmp.resolve("s.csv");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--usable-slots-only", "--csv",
                csv.toString(), "--region", "north");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        assertThat(r.out()).contains("2 region-day(s), 0 covered, 2 incomplete",
                "!!! the plan's shed is unknown in slot 18 (2024-01-10T18:00 to 19:00, TIME_LIMIT)");
        assertThat(r.out()).containsPattern("(?m)^  1\\.1 +[^ ]{36}!![^ ]{10} ");
        JsonNode region = RotaPlans.JSON.readTree(schedule.toFile()).path("days").get(0).path("regions").get(0);
        assertThat(region.path("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(region.path("unknownHalfHours").toString()).isEqualTo("[36,37]");
        assertThat(Files.readAllLines(csv).get(1).split(",", -1)[3 + 36]).isEqualTo("?");
    }

    @Test
    void criticalShedIsShoutedPerRegionAndDay() throws IOException {
        Path plan = write(RotaPlans.critical(RotaPlans.critical(RotaPlans.evening(), 18, "south", 6), 19, "south", 4));
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        assertThat(r.out()).contains("!!! the plan sheds critical load: 10.00 MWh in 1 region-day(s), load no group "
                + "schedule covers", "!!!   region south on 2024-01-10: 10.00 MWh, peak 6.00 MW at 18:00");
        assertThat(RotaPlans.JSON.readTree(schedule.toFile()).path("criticalShedMwh").asDouble()).isEqualTo(10);
    }

    @Test
    void aHandEditedPlanThatContradictsItselfIsBadInputNamingTheField() throws IOException {
        ObjectNode missing = RotaPlans.evening();
        ((ArrayNode) missing.path("regions")).remove(1);
        badInput(write(missing), "slots[0].regionShed[\"south\"] is not in \"regions\"");
        String text = RotaPlans.evening().toPrettyString();
        badInput(Files.writeString(tmp.resolve("dup.json"), text.replaceFirst("\"slotMinutes\" : 60",
                "\"slotMinutes\" : 60, \"slotMinutes\" : 30")), "Duplicate field 'slotMinutes'");
        badInput(Files.writeString(tmp.resolve("trail.json"), text + "\n{}"), "Trailing token");
        badInput(Files.write(tmp.resolve("latin1.json"), text.replace("OPTIMAL", "OPTIMAL\u00e9").getBytes(
                StandardCharsets.ISO_8859_1)), "is not UTF-8 text");
        ObjectNode wrapped = RotaPlans.evening();
        ((ObjectNode) wrapped.path("slots").get(3)).put("slot", 4294967297L);
        badInput(write(wrapped), "slots[3].slot must be between 0 and");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void everyOptionIsBounded() throws IOException {
        Path plan = write(RotaPlans.evening());
        option(plan, "--min-quota 1e9", "--min-quota must be MW in [0, 1]");
        option(plan, "--min-quota NaN", "--min-quota must be MW in [0, 1]");
        option(plan, "--threads 100000", "--threads must be from 1 to 256");
        option(plan, "--freeze 99999", "--freeze must be minutes in [0, 1440]");
        option(plan, "--max-off 2880", "--max-off must be a positive multiple of 30 minutes up to 1440");
        option(plan, "--min-on 0", "--min-on must be a positive multiple of 30");
        option(plan, "--possible-step 0", "--possible-step must be group-equivalents in (0, 100]");
        option(plan, "--over-shed-budget Infinity", "--over-shed-budget must be in [0, 1]");
        option(plan, "--zone Mars/Olympus", "--zone \"Mars/Olympus\" is not a time zone");
        Path previous = tmp.resolve("previous.json");
        assertThat(CliRun.of("rota", plan.toString(), "--out", previous.toString()).exitCode()).isEqualTo(EXIT_OK);
        option(plan, "--previous " + previous + " --now 2099-01-01T00:00", "--now is 2099-01-01T00:00; a re-plan");
        option(plan, "--previous " + previous + " --now 25:99", "--now must be yyyy-MM-ddTHH:mm or HH:mm");
        option(plan, "--method lottery", "--method \"lottery\" is not a rota method");
    }

    private void option(Path plan, String options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("rota", plan.toString(), "--out", schedule.toString()));
        args.addAll(List.of(options.split(" ")));
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertThat(r.exitCode()).as(options + ": " + r.err()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).as(options).startsWith("fairshed rota: command line: ").contains(message)
                .doesNotContain("\n");
        assertThat(schedule).doesNotExist();
    }

    private void badInput(Path plan, String message) {
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).startsWith("fairshed rota: " + plan).contains(message).doesNotContain("\n");
        assertThat(schedule).doesNotExist();
    }

    private Path write(ObjectNode plan) throws IOException {
        return Files.writeString(Files.createTempFile(tmp, "plan", ".json"), plan.toPrettyString());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}

package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.rota.io.LedgerJson;
import org.fairshed.rota.ledger.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fairshed rota --ledger / --ledger-out}: the rolling ledger is written back as its own file, keyed by date (so
 * re-running a day is idempotent), atomically and only once everything else succeeded.
 */
class RotaLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXIT_OK = 0;
    private static final int EXIT_BAD_INPUT = 2;
    private static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    private static final String YESTERDAY = DAY.minusDays(1).toString();
    /** Outside the 7-day window ending on {@link #DAY}: dropped when the ledger rolls. */
    private static final String LONG_AGO = DAY.minusDays(Ledger.WINDOW_DAYS + 1L).toString();
    private static final String LEDGER = "{\"windowDays\": 7, \"regions\": {"
            + "\"north\": {\"1.1\": {\"" + LONG_AGO + "\": 3.0, \"" + YESTERDAY + "\": 4.0}, \"1.2\": {\"" + YESTERDAY + "\": 0.5}},"
            + "\"east\": {\"1.1\": {\"" + YESTERDAY + "\": 2.0}}}}";

    @TempDir
    Path tmp;
    Path plan;
    Path ledger;
    Path schedule;

    @BeforeEach
    void files() throws IOException {
        plan = Files.writeString(tmp.resolve("plan.json"), eveningPlan());
        ledger = Files.writeString(tmp.resolve("ledger.json"), LEDGER);
        schedule = tmp.resolve("SCHEDULE.json");
    }

    @Test
    void theLedgerRollsBackIntoItsFileAndASecondRunOfTheSameDayChangesNothing() throws IOException {
        CliRun first = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(EXIT_OK);
        assertThat(first.out()).contains("ledger to " + ledger);
        JsonNode rolled = JSON.readTree(ledger.toFile());
        JsonNode north = rolled.path("regions").path("north");
        assertThat(north.path("1.1").path(YESTERDAY).asDouble()).as("past days kept").isEqualTo(4.0);
        assertThat(north.path("1.1").has(LONG_AGO)).as("days older than the week dropped").isFalse();
        assertThat(rolled.path("regions").path("east").path("1.1").path(YESTERDAY).asDouble())
                .as("regions the plan does not have are kept").isEqualTo(2.0);
        JsonNode day = JSON.readTree(schedule.toFile()).path("days").get(0);
        double hoursOff = 0;
        for (JsonNode region : day.path("regions")) {
            for (JsonNode g : region.path("groups")) {
                double recorded = rolled.path("regions").path(region.path("region").asText()).path(g.path("group").asText())
                        .path(DAY.toString()).asDouble(-1);
                assertThat(recorded).as("%s %s", region.path("region").asText(), g.path("group").asText())
                        .isEqualTo(g.path("hoursOff").asDouble());
                hoursOff += recorded;
            }
        }
        assertThat(hoursOff).as("the evening quota switches groups off").isPositive();
        assertThat(rolled).as("the file holds the ledger SCHEDULE.json carries")
                .isEqualTo(JSON.readTree(schedule.toFile()).path("ledger"));
        Ledger read = LedgerJson.read(ledger);
        assertThat(read.hoursInWindow("north", "1.1", DAY)).isEqualTo(4.0 + north.path("1.1").path(DAY.toString()).asDouble());

        byte[] afterFirst = Files.readAllBytes(ledger);
        CliRun second = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString());
        assertThat(second.exitCode()).as(second.err()).isEqualTo(EXIT_OK);
        assertThat(Files.readAllBytes(ledger)).as("re-running the same day is idempotent").isEqualTo(afterFirst);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void ledgerOutWritesElsewhereAndLeavesTheInputLedgerAlone() throws IOException {
        Path rolled = tmp.resolve("ledgers").resolve("next.json");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString(),
                "--ledger-out", rolled.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        assertThat(Files.readString(ledger)).isEqualTo(LEDGER);
        assertThat(JSON.readTree(rolled.toFile())).isEqualTo(JSON.readTree(schedule.toFile()).path("ledger"));
        assertThat(JSON.readTree(rolled.toFile()).path("regions").path("north").path("1.1").path(YESTERDAY).asDouble())
                .isEqualTo(4.0);

        Path fresh = tmp.resolve("fresh.json");
        CliRun first = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger-out", fresh.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(EXIT_OK);
        JsonNode regions = JSON.readTree(fresh.toFile()).path("regions");
        assertThat(names(regions)).as("without --ledger the week starts empty").containsExactly("north", "south");
        assertThat(names(regions.path("north").path("1.1"))).containsExactly(DAY.toString());
    }

    @Test
    void aBadLedgerIsExitTwoNamingTheFieldAndTheFileStaysAsItWas() throws IOException {
        String bad = LEDGER.replace("\": 4.0", "\": 30");
        Files.writeString(ledger, bad);
        FileTime before = Files.getLastModifiedTime(ledger);
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).startsWith("fairshed rota: ").contains("ledger.json",
                "regions[\"north\"][\"1.1\"][\"" + YESTERDAY + "\"]", "[0, 24]", "30").doesNotContain("\n");
        assertThat(Files.readString(ledger)).isEqualTo(bad);
        assertThat(Files.getLastModifiedTime(ledger)).isEqualTo(before);
        assertThat(schedule).doesNotExist();
        assertThat(r.out()).as("inputs are all read before anything is printed").isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBadGroupFileLeavesTheLedgerUntouched() throws IOException {
        Path groups = Files.writeString(tmp.resolve("groups.json"), "{\"regions\": {\"north\": {}}}");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString(),
                "--groups", groups.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("groups.json", "\"south\"", "which the plan sheds");
        assertThat(Files.readString(ledger)).isEqualTo(LEDGER);
        assertThat(schedule).doesNotExist();
    }

    @Test
    void aScheduleFileThatCannotBeWrittenLeavesTheLedgerUntouched() throws IOException {
        Path csvUnderAFile = plan.resolve("schedule.csv");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString(),
                "--csv", csvUnderAFile.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err()).contains("cannot write the schedule");
        assertThat(Files.readString(ledger)).as("the ledger is written last").isEqualTo(LEDGER);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void ledgerOutMustNotOverwriteAnotherFileOfTheRun() throws IOException {
        CliRun folder = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger", ledger.toString(),
                "--ledger-out", tmp.toString());
        assertThat(folder.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(folder.err()).contains("--ledger-out names a folder");
        CliRun sameAsOut = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger-out",
                schedule.toString());
        assertThat(sameAsOut.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(sameAsOut.err()).contains("--ledger-out and --out name the same file");
        CliRun ledgerIsOut = CliRun.of("rota", plan.toString(), "--out", ledger.toString(), "--ledger", ledger.toString());
        assertThat(ledgerIsOut.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(ledgerIsOut.err()).contains("--ledger and --out name the same file");
        CliRun onThePlan = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--ledger-out", plan.toString());
        assertThat(onThePlan.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(onThePlan.err()).contains("--ledger-out and the plan file name the same file");
        assertThat(Files.readString(ledger)).isEqualTo(LEDGER);
        assertThat(schedule).doesNotExist();
    }

    @Test
    void noOutputMayOverwriteAnInputOrAnotherOutput() throws IOException {
        String planText = Files.readString(plan);
        CliRun onThePlan = CliRun.of("rota", plan.toString(), "--out", plan.toString());
        assertThat(onThePlan.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(onThePlan.err()).contains("--out and the plan file name the same file");
        assertThat(Files.readString(plan)).isEqualTo(planText);
        CliRun csvIsOut = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--csv", schedule.toString());
        assertThat(csvIsOut.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(csvIsOut.err()).contains("--csv and --out name the same file");
        CliRun outIsInputLedger = CliRun.of("rota", plan.toString(), "--out", ledger.toString(), "--ledger",
                ledger.toString(), "--ledger-out", tmp.resolve("new-ledger.json").toString());
        assertThat(outIsInputLedger.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(outIsInputLedger.err()).contains("--out and --ledger name the same file");
        assertThat(Files.readString(ledger)).isEqualTo(LEDGER);
        assertThat(schedule).doesNotExist();
    }

    /** A crisis day (90 % off from noon) cannot keep max-off / min-on: the terminal says so, not only the file. */
    @Test
    void brokenRulesAreShoutedInTheTerminal() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(eveningPlan());
        for (JsonNode slot : root.path("slots")) {
            if (slot.path("slot").asInt() >= 12) {
                for (JsonNode region : slot.path("regionShed")) {
                    ((ObjectNode) region).put("nonCriticalShedMw", 0.9 * region.path("nonCriticalLoadMw").asDouble());
                }
            }
        }
        Files.writeString(plan, root.toPrettyString());
        CliRun run = CliRun.of("rota", plan.toString(), "--out", schedule.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(EXIT_OK);
        assertThat(run.out()).containsPattern("!!! max-off / min-on gave way \\d+ time\\(s\\) in 2 region-day\\(s\\)");
    }

    /** Temporary files an interrupted atomic write would leave behind. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theRulesAreOptionsAndBadValuesNameTheOption() throws IOException {
        CliRun tight = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--max-off", "60", "--min-on",
                "90", "--over-shed-budget", "0", "--threads", "1");
        assertThat(tight.exitCode()).as(tight.err()).isEqualTo(EXIT_OK);
        for (JsonNode region : JSON.readTree(schedule.toFile()).path("days").get(0).path("regions")) {
            for (JsonNode g : region.path("groups")) {
                for (JsonNode o : g.path("outages")) {
                    if (o.path("type").asText().equals("DEFINITE")) {
                        assertThat(o.path("end").asInt() - o.path("start").asInt()).as("outage of %s", g.path("group"))
                                .isLessThanOrEqualTo(60);
                    }
                }
            }
        }
        CliRun bad = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--max-off", "45");
        assertThat(bad.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("--max-off must be a positive multiple of 30 minutes up to 1440, got 45");
        CliRun budget = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--over-shed-budget", "2");
        assertThat(budget.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(budget.err()).contains("--over-shed-budget must be in [0, 1], got 2.0");
    }

    private static String eveningPlan() {
        return RotaPlans.evening().toPrettyString();
    }
}

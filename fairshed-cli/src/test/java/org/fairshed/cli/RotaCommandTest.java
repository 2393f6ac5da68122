package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.io.ScheduleIcsWriter;
import org.fairshed.rota.sweep.SweepRota;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fairshed rota} on the plan of the public case118 scenario, as a user runs it after {@code fairshed plan}. */
class RotaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXIT_OK = 0;
    private static final int EXIT_BAD_INPUT = 2;
    private static final int HALF_HOURS = 48;
    private static final int MINUTES = 30;
    /** Each group's load is rounded to 1e-4 MW in the file; 12 groups stay well inside this. */
    private static final double FILE_COVER_TOLERANCE_MW = 1e-3;
    private static final String ZONE = "Europe/Kyiv";

    @TempDir
    static Path tmp;
    static Path plan;
    static Path schedule;
    static CliRun rota;

    @BeforeAll
    static void planThenRota() {
        plan = tmp.resolve("plan.json");
        CliRun p = CliRun.of("plan", SharedData.path("scenarios/public-s0-case118.json").toString(), "--cases-dir",
                SharedData.path("cases").toString(), "--out", plan.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        schedule = tmp.resolve("SCHEDULE.json");
        rota = CliRun.of("rota", plan.toString(), "--out", schedule.toString(), "--compare", "--csv",
                tmp.resolve("schedule.csv").toString(), "--ics", tmp.resolve("ics").toString(), "--zone", ZONE);
    }

    @Test
    void writesTheScheduleAndPrintsAGridAndTheComparison() throws IOException {
        assertThat(rota.exitCode()).as(rota.err()).isEqualTo(EXIT_OK);
        assertThat(rota.out()).contains("No --groups", "6 x 2 groups", "seeded unequal shares", "quota", "h off")
                .contains("method", "over MWh", "under MWh", "Jain", "switch", "changes")
                .containsPattern("(?m)^sweep\\s").containsPattern("(?m)^queues\\s").containsPattern("(?m)^stage-table\\s");
        JsonNode root = JSON.readTree(schedule.toFile());
        assertThat(root.path("days").size()).isPositive();
        JsonNode region = root.path("days").get(0).path("regions").get(0);
        assertThat(region.path("region").asText()).isNotEmpty();
        assertThat(region.path("groups")).hasSize(12);
        assertThat(region.path("groups").get(0).has("outages")).isTrue();
        assertThat(root.path("comparison").has("sweep")).isTrue();
        assertThat(root.path("comparison").path("queues").has("overShedMwh")).isTrue();
        assertThat(root.path("comparison").path("stage-table").has("jain")).isTrue();
        assertThat(root.path("metrics").path("underShedMwh").asDouble()).isZero();
    }

    @Test
    void everyHalfHourSwitchesOffAtLeastItsQuotaCheckedFromTheFileAlone() throws IOException {
        JsonNode root = JSON.readTree(schedule.toFile());
        int outages = 0;
        for (JsonNode day : root.path("days")) {
            for (JsonNode region : day.path("regions")) {
                double[] off = new double[HALF_HOURS];
                for (JsonNode g : region.path("groups")) {
                    for (JsonNode o : g.path("outages")) {
                        if (!o.path("type").asText().equals("DEFINITE")) {
                            continue;
                        }
                        outages++;
                        for (int h = o.path("start").asInt() / MINUTES; h < o.path("end").asInt() / MINUTES; h++) {
                            off[h] += g.path("loadMw").get(h).asDouble();
                        }
                    }
                }
                for (int h = 0; h < HALF_HOURS; h++) {
                    assertThat(off[h]).as("%s region %s half-hour %d", day.path("date").asText(),
                                    region.path("region").asText(), h)
                            .isGreaterThanOrEqualTo(region.path("quotaMw").get(h).asDouble() - FILE_COVER_TOLERANCE_MW);
                }
            }
        }
        assertThat(outages).isPositive();
    }

    @Test
    void csvAndIcsAreWrittenAndParseBack() throws IOException {
        JsonNode root = JSON.readTree(schedule.toFile());
        JsonNode regions = root.path("days").get(0).path("regions");
        int groups = 0;
        for (JsonNode region : regions) {
            groups += region.path("groups").size();
        }
        List<String> csv = Files.readAllLines(tmp.resolve("schedule.csv"));
        assertThat(csv.getFirst().split(",", -1)).hasSize(3 + HALF_HOURS).contains("00:00", "12:30", "23:30");
        assertThat(csv).hasSize(1 + groups * root.path("days").size());
        JsonNode firstGroup = regions.get(0).path("groups").get(0);
        String[] row = csv.get(1).split(",", -1);
        assertThat(row[1]).isEqualTo(regions.get(0).path("region").asText());
        for (JsonNode o : firstGroup.path("outages")) {
            String cell = o.path("type").asText().equals("DEFINITE") ? "1" : "p";
            for (int h = o.path("start").asInt() / MINUTES; h < o.path("end").asInt() / MINUTES; h++) {
                assertThat(row[3 + h]).isEqualTo(cell);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp.resolve("ics"))) {
            files = s.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
        }
        assertThat(files).hasSize(groups);
        Path one = tmp.resolve("ics").resolve(ScheduleIcsWriter.fileName(regions.get(0).path("region").asText(),
                firstGroup.path("group").asText()));
        ICalendar ical = Biweekly.parse(one.toFile()).first();
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();
        assertThat(ical.getEvents()).hasSize(firstGroup.path("outages").size());
        assertThat(Files.readString(one)).contains("DTSTART;TZID=" + ZONE + ":");
        for (Path f : files) {
            assertThat(Biweekly.parse(f.toFile()).all()).as(f.toString()).hasSize(1);
        }
    }

    @Test
    void aReplanKeepsTheFrozenHalfHours() throws IOException {
        JsonNode before = JSON.readTree(schedule.toFile());
        String date = before.path("days").get(0).path("date").asText();
        Path again = tmp.resolve("replan.json");
        int nowMinute = 17 * 60;
        CliRun r = CliRun.of("rota", plan.toString(), "--out", again.toString(), "--method", "queues", "--previous",
                schedule.toString(), "--now", date + "T17:00");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        JsonNode after = JSON.readTree(again.toFile());
        int frozen = (nowMinute + 60) / MINUTES;
        JsonNode regionsBefore = before.path("days").get(0).path("regions");
        JsonNode regionsAfter = after.path("days").get(0).path("regions");
        for (int i = 0; i < regionsBefore.size(); i++) {
            for (int g = 0; g < regionsBefore.get(i).path("groups").size(); g++) {
                boolean[] a = off(regionsBefore.get(i).path("groups").get(g));
                boolean[] b = off(regionsAfter.get(i).path("groups").get(g));
                for (int h = 0; h < frozen; h++) {
                    assertThat(b[h]).as("region %d group %d half-hour %d", i, g, h).isEqualTo(a[h]);
                }
            }
        }
        assertThat(after.path("metrics").path("changesVsPrevious").asInt()).isPositive();
    }

    @Test
    void aBadGroupFileIsOneLineNamingFileAndField() throws IOException {
        Path groups = Files.writeString(tmp.resolve("groups.json"),
                "{\"default\": {\"groups\": [{\"name\": \"1.1\", \"share\": 0.5}, {\"name\": \"1.2\", \"share\": 0.4}]}}");
        Path out = tmp.resolve("bad-groups-schedule.json");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", out.toString(), "--groups", groups.toString());
        assertThat(r.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(r.err().strip()).startsWith("fairshed rota: ").contains("groups.json", "default.groups", "sum to 0.9")
                .doesNotContain("\n");
        assertThat(out).doesNotExist();
        Files.writeString(groups, "{\"regions\": {\"north\": {}}}");
        CliRun unknown = CliRun.of("rota", plan.toString(), "--out", out.toString(), "--groups", groups.toString());
        assertThat(unknown.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(unknown.err()).contains("groups.json", "which the plan sheds", "north");
    }

    @Test
    void badArgumentsAreOneLineWithExitCodeTwo() {
        CliRun noNow = CliRun.of("rota", plan.toString(), "--out", tmp.resolve("x.json").toString(), "--previous",
                schedule.toString());
        assertThat(noNow.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(noNow.err()).contains("--previous and --now");
        CliRun method = CliRun.of("rota", plan.toString(), "--out", tmp.resolve("x.json").toString(), "--method", "lottery");
        assertThat(method.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(method.err()).contains("lottery", "sweep, queues, stage-table");
        CliRun zone = CliRun.of("rota", plan.toString(), "--out", tmp.resolve("x.json").toString(), "--zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(zone.err()).contains("--zone");
        CliRun region = CliRun.of("rota", plan.toString(), "--out", tmp.resolve("x.json").toString(), "--region", "Atlantis");
        assertThat(region.exitCode()).isEqualTo(EXIT_BAD_INPUT);
        assertThat(region.err()).contains("--region \"Atlantis\" is not in the plan");
    }

    /** --help says exactly when CP-SAT runs, and the old method name still works. */
    @Test
    void theMethodIsNamedForWhatItIs() {
        assertThat(RotaCommand.POLISHED_RUN).isEqualTo(SweepRota.largestPolishedRun(RotaParameters.defaults()));
        CliRun help = CliRun.of("rota", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("sweep (the rota's own",
                "CP-SAT polishes it only on runs of at most " + RotaCommand.POLISHED_RUN + " region-days",
                "\"optimal\" is accepted as the old name of sweep");
        Path old = tmp.resolve("old-name.json");
        CliRun r = CliRun.of("rota", plan.toString(), "--out", old.toString(), "--method", "optimal");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        assertThat(r.out()).containsPattern("(?m)^sweep: 99 region-day");
    }

    @Test
    void regionChoosesWhichGridIsPrinted() {
        CliRun r = CliRun.of("rota", plan.toString(), "--out", tmp.resolve("queues.json").toString(), "--method", "queues",
                "--region", "1");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(EXIT_OK);
        assertThat(r.out()).containsPattern("(?m)^Region 1, \\d{4}-\\d{2}-\\d{2}: queues");
    }

    private static boolean[] off(JsonNode group) {
        boolean[] off = new boolean[HALF_HOURS];
        for (JsonNode o : group.path("outages")) {
            if (o.path("type").asText().equals("DEFINITE")) {
                for (int h = o.path("start").asInt() / MINUTES; h < o.path("end").asInt() / MINUTES; h++) {
                    off[h] = true;
                }
            }
        }
        return off;
    }
}

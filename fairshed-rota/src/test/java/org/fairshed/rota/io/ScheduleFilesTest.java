package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.PlanTexts;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.TinyProblems;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.fairshed.rota.plan.SyntheticQuotas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SCHEDULE.json read back as written, the CSV export and the terminal grid. */
class ScheduleFilesTest {

    /** The file carries MW to 1e-4 ({@link ScheduleJsonWriter#MW_DECIMALS}); half of that is rounding. */
    private static final double FILE_MW_TOLERANCE = 0.5e-4;
    private static final double METRIC_TOLERANCE = 1e-4;
    private static final int TERMINAL_COLUMNS = 100;

    static RotaResult twoRegionsTwoDays() {
        PlanQuotas plan = SyntheticQuotas.plan(2, 2, 0.1, 0.3, 7);
        return TinyProblems.run(plan, GroupConfig.synthetic(plan.regions(), 7), "synthetic", Ledger.empty(), RotaMethods.queues(),
                RotaParameters.defaults().withThreads(1), null);
    }

    @Test
    void scheduleJsonReadsBackAsWritten(@TempDir Path dir) throws Exception {
        RotaResult r = twoRegionsTwoDays();
        Path file = dir.resolve("SCHEDULE.json");
        ScheduleJsonWriter.write(r, file);
        RotaResult back = ScheduleJsonReader.read(file);
        assertThat(back.method()).isEqualTo(r.method());
        assertThat(back.dates()).isEqualTo(r.dates());
        assertThat(back.schedules()).hasSameSizeAs(r.schedules());
        for (int i = 0; i < r.schedules().size(); i++) {
            RegionSchedule a = r.schedules().get(i);
            RegionSchedule b = back.schedules().get(i);
            assertThat(b.region()).isEqualTo(a.region());
            assertThat(b.date()).isEqualTo(a.date());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.relaxations()).isEqualTo(a.relaxations());
            assertThat(b.quotaMw()).containsExactly(a.quotaMw(), within(FILE_MW_TOLERANCE));
            assertThat(b.groups()).hasSameSizeAs(a.groups());
            for (int g = 0; g < a.groups().size(); g++) {
                GroupSchedule ga = a.groups().get(g);
                GroupSchedule gb = b.groups().get(g);
                assertThat(gb.group()).isEqualTo(ga.group());
                assertThat(gb.off()).containsExactly(ga.off());
                assertThat(gb.possible()).containsExactly(ga.possible());
                assertThat(gb.loadMw()).containsExactly(ga.loadMw(), within(FILE_MW_TOLERANCE));
            }
        }
        assertThat(back.ledger()).isEqualTo(r.ledger());
        assertThat(back.metrics().overShedMwh()).isCloseTo(r.metrics().overShedMwh(), within(METRIC_TOLERANCE));
        assertThat(back.metrics().switchingEvents()).isEqualTo(r.metrics().switchingEvents());
    }

    /**
     * A schedule read back from its file is the published one of a re-plan: on a plan whose evening deficit grew, the
     * frozen half-hours keep the file's cells (a fresh rota of the same plan changes some of them, so the freeze is
     * what keeps them), and the half-hours after them follow the new plan.
     */
    @Test
    void aReadScheduleServesAsThePreviousOfAReplan(@TempDir Path dir) throws Exception {
        RotaResult r = twoRegionsTwoDays();
        Path file = dir.resolve("SCHEDULE.json");
        ScheduleJsonWriter.write(r, file);
        RotaResult published = ScheduleJsonReader.read(file);
        PlanQuotas grown = grown(SyntheticQuotas.plan(2, 2, 0.1, 0.3, 7));
        LocalDate day = r.dates().getFirst();
        Replan replan = new Replan(published.schedules(), day.atTime(12, 0));
        GroupConfig groups = GroupConfig.synthetic(grown.regions(), 7);
        RotaParameters params = RotaParameters.defaults().withThreads(1);
        RotaResult again = TinyProblems.run(grown, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, replan);
        RotaResult fresh = TinyProblems.run(grown, groups, "synthetic", Ledger.empty(), RotaMethods.queues(), params, null);
        int frozen = replan.frozenHalfHours(day, RotaParameters.DEFAULT_FREEZE_MINUTES);
        assertThat(frozen).isEqualTo((12 * 60 + RotaParameters.DEFAULT_FREEZE_MINUTES) / HalfHours.MINUTES);
        int freshChanges = 0;
        for (RegionSchedule s : again.on(day)) {
            RegionSchedule before = published.find(s.region(), day);
            RegionSchedule other = fresh.find(s.region(), day);
            for (int g = 0; g < s.groups().size(); g++) {
                for (int h = 0; h < frozen; h++) {
                    assertThat(s.groups().get(g).isOff(h)).as("region %s group %d half-hour %d", s.region(), g, h)
                            .isEqualTo(before.groups().get(g).isOff(h));
                    freshChanges += other.groups().get(g).isOff(h) != before.groups().get(g).isOff(h) ? 1 : 0;
                }
            }
            for (int h = frozen; h < HalfHours.PER_DAY; h++) {
                assertThat(s.offLoadAt(h)).isGreaterThanOrEqualTo(s.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW);
            }
        }
        assertThat(freshChanges).as("without the freeze the grown plan moves cells of the frozen part").isPositive();
        assertThat(again.metrics().changesVsPrevious()).as("the grown deficit changes the afternoon").isPositive();
    }

    /** The plan with every quota grown by half (up to the load). */
    private static PlanQuotas grown(PlanQuotas plan) {
        List<RegionDay> days = new ArrayList<>();
        for (RegionDay d : plan.days()) {
            double[] q = d.quotaMw();
            for (int h = 0; h < q.length; h++) {
                q[h] = Math.min(d.loadMw(h), q[h] * 1.5);
            }
            days.add(RegionDay.of(d.date(), d.region(), q, d.nonCriticalLoadMw()));
        }
        return new PlanQuotas(plan.regions(), plan.dates(), days);
    }

    @Test
    void readErrorsNameTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("S.json");
        ScheduleJsonWriter.write(twoRegionsTwoDays(), file);
        String good = Files.readString(file);
        ObjectNode root = tree(good);
        ObjectNode outage = (ObjectNode) firstOutage(root);
        outage.put("end", outage.path("start").asInt() - 30);
        refuses(root, "days[0].regions[0].groups[0].outages[0].end", "must be after start");
        root = tree(good);
        ((ObjectNode) firstOutage(root)).put("type", "MAYBE");
        refuses(root, "days[0].regions[0].groups[0].outages[0].type", "DEFINITE, POSSIBLE");
        root = tree(good);
        ((ArrayNode) root.path("days").get(0).path("regions").get(0).path("quotaMw")).remove(0);
        refuses(root, "days[0].regions[0].quotaMw", "48 numbers");
        root = tree(good);
        ((ObjectNode) root.path("days").get(0).path("regions").get(0).path("groups").get(0)).put("hoursOff", 23);
        refuses(root, "days[0].regions[0].groups[0].hoursOff", "the definite outages last");
        root = tree(good);
        ((ObjectNode) root.path("days").get(0).path("regions").get(0)).put("status", "GOOD");
        refuses(root, "days[0].regions[0].status", "UNDER_COVER");
        root = tree(good);
        ((ArrayNode) root.path("days").get(0).path("regions").get(0).path("unknownHalfHours")).add(3).add(3);
        refuses(root, "days[0].regions[0].unknownHalfHours[1]", "twice");
        refuses(tree(good).put("formatVersion", 3), "formatVersion", "1 or 2");
        refuses(tree(good).put("planRunId", "x"), "planRunId", "32 lowercase hex");
        refuses(tree(good).put("days", 3), "days", "must be a list");
        root = tree(good);
        ((ObjectNode) root.path("metrics")).put("jain", 2);
        refuses(root, "metrics.jain", "between 0 and 1");
    }

    /** A schedule of format 1 (written before the method got its name) still reads, method and all. */
    @Test
    void aScheduleOfFormatOneStillReads() {
        String v1 = "{\"formatVersion\": 1, \"method\": \"optimal\", \"days\": [{\"date\": \"2016-12-19\", \"regions\": "
                + "[{\"region\": \"5\", \"status\": \"FEASIBLE\", \"quotaMw\": " + filled(10, 36, 40) + ", \"offMw\": "
                + filled(12, 36, 40) + ", \"relaxations\": [], \"groups\": [{\"group\": \"1.1\", \"hoursOff\": 2, "
                + "\"loadMw\": " + filled(12, 0, 48) + ", \"outages\": [{\"start\": 1080, \"end\": 1200, \"type\": \"DEFINITE\"}]}]}]}],"
                + " \"ledger\": {\"windowDays\": 7, \"regions\": {\"5\": {\"1.1\": {\"2016-12-19\": 2}}}},"
                + " \"metrics\": {\"overShedMwh\": 4}}";
        RotaResult r = ScheduleJsonReader.parse(v1, "old.json");
        assertThat(r.method()).isEqualTo("sweep");
        RegionSchedule s = r.schedules().getFirst();
        assertThat(s.groups().getFirst().isOff(36)).isTrue();
        assertThat(s.groups().getFirst().isOff(40)).isFalse();
        assertThat(s.unknownCount()).isZero();
        assertThat(s.criticalShedMwh()).isZero();
        assertThat(r.metrics().overShedMwh()).as("recomputed: 4 half-hours of 2 MW").isCloseTo(4, within(METRIC_TOLERANCE));
        assertThat(r.ledger().hoursInWindow("5", "1.1", LocalDate.of(2016, 12, 19))).isEqualTo(2);
    }

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) PlanTexts.JSON.readTree(json);
    }

    private static String filled(double v, int from, int to) {
        StringBuilder sb = new StringBuilder("[");
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            sb.append(h == 0 ? "" : ",").append(h >= from && h < to ? v : 0);
        }
        return sb.append(']').toString();
    }

    private static JsonNode firstOutage(JsonNode root) {
        for (JsonNode g : root.path("days").get(0).path("regions").get(0).path("groups")) {
            if (!g.path("outages").isEmpty()) {
                return g.path("outages").get(0);
            }
        }
        throw new AssertionError("no outage in the fixture");
    }

    private static void refuses(ObjectNode root, String field, String detail) {
        assertThatThrownBy(() -> ScheduleJsonReader.parse(root.toPrettyString(), "S.json"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.source()).isEqualTo("S.json");
                    assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
                    assertThat(e.detail()).contains(detail);
                });
    }

    @Test
    void csvHasAHeaderOfHalfHoursAndARowPerRegionAndGroup(@TempDir Path dir) throws Exception {
        RotaResult r = twoRegionsTwoDays();
        Path file = dir.resolve("schedule.csv");
        ScheduleCsvWriter.write(r, file);
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.getFirst().split(",", -1);
        assertThat(header).hasSize(3 + HalfHours.PER_DAY);
        assertThat(header[3]).isEqualTo("00:00");
        assertThat(header[4]).isEqualTo("00:30");
        assertThat(header[header.length - 1]).isEqualTo("23:30");
        int rows = r.schedules().stream().mapToInt(s -> s.groups().size()).sum();
        assertThat(lines).hasSize(1 + rows);
        int line = 1;
        for (RegionSchedule s : r.schedules()) {
            for (GroupSchedule g : s.groups()) {
                String[] cells = lines.get(line++).split(",", -1);
                assertThat(cells[0]).isEqualTo(s.date().toString());
                assertThat(cells[1]).isEqualTo(s.region());
                assertThat(cells[2]).isEqualTo(g.group());
                for (int h = 0; h < HalfHours.PER_DAY; h++) {
                    assertThat(cells[3 + h]).isEqualTo(g.isOff(h) ? "1" : g.isPossible(h) ? "p" : "");
                }
            }
        }
    }

    @Test
    void gridHasARowPerGroupACellPerHalfHourAndFitsATerminal() {
        RegionSchedule s = twoRegionsTwoDays().schedules().getFirst();
        for (boolean ascii : new boolean[] {false, true}) {
            List<String> lines = ScheduleGrid.render(s, ascii).lines().toList();
            assertThat(lines).hasSize(1 + 1 + s.groups().size() + 1 + 1);
            assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(TERMINAL_COLUMNS));
            assertThat(lines.get(1)).contains("00    03    06");
            GroupSchedule first = s.groups().getFirst();
            String cells = lines.get(2).substring(ScheduleGrid.LABEL_WIDTH, ScheduleGrid.LABEL_WIDTH + HalfHours.PER_DAY);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                char expected = first.isOff(h) ? (ascii ? '#' : '\u2588') : first.isPossible(h) ? '?' : (ascii ? '.' : '\u00b7');
                assertThat(cells.charAt(h)).as("half-hour %d", h).isEqualTo(expected);
            }
            assertThat(lines.get(2 + s.groups().size())).startsWith("  quota");
        }
    }
}

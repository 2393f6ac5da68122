package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
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
        return Rota.run(plan, GroupConfig.synthetic(plan.regions(), 7), "synthetic", Ledger.empty(), RotaMethods.queues(),
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

    @Test
    void aReadScheduleServesAsThePreviousOfAReplan(@TempDir Path dir) throws Exception {
        RotaResult r = twoRegionsTwoDays();
        Path file = dir.resolve("SCHEDULE.json");
        ScheduleJsonWriter.write(r, file);
        RotaResult published = ScheduleJsonReader.read(file);
        PlanQuotas plan = SyntheticQuotas.plan(2, 2, 0.1, 0.3, 7);
        Replan replan = new Replan(published.schedules(), r.dates().getFirst().atTime(12, 0));
        RotaResult again = Rota.run(plan, GroupConfig.synthetic(plan.regions(), 7), "synthetic", Ledger.empty(),
                RotaMethods.queues(), RotaParameters.defaults().withThreads(1), replan);
        LocalDate day = r.dates().getFirst();
        int frozen = replan.frozenHalfHours(day, RotaParameters.DEFAULT_FREEZE_MINUTES);
        assertThat(frozen).isPositive();
        for (RegionSchedule s : again.on(day)) {
            RegionSchedule before = published.find(s.region(), day);
            for (int g = 0; g < s.groups().size(); g++) {
                for (int h = 0; h < frozen; h++) {
                    assertThat(s.groups().get(g).isOff(h)).as("region %s group %d half-hour %d", s.region(), g, h)
                            .isEqualTo(before.groups().get(g).isOff(h));
                }
            }
        }
    }

    @Test
    void readErrorsNameTheField() {
        String bad = "{\"days\": [{\"date\": \"2016-12-19\", \"regions\": [{\"region\": \"5\", \"quotaMw\": " + zeros()
                + ", \"groups\": [{\"group\": \"1.1\", \"loadMw\": " + zeros()
                + ", \"outages\": [{\"start\": 420, \"end\": 415, \"type\": \"DEFINITE\"}]}]}]}]}";
        assertThatThrownBy(() -> ScheduleJsonReader.parse(bad, "S.json")).isInstanceOf(InputException.class)
                .hasMessageContaining("S.json").hasMessageContaining("days[0].regions[0].groups[0].outages[0].end");
        assertThatThrownBy(() -> ScheduleJsonReader.parse(bad.replace("\"quotaMw\": [0,", "\"quotaMw\": ["), "S.json"))
                .hasMessageContaining("days[0].regions[0].quotaMw").hasMessageContaining("48");
        assertThatThrownBy(() -> ScheduleJsonReader.parse(bad.replace("DEFINITE", "MAYBE").replace("415", "450"), "S.json"))
                .hasMessageContaining("outages[0].type");
        assertThatThrownBy(() -> ScheduleJsonReader.parse("{\"days\": 3}", "S.json")).hasMessageContaining("days must be");
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

    private static String zeros() {
        return "[" + "0,".repeat(HalfHours.PER_DAY - 1) + "0]";
    }
}

package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics exports parse back with biweekly, validate against RFC 5545 and carry every outage at local times. */
class ScheduleIcsWriterTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Instant STAMP = Instant.parse("2016-12-18T18:00:00Z");

    @Test
    void oneValidCalendarPerGroupWithAnEventPerOutage(@TempDir Path dir) throws Exception {
        RotaResult r = ScheduleFilesTest.twoRegionsTwoDays();
        List<Path> files = ScheduleIcsWriter.write(r, KYIV, STAMP, List.of(), dir);
        int groups = r.on(r.dates().getFirst()).stream().mapToInt(s -> s.groups().size()).sum();
        assertThat(files).hasSize(groups);
        Set<String> uids = new HashSet<>();
        for (RegionSchedule first : r.on(r.dates().getFirst())) {
            for (GroupSchedule g : first.groups()) {
                Path file = dir.resolve(ScheduleIcsWriter.fileName(first.region(), g.group()));
                String text = Files.readString(file);
                assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Kyiv", "DTSTART;TZID=Europe/Kyiv:",
                        "PRODID:" + ScheduleIcsWriter.PRODUCT_ID);
                ICalendar ical = Biweekly.parse(text).first();
                assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();
                List<Outage> expected = new ArrayList<>();
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate date : r.dates()) {
                    for (Outage o : r.find(first.region(), date).groups().stream()
                            .filter(x -> x.group().equals(g.group())).findFirst().orElseThrow().outages()) {
                        expected.add(o);
                        days.add(date);
                    }
                }
                assertThat(ical.getEvents()).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    VEvent e = ical.getEvents().get(i);
                    Outage o = expected.get(i);
                    assertThat(e.getDateStart().getValue().toInstant())
                            .isEqualTo(days.get(i).atStartOfDay(KYIV).plusMinutes(o.start()).toInstant());
                    assertThat(e.getDateEnd().getValue().toInstant())
                            .isEqualTo(days.get(i).atStartOfDay(KYIV).plusMinutes(o.end()).toInstant());
                    assertThat(e.getSummary().getValue()).isEqualTo(ScheduleIcsWriter.summary(first.region(), g.group(), o.type()));
                    assertThat(e.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
                    assertThat(e.getSequence().getValue()).isZero();
                    assertThat(uids.add(e.getUid().getValue())).as("unique UID").isTrue();
                }
            }
        }
    }

    @Test
    void summaryNamesGroupAndRegion() {
        assertThat(ScheduleIcsWriter.summary("5", "3.2", OutageType.DEFINITE)).isEqualTo("Power off \u2014 group 3.2 (Region 5)");
        assertThat(ScheduleIcsWriter.summary("5", "3.2", OutageType.POSSIBLE))
                .isEqualTo("Possible power off \u2014 group 3.2 (Region 5)");
    }

    @Test
    void aReplanKeepsTheUidAndBumpsTheSequenceWhenOnlyTheEndMoves() {
        LocalDate day = LocalDate.of(2016, 12, 19);
        double[] load = new double[HalfHours.PER_DAY];
        java.util.Arrays.fill(load, 10);
        boolean[] none = new boolean[HalfHours.PER_DAY];
        boolean[] before = new boolean[HalfHours.PER_DAY];
        boolean[] after = new boolean[HalfHours.PER_DAY];
        for (int h = 14; h < 20; h++) {
            before[h] = true;
            after[h] = h < 18;
        }
        RegionSchedule published = new RegionSchedule("5", day, "optimal", new double[HalfHours.PER_DAY],
                List.of(new GroupSchedule("1.1", load, before, none)), RotaStatus.OPTIMAL, List.of(), 0);
        RegionSchedule now = new RegionSchedule("5", day, "optimal", new double[HalfHours.PER_DAY],
                List.of(new GroupSchedule("1.1", load, after, none)), RotaStatus.OPTIMAL, List.of(), 0);
        RotaResult first = new RotaResult("optimal", List.of(day), List.of(published), Ledger.empty(),
                RotaMetrics.of(List.of(published), Ledger.empty(), null), 0);
        RotaResult second = new RotaResult("optimal", List.of(day), List.of(now), Ledger.empty(),
                RotaMetrics.of(List.of(now), Ledger.empty(), null), 0);
        VEvent a = ScheduleIcsWriter.calendars(first, KYIV, STAMP, List.of()).values().iterator().next().getEvents().getFirst();
        VEvent b = ScheduleIcsWriter.calendars(second, KYIV, STAMP, List.of(published)).values().iterator().next()
                .getEvents().getFirst();
        assertThat(b.getUid().getValue()).isEqualTo(a.getUid().getValue());
        assertThat(a.getSequence().getValue()).isZero();
        assertThat(b.getSequence().getValue()).isEqualTo(1);
    }
}

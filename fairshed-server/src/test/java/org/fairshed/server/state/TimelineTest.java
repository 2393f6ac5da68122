package org.fairshed.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fairshed.server.view.NowNext;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Dso;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.revision.LocalTimes;
import org.junit.jupiter.api.Test;

/** Now and next on hand-built days: across midnight, inside an outage, possible after definite, past the last day. */
class TimelineTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final LocalDate D = LocalDate.of(2026, 12, 2);

    private static Outage outage(LocalDate day, OutageKind kind, int start, int end) {
        return new Outage(kind, start, end, LocalTimes.start(day, start, KYIV), LocalTimes.end(day, end, KYIV));
    }

    private static RegionState state(Map<LocalDate, List<Outage>> days) {
        Map<LocalDate, DaySchedule> byDay = new java.util.TreeMap<>();
        days.forEach((d, o) -> byDay.put(d, new DaySchedule(1, new GroupSchedule("1.1", d, o, List.of(), 0))));
        return new RegionState(new Region(1, "r", "Р", "R", KYIV), List.<Dso>of(),
                List.of(new Group(1, "r", ScheduleType.HOURLY, "1.1", null, 1)), List.of(), null, D, D.minusDays(7),
                D.plusDays(31), Map.of("1.1", byDay), Map.of(), List.of(), "t");
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(KYIV).toInstant();
    }

    @Test
    void anOutageOverMidnightIsOneAndNextIsAfterIt() {
        RegionState s = state(Map.of(D, List.of(outage(D, OutageKind.DEFINITE, 1320, 1440)),
                D.plusDays(1), List.of(outage(D.plusDays(1), OutageKind.DEFINITE, 0, 120),
                        outage(D.plusDays(1), OutageKind.POSSIBLE, 120, 180),
                        outage(D.plusDays(1), OutageKind.DEFINITE, 600, 660))));
        Timeline t = Timeline.of(s, "1.1", D);
        NowNext evening = t.at(at(D, "21:00"), KYIV);
        assertThat(evening.state()).isEqualTo("ON");
        assertThat(evening.next().offAt().at()).isEqualTo("2026-12-02T22:00:00+02:00");
        assertThat(evening.next().backAt().at()).isEqualTo("2026-12-03T02:00:00+02:00");
        assertThat(evening.next().backAt().minute()).isEqualTo(120);
        NowNext night = t.at(at(D, "23:30"), KYIV);
        assertThat(night.state()).isEqualTo("OFF");
        assertThat(night.since().at()).isEqualTo("2026-12-02T22:00:00+02:00");
        assertThat(night.until().at()).isEqualTo("2026-12-03T02:00:00+02:00");
        assertThat(night.next().kind()).isEqualTo("POSSIBLE");
        NowNext possible = t.at(at(D.plusDays(1), "02:30"), KYIV);
        assertThat(possible.state()).isEqualTo("POSSIBLY_OFF");
        assertThat(possible.next().offAt().at()).isEqualTo("2026-12-03T10:00:00+02:00");
        assertThat(t.nextChange(at(D, "21:00"))).isEqualTo(at(D, "22:00"));
        NowNext last = t.at(at(D.plusDays(1), "12:00"), KYIV);
        assertThat(last.state()).isEqualTo("ON");
        assertThat(last.next()).isNull();
        assertThat(last.until().at()).isEqualTo("2026-12-04T00:00:00+02:00");
        assertThat(t.at(at(D.plusDays(2), "01:00"), KYIV).state()).isEqualTo("UNKNOWN");
    }

    @Test
    void nothingPublishedIsUnknown() {
        Timeline t = Timeline.of(state(Map.of()), "1.1", D);
        assertThat(t.at(at(D, "12:00"), KYIV).state()).isEqualTo("UNKNOWN");
        assertThat(t.nextChange(at(D, "12:00"))).isNull();
    }
}

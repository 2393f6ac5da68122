package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.junit.jupiter.api.Test;

/**
 * The cell arithmetic of the intraday benchmark on a hand-built case: a re-plan at 10:05 with a 60-minute freeze, so
 * per group-day 21 history half-hours (00:00 … 10:00, the one in progress included), 2 frozen (10:30, 11:00) and 25
 * after (11:30 …).
 */
class CellChangesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final LocalDateTime AT = DAY.atTime(10, 5);
    private static final int FREEZE = 60;

    @Test
    void countsChangedCellsPerWindowAndRegion() {
        List<RevisionDraft> draft = List.of(
                draft("r", group("A", DAY, List.of(iv(600, 720)), List.of(iv(720, 780)))),
                draft("s", group("A", DAY, List.of(iv(0, 90)), List.of()), group("D", DAY, List.of(iv(630, 660)),
                        List.of())));
        List<RevisionContent> published = List.of(
                published("r", schedule("A", DAY, off(600, 690)), schedule("B", DAY, off(0, 60)),
                        schedule("C", DAY.plusDays(1), off(0, 600))),
                published("s", schedule("A", DAY, off(0, 90))));

        Map<String, CellChanges.Counts> c = CellChanges.compare(CellChanges.ofDrafts(draft),
                CellChanges.ofPublished(published), AT, FREEZE);

        // r: A 11:30 off instead of on, 12:00 and 12:30 possibly off instead of on (after the frozen hour); B only
        // published (its two history half-hours off, on in the draft); C on a day the draft does not hold: ignored
        assertThat(c.get("r")).isEqualTo(new CellChanges.Counts(42, 2, 4, 0, 50, 3));
        // s: A the same; D only in the draft, off at 10:30 (frozen)
        assertThat(c.get("s")).isEqualTo(new CellChanges.Counts(42, 0, 4, 1, 50, 0));
        CellChanges.Counts total = CellChanges.total(c);
        assertThat(total).isEqualTo(new CellChanges.Counts(84, 2, 8, 1, 100, 3));
        assertThat(total.fromAt()).isEqualTo(108);
        assertThat(total.changedFromAt()).isEqualTo(4);
        assertThat(total.keptFromAt()).isEqualTo(104);
    }

    @Test
    void aPartlyCoveredHalfHourCountsAsItsStateAndOffWinsOverPossible() {
        // definite 10:40-10:50 and possible 10:00-11:00 in one group: 10:00 possible, 10:30 off
        var cells = CellChanges.ofDrafts(List.of(draft("r", group("A", DAY, List.of(iv(640, 650)),
                List.of(iv(600, 640), iv(650, 660)))))).get(new CellChanges.Key("r", "A", DAY));
        assertThat(cells[20]).isEqualTo(CellChanges.POSSIBLE);
        assertThat(cells[21]).isEqualTo(CellChanges.OFF);
        assertThat(cells[22]).isEqualTo(CellChanges.ON);
    }

    @Test
    void identicalSchedulesDifferNowhere() {
        List<RevisionDraft> d = List.of(draft("r", group("A", DAY, List.of(iv(0, 120), iv(900, 1440)), List.of(
                iv(120, 180)))));
        var cells = CellChanges.ofDrafts(d);
        CellChanges.Counts t = CellChanges.total(CellChanges.compare(cells, cells, AT, FREEZE));
        assertThat(t.historyChanged() + t.changedFromAt()).isZero();
        assertThat(t.history() + t.fromAt()).isEqualTo(48);
    }

    private static Interval iv(int start, int end) {
        return new Interval(start, end);
    }

    private static GroupDay group(String g, LocalDate day, List<Interval> definite, List<Interval> possible) {
        return new GroupDay(g, day, definite, possible, List.of());
    }

    private static RevisionDraft draft(String region, GroupDay... groups) {
        return new RevisionDraft(region, 60, List.of(), List.of(groups), List.of(), "OPTIMAL", "", "");
    }

    private static Outage off(int start, int end) {
        return new Outage(OutageKind.DEFINITE, start, end, null, null);
    }

    private static GroupSchedule schedule(String g, LocalDate day, Outage... outages) {
        return new GroupSchedule(g, day, List.of(outages), List.of(), 0);
    }

    private static RevisionContent published(String region, GroupSchedule... groups) {
        Revision r = new Revision(1, region, 1, null, DAY, DAY.plusDays(1), 60, "OPTIMAL", "", "", null, "");
        return new RevisionContent(r, List.of(), List.of(groups), List.of());
    }
}

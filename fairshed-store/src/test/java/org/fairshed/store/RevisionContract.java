package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.fairshed.common.InputException;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.notify.NotificationListener;
import org.fairshed.store.notify.StoreEvent;
import org.fairshed.store.revision.DiffCalculator;
import org.fairshed.store.revision.LocalTimes;
import org.fairshed.store.revision.MinuteChange;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;
import org.fairshed.store.revision.PublishStatus;
import org.fairshed.store.revision.RevisionDiff;
import org.fairshed.store.revision.RevisionHash;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Publishing, immutability, snapshots, diffs and notifications, on every server. */
abstract class RevisionContract extends StoreContract {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    @Override
    void prepare(Store opened) {
        Fixtures.region(opened, "kyiv");
        Fixtures.region(opened, "lviv");
    }

    PublishResult publish(RevisionDraft draft, int expected) {
        return store.revisions().publish(new Publication(draft, expected, "127.0.0.1"));
    }

    @Test
    void publishesNumberedRevisionsAndMovesThePointer() {
        PublishResult first = publish(Fixtures.draft("kyiv", DAY, 2, 1, "day-ahead plan"), 0);
        PublishResult second = publish(Fixtures.draft("kyiv", DAY, 2, 2, "unit 3 tripped"), 1);
        assertThat(first.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(first.revision().number()).isEqualTo(1);
        assertThat(first.revision().replaces()).isNull();
        assertThat(second.revision().number()).isEqualTo(2);
        assertThat(second.revision().replaces()).isEqualTo(1);
        assertThat(store.revisions().published("kyiv")).map(Revision::number).contains(2);
        assertThat(store.revisions().published("lviv")).isEmpty();
        assertThat(store.revisions().revisions("kyiv", 10)).extracting(Revision::number).containsExactly(2, 1);
        assertThat(store.audit().recent(5)).first().satisfies(a -> {
            assertThat(a.action()).isEqualTo("publish");
            assertThat(a.revisionBefore()).isEqualTo(first.revision().id());
            assertThat(a.revisionAfter()).isEqualTo(second.revision().id());
            assertThat(a.remoteAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(store.ledger().published("kyiv")).hasSize(Fixtures.GROUPS.size() * 2);
    }

    @Test
    void aStaleExpectationIsAConflictAndChangesNothing() {
        publish(Fixtures.draft("kyiv", DAY, 1, 1, "first"), 0);
        PublishResult stale = publish(Fixtures.draft("kyiv", DAY, 1, 2, "from an old preview"), 0);
        assertThat(stale.status()).isEqualTo(PublishStatus.CONFLICT);
        assertThat(stale.current()).isEqualTo(1);
        assertThat(stale.revision()).isNull();
        assertThat(store.revisions().revisions("kyiv", 10)).hasSize(1);
        assertThat(store.audit().recent(10)).hasSize(1);
    }

    @Test
    void aNationalPublishIsAllOrNothing() {
        publish(Fixtures.draft("lviv", DAY, 1, 1, "first"), 0);
        List<PublishResult> refused = store.revisions().publishAll(List.of(
                new Publication(Fixtures.draft("kyiv", DAY, 1, 2, "national"), 0),
                new Publication(Fixtures.draft("lviv", DAY, 1, 3, "national"), 0)));
        assertThat(refused).extracting(PublishResult::status).containsOnly(PublishStatus.CONFLICT);
        assertThat(store.revisions().published("kyiv")).isEmpty();
        List<PublishResult> done = store.revisions().publishAll(List.of(
                new Publication(Fixtures.draft("kyiv", DAY, 1, 2, "national"), 0),
                new Publication(Fixtures.draft("lviv", DAY, 1, 3, "national"), 1)));
        assertThat(done).extracting(r -> r.revision().number()).containsExactly(1, 2);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteRevisionsAndTheAuditLog() {
        publish(Fixtures.draft("kyiv", DAY, 1, 1, "first"), 0);
        for (String table : List.of("revision", "revision_day", "revision_group_day", "revision_outage",
                "revision_ledger", "audit_log", "store_event")) {
            for (String sql : List.of("update " + table + " set revision_id = revision_id",
                    "delete from " + table, "truncate " + table + " cascade")) {
                String statement = sql.replace("revision_id = revision_id", table.equals("revision") ? "number = number"
                        : table.equals("audit_log") ? "actor = actor" : table.equals("store_event") ? "kind = kind"
                        : "revision_id = revision_id");
                assertThatThrownBy(() -> store.database().write(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(statement);
                    }
                })).as(statement).isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("FS001"));
            }
        }
        assertThat(store.revisions().content("kyiv", 1)).isPresent();
    }

    /** Publishes and day-status changes are numbered in one sequence, in commit order, named in their NOTIFY. */
    @Test
    void everyPublishAndStatusChangeAppendsToTheEventSequence() {
        long before = store.events().latestId();
        publish(Fixtures.draft("kyiv", DAY, 1, 1, "first"), 0);
        store.dayStatus().set("kyiv", DAY, org.fairshed.store.model.DayStatusKind.NO_OUTAGES, null, null, List.of(),
                "dispatcher", null);
        publish(Fixtures.draft("kyiv", DAY, 1, 2, "second"), 1);
        var events = store.events().after(before, 10);
        assertThat(events).extracting(e -> e.kind()).containsExactly(
                org.fairshed.store.events.StoredEvent.Kind.REVISION, org.fairshed.store.events.StoredEvent.Kind.DAY_STATUS,
                org.fairshed.store.events.StoredEvent.Kind.REVISION);
        assertThat(events.get(0).revision()).isEqualTo(1);
        assertThat(events.get(0).replaces()).isNull();
        assertThat(events.get(2).replaces()).isEqualTo(1);
        assertThat(events.get(1).status()).isEqualTo(org.fairshed.store.model.DayStatusKind.NO_OUTAGES);
        assertThat(events.get(1).day()).isEqualTo(DAY);
        assertThat(events).extracting(e -> e.id()).isSorted();
        assertThat(store.events().latestId()).isEqualTo(events.get(2).id());
        assertThat(store.events().after(events.get(2).id(), 10)).isEmpty();
        publishConflictLeavesNoEvent(events.get(2).id());
    }

    private void publishConflictLeavesNoEvent(long last) {
        PublishResult r = store.revisions().publish(new Publication(Fixtures.draft("kyiv", DAY, 1, 3, "stale"), 1));
        assertThat(r.status()).isEqualTo(PublishStatus.CONFLICT);
        assertThat(store.events().latestId()).isEqualTo(last);
    }

    @Test
    void storedContentIsTheDraftWithInstantsAndTheSameHash() {
        RevisionDraft draft = Fixtures.draft("kyiv", DAY, 2, 7, "day-ahead");
        Revision r = publish(draft, 0).revision();
        RevisionContent content = store.revisions().content("kyiv", 1).orElseThrow();
        assertThat(r.contentHash()).isEqualTo(RevisionHash.of(draft)).isEqualTo(RevisionHash.of(content));
        assertThat(content.groups()).hasSize(draft.groups().size());
        GroupDay g = draft.groups().get(5);
        GroupSchedule stored = content.groups().stream().filter(s -> s.group().equals(g.group()) && s.day().equals(g.day()))
                .findFirst().orElseThrow();
        assertThat(stored.outages().stream().filter(o -> o.kind() == org.fairshed.store.model.OutageKind.DEFINITE)
                .map(o -> new Interval(o.startMinute(), o.endMinute())).toList()).isEqualTo(g.definite());
        for (Outage o : stored.outages()) {
            assertThat(o.startAt()).isEqualTo(LocalTimes.start(g.day(), o.startMinute(), Fixtures.KYIV));
            assertThat(o.endAt()).isEqualTo(LocalTimes.end(g.day(), o.endMinute(), Fixtures.KYIV));
        }
        assertThat(content.days().get(0).quotaMw()).isEqualTo(draft.days().get(0).quotaMw());
        assertThat(stored.hoursOff()).isEqualTo(g.hoursOff());
    }

    @Test
    void onThe25HourDayAnOutageAcrossTheRepeatedHourLastsBothHours() {
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        RevisionDraft base = Fixtures.draft("kyiv", autumn, 1, 3, "DST");
        List<GroupDay> groups = new ArrayList<>(base.groups());
        GroupDay g = groups.get(0);
        groups.set(0, new GroupDay(g.group(), autumn, List.of(new Interval(180, 240)), List.of(), g.loadMw()));
        publish(new RevisionDraft("kyiv", 30, base.days(), groups, base.ledger(), "OPTIMAL", "DST", "dispatcher"), 0);
        Outage o = store.revisions().content("kyiv", 1).orElseThrow().groups().stream()
                .filter(s -> s.group().equals(g.group())).findFirst().orElseThrow().outages().get(0);
        assertThat(Duration.between(o.startAt(), o.endAt()).toMinutes()).isEqualTo(120);
    }

    @Test
    void anIncompleteOrInconsistentDraftIsRefusedAndNothingIsStored() {
        RevisionDraft full = Fixtures.draft("kyiv", DAY, 1, 1, "x");
        RevisionDraft missing = new RevisionDraft("kyiv", 30, full.days(), full.groups().subList(1, full.groups().size()),
                full.ledger(), "OPTIMAL", "x", "dispatcher");
        assertThatThrownBy(() -> publish(missing, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("lacks group 1.1 on 2026-12-02");
        List<GroupDay> overlapping = new ArrayList<>(full.groups());
        GroupDay g = overlapping.get(2);
        overlapping.set(2, new GroupDay(g.group(), DAY, List.of(new Interval(0, 120)), List.of(new Interval(60, 90)),
                g.loadMw()));
        assertThatThrownBy(() -> publish(new RevisionDraft("kyiv", 30, full.days(), overlapping, full.ledger(), "OPTIMAL",
                "x", "dispatcher"), 0)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("groups[2].possible[0]"));
        assertThatThrownBy(() -> publish(Fixtures.draft("atlantis", DAY, 1, 1, "x"), 0))
                .isInstanceOf(InputException.class).hasMessageContaining("atlantis");
        assertThat(store.revisions().revisions("kyiv", 5)).isEmpty();
    }

    @Test
    void theStoredDiffAgreesWithTheMinuteByMinuteComparisonOfTheDrafts() {
        RevisionDraft a = Fixtures.draft("kyiv", DAY, 2, 11, "a");
        RevisionDraft b = Fixtures.draft("kyiv", DAY.plusDays(1), 2, 12, "b");
        publish(a, 0);
        publish(b, 1);
        RevisionDiff diff = store.revisions().diff("kyiv", 1, 2).orElseThrow();
        assertThat(diff.daysAdded()).containsExactly(DAY.plusDays(2));
        assertThat(diff.daysRemoved()).containsExactly(DAY);
        long changed = 0;
        for (String group : Fixtures.GROUPS) {
            int[] before = minutes(a, group, DAY.plusDays(1));
            int[] after = minutes(b, group, DAY.plusDays(1));
            for (int m = 0; m < 1440; m++) {
                changed += before[m] != after[m] ? 1 : 0;
            }
        }
        assertThat(diff.minutesChanged()).isEqualTo(changed).isPositive();
        assertThat(diff.changes()).allSatisfy(c -> assertThat(c.day()).isEqualTo(DAY.plusDays(1)));
        assertThat(store.revisions().diff("kyiv", 2, 2).orElseThrow().isEmpty()).isTrue();
        assertThat(store.revisions().diff("kyiv", 1, 9)).isEmpty();
        MinuteChange any = diff.changes().get(0).changes().get(0);
        assertThat(any.before()).isNotEqualTo(any.after());
    }

    /** 0 on, 1 possibly off, 2 off, per minute, straight from a draft. */
    private static int[] minutes(RevisionDraft d, String group, LocalDate day) {
        int[] s = new int[1440];
        GroupDay g = d.groups().stream().filter(x -> x.group().equals(group) && x.day().equals(day)).findFirst().orElseThrow();
        g.possible().forEach(i -> java.util.Arrays.fill(s, i.start(), i.end(), 1));
        g.definite().forEach(i -> java.util.Arrays.fill(s, i.start(), i.end(), 2));
        return s;
    }

    @Test
    void aGroupsScheduleOverDaysComesFromTheNewestRevisionCoveringEachDay() {
        publish(Fixtures.draft("kyiv", DAY, 2, 1, "a"), 0);
        publish(Fixtures.draft("kyiv", DAY.plusDays(1), 2, 2, "b"), 1);
        List<DaySchedule> days = store.revisions().schedule("kyiv", "3.1", DAY.minusDays(1), DAY.plusDays(5));
        assertThat(days).extracting(DaySchedule::revision).containsExactly(1, 2, 2);
        assertThat(days).extracting(d -> d.schedule().day()).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThatThrownBy(() -> store.revisions().schedule("kyiv", "3.1", DAY, DAY.plusDays(100)))
                .isInstanceOf(InputException.class);
    }

    @Test
    void aReaderDuringPublishesSeesTheOldRevisionOrTheNewNeverAMix() throws Exception {
        int publishes = 25;
        publish(marked(0), 0);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!done.get() && failure.get() == null) {
                Optional<RevisionContent> c = store.revisions().publishedContent("kyiv");
                RevisionContent content = c.orElseThrow();
                int number = content.revision().number();
                double marker = number - 1;
                if (content.groups().size() != Fixtures.GROUPS.size() * 2
                        || content.groups().stream().anyMatch(g -> g.loadMw().stream().anyMatch(v -> v != marker))
                        || content.days().stream().anyMatch(d -> d.quotaMw().get(0) != marker)
                        || content.ledger().stream().anyMatch(l -> l.hoursOff() != marker % 20)) {
                    failure.set("revision " + number + " read with content of another revision");
                }
                seen.add(number);
            }
        });
        reader.start();
        for (int k = 1; k <= publishes; k++) {
            assertThat(publish(marked(k), k).isPublished()).isTrue();
        }
        done.set(true);
        reader.join(30_000);
        assertThat(failure.get()).isNull();
        assertThat(seen.stream().distinct().count()).as("the reader saw several revisions").isGreaterThan(1);
    }

    /** A draft whose every value says which publish it is: loads and quotas = k, ledger = k mod 20. */
    private static RevisionDraft marked(int k) {
        RevisionDraft d = Fixtures.draft("kyiv", DAY, 2, k, "publish " + k);
        List<GroupDay> groups = d.groups().stream().map(g -> new GroupDay(g.group(), g.day(), g.definite(), g.possible(),
                Collections.nCopies(48, (double) k))).toList();
        var days = d.days().stream().map(f -> new org.fairshed.store.model.DayFigures(f.day(),
                Collections.nCopies(48, (double) k), f.criticalShedMw(), f.slotStatus())).toList();
        var ledger = d.ledger().stream().map(l -> new org.fairshed.store.model.LedgerDay(l.group(), l.day(), k % 20)).toList();
        return new RevisionDraft("kyiv", 30, days, groups, ledger, "OPTIMAL", d.reason(), d.author());
    }

    @Test
    void aListenerHearsOfEachCommittedPublishAndDayStatus() throws Exception {
        BlockingQueue<StoreEvent> events = new LinkedBlockingQueue<>();
        try (NotificationListener listener = store.listener()) {
            listener.start(events::add);
            assertThat(events.poll(10, TimeUnit.SECONDS)).extracting(StoreEvent::kind).isEqualTo(StoreEvent.Kind.CONNECTED);
            assertThat(publish(Fixtures.draft("kyiv", DAY, 1, 1, "x"), 5).isPublished()).isFalse(); // no event
            Revision r = publish(Fixtures.draft("kyiv", DAY, 1, 1, "x"), 0).revision();
            StoreEvent e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(StoreEvent.Kind.REVISION);
            assertThat(e.region()).isEqualTo("kyiv");
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.hash()).isEqualTo(r.contentHash());
            store.dayStatus().set("kyiv", DAY, org.fairshed.store.model.DayStatusKind.SCHEDULE_APPLIES, null, null,
                    List.of(), "dispatcher", null);
            StoreEvent s = events.poll(10, TimeUnit.SECONDS);
            assertThat(s).isNotNull();
            assertThat(s.kind()).isEqualTo(StoreEvent.Kind.DAY_STATUS);
            assertThat(s.day()).isEqualTo(DAY);
            assertThat(s.version()).isEqualTo(1);
        }
    }
}

package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.fairshed.store.access.Actor;
import org.fairshed.store.model.AuditEntry;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.Revision;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §2: an emergency "ends with a new revision" — the publish that ends it sets its days back to
 * SCHEDULE_APPLIES in its own transaction, so a failure anywhere after the revision's insert leaves the previous
 * revision published and the emergency on, never one without the other.
 */
abstract class PublishEndsEmergencyContract extends StoreContract {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final Actor PUBLISHER = new Actor("olena", null, "test", "192.0.2.7");

    @Override
    void prepare(Store opened) {
        Fixtures.region(opened, "kyiv");
        Fixtures.region(opened, "lviv");
    }

    private void emergency(String region, LocalDate day) {
        store.dayStatus().set(region, day, DayStatusKind.EMERGENCY, null, "substation lost", List.of(), "dispatcher",
                null);
    }

    @Test
    void thePublishSetsItsEmergencyDaysBackToTheScheduleAndNoOthers() {
        store.revisions().publish(new Publication(Fixtures.draft("kyiv", DAY, 2, 1, "day-ahead"), 0));
        emergency("kyiv", DAY);
        emergency("lviv", DAY);
        emergency("kyiv", DAY.plusDays(5));
        PublishResult r = store.revisions().publish(Publication.by(PUBLISHER, Fixtures.draft("kyiv", DAY, 2, 2,
                "re-plan"), 1).endingEmergency());
        assertThat(r.isPublished()).isTrue();
        DayStatus ended = store.dayStatus().get("kyiv", DAY).orElseThrow();
        assertThat(ended.status()).isEqualTo(DayStatusKind.SCHEDULE_APPLIES);
        assertThat(ended.version()).isEqualTo(2);
        assertThat(ended.updatedBy()).isEqualTo("olena");
        assertThat(store.dayStatus().get("kyiv", DAY.plusDays(1))).as("not in emergency: untouched").isEmpty();
        assertThat(store.dayStatus().get("kyiv", DAY.plusDays(5)).orElseThrow().status()).as("not in the revision")
                .isEqualTo(DayStatusKind.EMERGENCY);
        assertThat(store.dayStatus().get("lviv", DAY).orElseThrow().status()).as("another region")
                .isEqualTo(DayStatusKind.EMERGENCY);
        List<AuditEntry> log = store.audit().recent(2);
        assertThat(log).extracting(AuditEntry::action).containsExactly("day-status", "publish");
        assertThat(log).allSatisfy(a -> assertThat(a.actor()).isEqualTo("olena"));
        assertThat(log.get(0).remoteAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void withoutEndingTheEmergencyThePublishLeavesItOn() {
        store.revisions().publish(new Publication(Fixtures.draft("kyiv", DAY, 1, 1, "day-ahead"), 0));
        emergency("kyiv", DAY);
        store.revisions().publish(new Publication(Fixtures.draft("kyiv", DAY, 1, 2, "re-plan"), 1));
        assertThat(store.dayStatus().get("kyiv", DAY).orElseThrow().status()).isEqualTo(DayStatusKind.EMERGENCY);
    }

    @Test
    void aFailureAfterTheRevisionInsertLeavesTheRevisionAndTheEmergencyAsTheyWere() {
        store.revisions().publish(new Publication(Fixtures.draft("kyiv", DAY, 2, 1, "day-ahead"), 0));
        emergency("kyiv", DAY);
        long lastAudit = store.audit().recent(1).get(0).id();
        int[] revisionsSeen = {0};
        // the day status is written after the revision and its rows: a failure there must undo both
        PublishListener failing = new PublishListener() {
            @Override
            public void onRevision(Connection tx, Revision revision, long event) {
                revisionsSeen[0]++;
            }

            @Override
            public void onDayStatus(Connection tx, DayStatus status, long event) throws SQLException {
                throw new SQLException("injected failure after the revision insert");
            }
        };
        store.addPublishListener(failing);
        try {
            assertThatThrownBy(() -> store.revisions().publish(Publication.by(PUBLISHER, Fixtures.draft("kyiv", DAY, 2,
                    2, "re-plan"), 1).endingEmergency())).hasStackTraceContaining("injected failure");
        } finally {
            store.removePublishListener(failing);
        }
        assertThat(revisionsSeen[0]).as("the revision was inserted before the failure").isEqualTo(1);
        assertThat(store.revisions().published("kyiv").orElseThrow().number()).isEqualTo(1);
        DayStatus still = store.dayStatus().get("kyiv", DAY).orElseThrow();
        assertThat(still.status()).isEqualTo(DayStatusKind.EMERGENCY);
        assertThat(still.version()).isEqualTo(1);
        assertThat(store.audit().recent(1).get(0).id()).as("nothing audited").isEqualTo(lastAudit);

        PublishResult again = store.revisions().publish(Publication.by(PUBLISHER, Fixtures.draft("kyiv", DAY, 2, 2,
                "re-plan"), 1).endingEmergency());
        assertThat(again.isPublished()).isTrue();
        assertThat(again.current()).isEqualTo(2);
        assertThat(store.dayStatus().get("kyiv", DAY).orElseThrow().status()).isEqualTo(DayStatusKind.SCHEDULE_APPLIES);
    }
}

package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Day status per region and date, on every server. */
abstract class DayStatusContract extends StoreContract {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    @Override
    void prepare(Store opened) {
        Fixtures.region(opened, "kyiv");
    }

    @Test
    void statusChangesAreVersionedAndAudited() {
        Instant expected = Instant.parse("2026-12-01T18:00:00Z");
        DayStatus waiting = store.dayStatus().set("kyiv", DAY, DayStatusKind.WAITING_FOR_SCHEDULE, expected, null,
                List.of(), "dispatcher", null);
        assertThat(waiting.version()).isEqualTo(1);
        DayStatus emergency = store.dayStatus().set("kyiv", DAY, DayStatusKind.EMERGENCY, null,
                "Аварійні відключення після обстрілу", List.of("E1", "E2"), "dispatcher", "10.0.0.1");
        assertThat(emergency.version()).isEqualTo(2);
        DayStatus stored = store.dayStatus().get("kyiv", DAY).orElseThrow();
        assertThat(stored.status()).isEqualTo(DayStatusKind.EMERGENCY);
        assertThat(stored.emergencyGroups()).containsExactly("E1", "E2");
        assertThat(stored.expectedAt()).isNull();
        assertThat(store.dayStatus().range("kyiv", DAY.minusDays(1), DAY.plusDays(1))).hasSize(1);
        assertThat(store.dayStatus().get("kyiv", DAY.plusDays(1))).isEmpty();
        assertThat(store.audit().recent(5)).extracting(a -> a.action()).containsExactly("day-status", "day-status");
        store.dayStatus().set("kyiv", DAY.plusDays(1), DayStatusKind.WAITING_FOR_SCHEDULE, expected, null, List.of(),
                "dispatcher", null);
        assertThat(store.dayStatus().get("kyiv", DAY.plusDays(1)).orElseThrow().expectedAt()).isEqualTo(expected);
    }

    @Test
    void inconsistentStatusesAreRefused() {
        assertThatThrownBy(() -> store.dayStatus().set("kyiv", DAY, DayStatusKind.WAITING_FOR_SCHEDULE, null, null,
                List.of(), "d", null)).isInstanceOf(InputException.class).hasMessageContaining("expectedAt");
        assertThatThrownBy(() -> store.dayStatus().set("kyiv", DAY, DayStatusKind.NO_OUTAGES, null, null,
                List.of("E1"), "d", null)).isInstanceOf(InputException.class).hasMessageContaining("only for EMERGENCY");
        assertThatThrownBy(() -> store.dayStatus().set("kyiv", DAY, DayStatusKind.EMERGENCY, null, null,
                List.of("E9"), "d", null)).isInstanceOf(InputException.class).hasMessageContaining("E9");
        assertThat(store.dayStatus().get("kyiv", DAY)).isEmpty();
    }
}

package org.fairshed.store.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Wall-clock minutes to instants on the 23- and 25-hour days of Europe/Kyiv. */
class LocalTimesTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);   // 03:00 → 04:00
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);  // 04:00 → 03:00

    @Test
    void dayLengths() {
        assertThat(LocalTimes.dayMinutes(SPRING, KYIV)).isEqualTo(1380);
        assertThat(LocalTimes.dayMinutes(AUTUMN, KYIV)).isEqualTo(1500);
        assertThat(LocalTimes.dayMinutes(LocalDate.of(2026, 12, 2), KYIV)).isEqualTo(1440);
    }

    @Test
    void aWholeDayLastsTheDayAndMidnightIsTheNextDaysStart() {
        for (LocalDate day : new LocalDate[] {SPRING, AUTUMN}) {
            Instant start = LocalTimes.start(day, 0, KYIV);
            Instant end = LocalTimes.end(day, 1440, KYIV);
            assertThat(Duration.between(start, end).toMinutes()).isEqualTo(LocalTimes.dayMinutes(day, KYIV));
            assertThat(end).isEqualTo(day.plusDays(1).atStartOfDay(KYIV).toInstant());
        }
    }

    @Test
    void aGapMovesForwardAndAnOverlapCoversBothHours() {
        assertThat(LocalTimes.start(SPRING, 3 * 60 + 30, KYIV)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(Duration.between(LocalTimes.start(SPRING, 120, KYIV), LocalTimes.end(SPRING, 300, KYIV)).toMinutes())
                .isEqualTo(120);
        Instant start = LocalTimes.start(AUTUMN, 180, KYIV);
        Instant end = LocalTimes.end(AUTUMN, 240, KYIV);
        assertThat(start).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(Duration.between(start, end).toMinutes()).isEqualTo(120);
    }
}

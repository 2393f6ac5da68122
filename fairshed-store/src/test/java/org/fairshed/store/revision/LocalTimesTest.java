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

    /** 03:30–04:00 on the 23-hour day does not exist: it lasts nothing, and its end is never before its start. */
    @Test
    void aTimeInTheGapIsTheGapsEnd() {
        Instant gapEnd = Instant.parse("2026-03-29T01:00:00Z"); // 04:00 summer time
        assertThat(LocalTimes.start(SPRING, 3 * 60 + 30, KYIV)).isEqualTo(gapEnd);
        assertThat(LocalTimes.end(SPRING, 3 * 60 + 30, KYIV)).isEqualTo(gapEnd);
        assertThat(LocalTimes.end(SPRING, 240, KYIV)).isEqualTo(gapEnd);
        for (int start = 0; start < 1440; start += 30) {
            for (int end = start + 30; end <= 1440; end += 30) {
                assertThat(LocalTimes.end(SPRING, end, KYIV)).as(start + "–" + end)
                        .isAfterOrEqualTo(LocalTimes.start(SPRING, start, KYIV));
            }
        }
        assertThat(Duration.between(LocalTimes.start(SPRING, 210, KYIV), LocalTimes.end(SPRING, 300, KYIV)).toMinutes())
                .isEqualTo(60);
    }

    @Test
    void aGapMovesForwardAndAnOverlapCoversBothHours() {
        assertThat(Duration.between(LocalTimes.start(SPRING, 120, KYIV), LocalTimes.end(SPRING, 300, KYIV)).toMinutes())
                .isEqualTo(120);
        Instant start = LocalTimes.start(AUTUMN, 180, KYIV);
        Instant end = LocalTimes.end(AUTUMN, 240, KYIV);
        assertThat(start).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(Duration.between(start, end).toMinutes()).isEqualTo(120);
    }
}

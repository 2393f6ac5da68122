package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final double HOURS = 1e-9;
    private static final LocalDate LAST = LocalDate.of(2016, 12, 25);

    /** Eight recorded days of 1, 2, … 8 hours: the week ending on LAST holds exactly the last seven. */
    @Test
    void theWeekIsSevenDaysWithTheLastIncluded() {
        NavigableMap<LocalDate, Double> days = new TreeMap<>();
        for (int d = 7; d >= 0; d--) {
            days.put(LAST.minusDays(d), (double) (8 - d));
        }
        Ledger ledger = new Ledger(Map.of("R", Map.of("1.1", days)));
        // days LAST − 6 … LAST hold 2 + 3 + … + 8 = 35; LAST − 7 (1 h) is out of the window
        assertThat(ledger.hoursInWindow("R", "1.1", LAST)).isCloseTo(35, within(HOURS));
        // the six days before LAST: 2 + … + 7 = 27
        assertThat(ledger.hoursBefore("R", "1.1", LAST)).isCloseTo(27, within(HOURS));
        assertThat(ledger.hoursInWindow("R", "unknown", LAST)).isZero();
    }
}

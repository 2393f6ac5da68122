package org.fairshed.rota.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.TinyProblems;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.GroupSpec;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.io.LedgerJson;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Two groups of 1 MW; group b is ahead on the week. Tonight 20:00–24:00 needs one group off, tomorrow 00:00–04:00
     * too. Run as two separate evenings (the ledger file carried between them), the second night must not keep the
     * same group off for 8 hours: the ledger's last day carries the cells over midnight.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, RotaParameters.DEFAULT_SEARCH_SECONDS})
    void outagesOverMidnightCountBetweenSeparateRuns(double searchSeconds, @TempDir Path dir) throws IOException {
        GroupConfig groups = new GroupConfig(Map.of("R", new RegionGroups(List.of(new GroupSpec("a", 0.5),
                new GroupSpec("b", 0.5)), List.of())), null);
        double[] load = new double[HalfHours.PER_DAY];
        java.util.Arrays.fill(load, 2);
        double[] evening = new double[HalfHours.PER_DAY];
        double[] night = new double[HalfHours.PER_DAY];
        for (int h = 0; h < 8; h++) {
            evening[40 + h] = 1;
            night[h] = 1;
        }
        LocalDate day1 = LAST.minusDays(1);
        NavigableMap<LocalDate, Double> bAhead = new TreeMap<>(Map.of(day1.minusDays(2), 10.0));
        Ledger start = new Ledger(Map.of("R", Map.of("b", bAhead)));
        RotaParameters params = RotaParameters.defaults().withThreads(1).withSearch(searchSeconds, searchSeconds);
        RotaResult first = TinyProblems.run(new PlanQuotas(List.of("R"), List.of(day1),
                List.of(RegionDay.of(day1, "R", evening, load))), groups, "g", start, RotaMethods.sweep(), params, null);
        Path file = dir.resolve("ledger.json");
        LedgerJson.write(first.ledger(), file);
        Ledger carried = LedgerJson.read(file);
        assertThat(carried.cells("R", day1)).as("the ledger file keeps the evening cell by cell").isNotNull();
        RotaResult second = TinyProblems.run(new PlanQuotas(List.of("R"), List.of(LAST),
                List.of(RegionDay.of(LAST, "R", night, load))), groups, "g", carried, RotaMethods.sweep(), params, null);
        assertThat(second.schedules().get(0).relaxations()).isEmpty();
        // re-running the second night with the ledger that already records it gives the same night (idempotent)
        LedgerJson.write(second.ledger(), file);
        RotaResult again = TinyProblems.run(new PlanQuotas(List.of("R"), List.of(LAST),
                List.of(RegionDay.of(LAST, "R", night, load))), groups, "g", LedgerJson.read(file), RotaMethods.sweep(),
                params, null);
        assertThat(again.schedules().get(0).offMatrix()).isDeepEqualTo(second.schedules().get(0).offMatrix());
        for (int g = 0; g < 2; g++) {
            int run = 0;
            int longest = 0;
            for (int h = 0; h < 2 * HalfHours.PER_DAY; h++) {
                boolean off = h < HalfHours.PER_DAY ? first.schedules().get(0).groups().get(g).isOff(h)
                        : second.schedules().get(0).groups().get(g).isOff(h - HalfHours.PER_DAY);
                run = off ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            assertThat(longest).as("longest outage of group %d over midnight, half-hours", g)
                    .isLessThanOrEqualTo(RotaParameters.DEFAULT_MAX_OFF_MINUTES / HalfHours.MINUTES);
        }
    }
}

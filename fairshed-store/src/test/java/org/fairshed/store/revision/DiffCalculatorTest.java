package org.fairshed.store.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.junit.jupiter.api.Test;

/** The diff against a plain minute-by-minute reference on seeded random days, and tiny hand-built cases. */
class DiffCalculatorTest {

    private static final int SEEDS = 2_000;

    @Test
    void aMovedOutageIsOneRunOnAndOneRunOff() {
        List<MinuteChange> changes = DiffCalculator.changes(List.of(outage(OutageKind.DEFINITE, 960, 1200)),
                List.of(outage(OutageKind.DEFINITE, 1020, 1260)));
        assertThat(changes).containsExactly(new MinuteChange(960, 1020, MinuteState.OFF, MinuteState.ON),
                new MinuteChange(1200, 1260, MinuteState.ON, MinuteState.OFF));
    }

    @Test
    void possibleBecomingDefiniteIsItsOwnKindOfChange() {
        assertThat(DiffCalculator.changes(List.of(outage(OutageKind.POSSIBLE, 0, 60)),
                List.of(outage(OutageKind.DEFINITE, 0, 30), outage(OutageKind.DEFINITE, 30, 60))))
                .containsExactly(new MinuteChange(0, 60, MinuteState.POSSIBLY_OFF, MinuteState.OFF));
        assertThat(DiffCalculator.changes(List.of(outage(OutageKind.DEFINITE, 0, 1440)),
                List.of(outage(OutageKind.DEFINITE, 0, 1440)))).isEmpty();
    }

    @Test
    void runsAgreeWithTheMinuteByMinuteReference() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            List<Outage> before = randomDay(random);
            List<Outage> after = random.nextInt(5) == 0 ? before : randomDay(random);
            List<MinuteChange> runs = DiffCalculator.changes(before, after);
            MinuteState[] b = reference(before);
            MinuteState[] a = reference(after);
            MinuteState[][] fromRuns = new MinuteState[2][1440];
            for (int m = 0; m < 1440; m++) {
                fromRuns[0][m] = null;
            }
            int previousEnd = -1;
            for (MinuteChange c : runs) {
                assertThat(c.start()).as("seed %d: runs ordered and disjoint", seed).isGreaterThanOrEqualTo(previousEnd);
                assertThat(c.before()).isNotEqualTo(c.after());
                previousEnd = c.end();
                for (int m = c.start(); m < c.end(); m++) {
                    fromRuns[0][m] = c.before();
                    fromRuns[1][m] = c.after();
                }
            }
            for (int m = 0; m < 1440; m++) {
                if (b[m] == a[m]) {
                    assertThat(fromRuns[0][m]).as("seed %d minute %d unchanged", seed, m).isNull();
                } else {
                    assertThat(fromRuns[0][m]).as("seed %d minute %d before", seed, m).isEqualTo(b[m]);
                    assertThat(fromRuns[1][m]).as("seed %d minute %d after", seed, m).isEqualTo(a[m]);
                }
            }
            for (int i = 1; i < runs.size(); i++) {
                MinuteChange p = runs.get(i - 1);
                MinuteChange c = runs.get(i);
                assertThat(p.end() == c.start() && p.before() == c.before() && p.after() == c.after())
                        .as("seed %d: adjacent runs with the same states are merged", seed).isFalse();
            }
        }
    }

    /** The reference: each minute's state, one minute at a time. */
    private static MinuteState[] reference(List<Outage> outages) {
        MinuteState[] s = new MinuteState[1440];
        for (int m = 0; m < 1440; m++) {
            s[m] = MinuteState.ON;
            for (Outage o : outages) {
                if (m >= o.startMinute() && m < o.endMinute() && s[m] != MinuteState.OFF) {
                    s[m] = o.kind() == OutageKind.DEFINITE ? MinuteState.OFF : MinuteState.POSSIBLY_OFF;
                }
            }
        }
        return s;
    }

    /** Disjoint outages at any minute (not only half-hours), definite or possible. */
    private static List<Outage> randomDay(Random random) {
        List<Outage> out = new ArrayList<>();
        int t = random.nextInt(300);
        while (t < 1440 && out.size() < 12) {
            int end = Math.min(1440, t + 1 + random.nextInt(240));
            out.add(outage(random.nextInt(3) == 0 ? OutageKind.POSSIBLE : OutageKind.DEFINITE, t, end));
            t = end + random.nextInt(200);
        }
        return out;
    }

    private static Outage outage(OutageKind kind, int start, int end) {
        return new Outage(kind, start, end, Instant.EPOCH, Instant.EPOCH);
    }
}

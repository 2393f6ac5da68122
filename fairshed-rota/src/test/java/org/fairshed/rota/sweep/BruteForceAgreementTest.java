package org.fairshed.rota.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.TinyProblems;
import org.fairshed.rota.model.RuleChecker;
import org.junit.jupiter.api.Test;

/** CP-SAT against every off-pattern of 3 groups × 8 half-hours (2^24 patterns) on the least over-shed. */
class BruteForceAgreementTest {

    private static final double MWH = 1e-6;
    private static final int GROUPS = 3;
    private static final int HALF_HOURS = 8;
    private static final long SEED = 7L;
    /** Tight rules so they bind: outages of at most 1 hour, at least 1 hour back on. */
    private static final RotaParameters RULES = RotaParameters.defaults().withOverShedBudget(0).withThreads(1)
            .withRules(60, 60);

    @Test
    void leastOverShedAgreesWithEnumeration() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] loads = {41, 27, 19};
        double[] quota = new double[HALF_HOURS];
        for (int h = 0; h < HALF_HOURS; h++) {
            quota[h] = 5 + random.nextInt(30);
        }
        RotaProblem p = TinyProblems.constant(loads, quota);
        double best = bruteForce(p);
        RegionSchedule s = RotaMethods.sweep().schedule(p, RULES);
        assertThat(s.relaxations()).isEmpty();
        assertThat(overShedMwh(p, s.offMatrix())).isCloseTo(best, within(MWH));
    }

    private static double bruteForce(RotaProblem p) {
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << (GROUPS * HALF_HOURS); mask++) {
            boolean[][] x = new boolean[GROUPS][HalfHours.PER_DAY];
            for (int g = 0; g < GROUPS; g++) {
                for (int h = 0; h < HALF_HOURS; h++) {
                    x[g][h] = (mask >> (g * HALF_HOURS + h) & 1) == 1;
                }
            }
            double over = overShedMwh(p, x);
            if (over < best && RuleChecker.check(p, x, RULES).passes()) {
                best = over;
            }
        }
        return best;
    }

    private static double overShedMwh(RotaProblem p, boolean[][] x) {
        double over = 0;
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            double shed = 0;
            for (int g = 0; g < GROUPS; g++) {
                shed += x[g][h] ? p.loadAt(g, h) : 0;
            }
            if (shed < p.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW) {
                return Double.POSITIVE_INFINITY;
            }
            over += (shed - p.quotaAt(h)) * HalfHours.HOURS;
        }
        return over;
    }
}

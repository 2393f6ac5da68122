package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OptimalRotaTest {

    private static final double MW = 1e-6;
    private static final RotaParameters STRICT = RotaParameters.defaults().withOverShedBudget(0).withThreads(1);

    @Test
    void threeUnequalGroupsFindTheBestCover() {
        // loads 50, 30, 25 MW, quota 52: covers are {50,30}=80, {50,25}=75, {30,25}=55, all=105 → best {30,25}, 3 MW over
        RotaProblem p = TinyProblems.constant(new double[] {50, 30, 25}, 52);
        RegionSchedule s = RotaMethods.optimal().schedule(p, STRICT);
        assertThat(s.status()).isEqualTo(RotaStatus.OPTIMAL);
        assertThat(s.groups().get(0).isOff(0)).isFalse();
        assertThat(s.groups().get(1).isOff(0)).isTrue();
        assertThat(s.groups().get(2).isOff(0)).isTrue();
        assertThat(TinyProblems.margin(s, 0)).isCloseTo(3, within(MW));
        for (int h = 1; h < HalfHours.PER_DAY; h++) {
            assertThat(s.offLoadAt(h)).isZero();
        }
    }

    @Test
    void aSingleGroupCoveringExactlyIsChosen() {
        // quota 30 = group 2 exactly (0 over); {25} is too small, {50} overshoots by 20
        RotaProblem p = TinyProblems.constant(new double[] {50, 30, 25}, 30, 30);
        RegionSchedule s = RotaMethods.optimal().schedule(p, STRICT);
        assertThat(TinyProblems.margin(s, 0)).isCloseTo(0, within(MW));
        assertThat(TinyProblems.margin(s, 1)).isCloseTo(0, within(MW));
        assertThat(s.groups().get(1).outages()).containsExactly(new Outage(0, 60, OutageType.DEFINITE));
        // one group-equivalent more (35 MW → 65 MW): the first group with fewest hours off (g1, 50 MW) suffices
        assertThat(s.groups().get(0).outages()).containsExactly(new Outage(0, 60, OutageType.POSSIBLE));
        assertThat(s.groups().get(2).outages()).isEmpty();
    }
}

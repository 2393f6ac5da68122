package org.fairshed.rota.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.TinyProblems;
import org.junit.jupiter.api.Test;

class SweepRotaTest {

    private static final double MW = 1e-6;
    private static final RotaParameters STRICT = RotaParameters.defaults().withOverShedBudget(0).withThreads(1);

    @Test
    void threeUnequalGroupsFindTheBestCover() {
        // loads 50, 30, 25 MW, quota 52: covers are {50,30}=80, {50,25}=75, {30,25}=55, all=105 → best {30,25}, 3 MW over
        RotaProblem p = TinyProblems.constant(new double[] {50, 30, 25}, 52);
        RegionSchedule s = RotaMethods.sweep().schedule(p, STRICT);
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
        RegionSchedule s = RotaMethods.sweep().schedule(p, STRICT);
        assertThat(TinyProblems.margin(s, 0)).isCloseTo(0, within(MW));
        assertThat(TinyProblems.margin(s, 1)).isCloseTo(0, within(MW));
        assertThat(s.groups().get(1).outages()).containsExactly(new Outage(0, 60, OutageType.DEFINITE));
        // one group-equivalent more (35 MW → 65 MW) with over-shed first: the least cover is {g1, g3} = 75 MW, so
        // both may be off too (g2 would then come back on, which the possible layer does not promise)
        assertThat(s.groups().get(0).outages()).containsExactly(new Outage(0, 60, OutageType.POSSIBLE));
        assertThat(s.groups().get(2).outages()).containsExactly(new Outage(0, 60, OutageType.POSSIBLE));
        // with the default budget the published outage stays and g1 alone is added ({g1, g2} = 80 MW, 15 MW over,
        // inside the window of 10 + 0.5 × 35 MW), as few extra groups as the larger deficit needs
        RegionSchedule d = RotaMethods.sweep().schedule(p, RotaParameters.defaults().withThreads(1));
        assertThat(d.groups().get(1).outages()).containsExactly(new Outage(0, 60, OutageType.DEFINITE));
        assertThat(d.groups().get(0).outages()).containsExactly(new Outage(0, 60, OutageType.POSSIBLE));
        assertThat(d.groups().get(2).outages()).isEmpty();
    }
}

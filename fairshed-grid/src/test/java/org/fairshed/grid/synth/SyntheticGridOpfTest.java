package org.fairshed.grid.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.opf.DcOpf;
import org.fairshed.grid.opf.DcOpfResult;
import org.fairshed.grid.opf.DcOpfStatus;
import org.fairshed.grid.topology.Islands;
import org.junit.jupiter.api.Test;

/** The synthetic grid against the project's own DC OPF, and the demo's built-in damage. */
class SyntheticGridOpfTest {

    private static final double DELTA_MW = 1e-3;

    @Test
    void undamagedGridAtPeakIsFeasibleWithNoBranchOverloaded() {
        SyntheticGrid s = SyntheticGridFactory.create();
        Grid g = s.grid();
        DcOpfResult r = DcOpf.run(g);
        assertThat(r.status()).as(r.message()).isEqualTo(DcOpfStatus.OPTIMAL);
        assertThat(r.generationMw()).isCloseTo(g.totalLoadMw(), within(DELTA_MW));
        for (int k = 0; k < g.branches().size(); k++) {
            if (g.branches().get(k).isLimited()) {
                assertThat(Math.abs(r.flowsMw()[k])).as("branch " + (k + 1)).isLessThanOrEqualTo(g.branches().get(k).rateA() + DELTA_MW);
            }
        }
    }

    @Test
    void demoDamageIsDeterministicLeavesADeficitAndOneDeadIsland() {
        SyntheticGrid s = SyntheticGridFactory.create();
        Damage d = DemoScenario.of(s);
        assertThat(DemoScenario.of(SyntheticGridFactory.create())).isEqualTo(d);
        Grid damaged = d.applyTo(s.grid());
        assertThat(damaged.inServiceCapacityMw()).isLessThan(0.8 * damaged.totalLoadMw());
        Islands islands = Islands.of(damaged);
        assertThat(islands.dead()).hasSize(1);
        assertThat(islands.deadLoadMw()).isPositive();
    }

    @Test
    void damagedGridNearItsLimitIsInfeasibleAsDataWhateverTheEngine() {
        // at night the damaged grid has just enough generation but the network cannot deliver it; HiGHS reports
        // that through OR-Tools as an unnamed status, which must still come out as INFEASIBLE
        SyntheticGrid s = SyntheticGridFactory.create();
        Grid damaged = DemoScenario.of(s).applyTo(s.grid());
        double f = s.hourlyLoadFactor()[1];
        Grid night = damaged.with(damaged.buses().stream().map(b -> b.withLoad(b.pdMw() * f, b.qdMvar() * f)).toList(),
                damaged.generators(), damaged.branches());
        assertThat(night.totalLoadMw() - Islands.of(night).deadLoadMw()).isLessThan(night.inServiceCapacityMw());
        DcOpfResult r = DcOpf.run(night);
        assertThat(r.status()).isEqualTo(DcOpfStatus.INFEASIBLE);
    }
}

package org.fairshed.grid.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.ac.AcCheckParameters;
import org.fairshed.grid.ac.AcCheckResult;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The synthetic grid is realistic in AC too, not only in DC: at its evening peak dispatch (stored as Pg) the AC power
 * flow converges from a flat start, every voltage is within the buses' limits, and the slack takes no more than the
 * network's losses. Before its EHV lines had shunt reactors, 32 GVar of 750 kV line charging lifted bus 1 to 1.49 pu
 * and the AC check of every demo plan failed to converge.
 * <p>
 * The demo's grid (2,000 buses, seed 2024) and a small one. Other seeds and sizes converge too, but the deepest 110 kV
 * buses of some sag below 0.9 pu at the undamaged peak (seed 11: 0.885 pu at 2,000 buses and 0.88 pu at 5,000;
 * seed 2024: 0.82 pu at 10,000 buses): the load flows far through 110 kV meshes from their 330 kV infeeds, and neither
 * transformer taps nor generator set-points lift them enough. A known limit of the generator, not hidden here.
 */
class SyntheticGridAcTest {

    /** The losses of a lossless dispatch land on the slack: a 750/330/110 kV grid at peak loses a few %. */
    private static final double MAX_LOSS_SHARE = 0.08;
    private static final double VOLTAGE_TOLERANCE_PU = 1e-3;

    @ParameterizedTest(name = "{0} buses")
    @CsvSource({"2000, 2024", "1000, 7"})
    void peakDispatchConvergesWithinVoltageLimits(int buses, long seed) {
        Grid grid = SyntheticGridFactory.create(new SyntheticGridParameters(seed, buses,
                SyntheticGridParameters.DEFAULT_REGION_COUNT)).grid();
        AcCheckResult ac = AcCheck.run(grid, AcCheckParameters.defaults());

        assertThat(ac.startedFromDc()).as("converged from a flat start").isFalse();
        assertThat(ac.converged()).as("%s after %d iterations: %s", ac.status(), ac.iterations(), ac.message()).isTrue();
        double vmin = grid.buses().stream().mapToDouble(Bus::vminPu).max().orElseThrow();
        double vmax = grid.buses().stream().mapToDouble(Bus::vmaxPu).min().orElseThrow();
        assertThat(ac.minVoltagePu()).as("lowest voltage, bus %d", ac.minVoltageBus())
                .isGreaterThanOrEqualTo(vmin - VOLTAGE_TOLERANCE_PU);
        assertThat(ac.maxVoltagePu()).as("highest voltage, bus %d", ac.maxVoltageBus())
                .isLessThanOrEqualTo(vmax + VOLTAGE_TOLERANCE_PU);
        assertThat(ac.slackMismatchMw()).as("slack above its dispatch (MW), load %.0f MW", grid.totalLoadMw())
                .isBetween(0.0, MAX_LOSS_SHARE * grid.totalLoadMw());
    }

    @ParameterizedTest(name = "{0} kV lines")
    @CsvSource({"750, 0.9", "330, 0.6"})
    void reactorsAbsorbTheirShareOfTheEhvLinesCharging(double kv, double share) {
        Grid grid = SyntheticGridFactory.create().grid();
        double charging = 0;
        double reactors = 0;
        Map<Integer, Bus> byNumber = new HashMap<>();
        grid.buses().forEach(b -> byNumber.put(b.number(), b));
        for (Branch br : grid.branches()) {
            if (byNumber.get(br.from()).baseKv() == kv && byNumber.get(br.to()).baseKv() == kv) {
                charging += br.b() * grid.baseMva();
            }
        }
        for (Bus b : grid.buses()) {
            if (b.baseKv() == kv) {
                reactors -= b.bsMvar();
            }
        }
        assertThat(charging).isPositive();
        assertThat(reactors / charging).as("reactors over charging at %s kV", kv).isCloseTo(share, within(0.001));
    }
}

package org.fairshed.grid.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator at the ends of its size range and with unusual region counts. */
class SyntheticGridSizesTest {

    private static final double COUNT_TOLERANCE = 0.10;
    private static final double LOADING_TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0} buses, {1} regions")
    @CsvSource({"200, 24", "200, 2", "600, 64", "5000, 7", "100000, 24"})
    void scalesWithConnectedRegionsLoadsAndFeasibleRatings(int buses, int regions) {
        SyntheticGrid synthetic = SyntheticGridFactory.create(new SyntheticGridParameters(11, buses, regions));
        Grid grid = synthetic.grid();

        assertThat(grid.buses().size()).isBetween((int) (buses * (1 - COUNT_TOLERANCE)),
                (int) (buses * (1 + COUNT_TOLERANCE)));
        assertThat(new GridGraphs(grid).reachableFromFirstBus()).isEqualTo(grid.buses().size());
        assertThat(synthetic.regionPeakLoadMw()).hasSize(regions)
                .allSatisfy((area, mw) -> assertThat(mw).as("load of region %d", area).isPositive());
        double perBus = grid.totalLoadMw() / buses;
        assertThat(perBus).as("peak MW per bus, as at 2,000 buses").isBetween(7.5, 10.0);
        assertThat(grid.inServiceCapacityMw() / grid.totalLoadMw()).isBetween(1.2, 1.6);
        Set<String> fuels = new TreeSet<>();
        grid.generators().forEach(g -> fuels.add(g.fuel()));
        assertThat(fuels).containsExactlyInAnyOrder("nuclear", "coal", "gas", "hydro", "wind", "solar");
        double[] evening = grid.generators().stream().mapToDouble(Generator::pgMw).toArray();
        assertThat(DcSizingAid.maxLoading(grid, evening)).isLessThan(1.0 - LOADING_TOLERANCE);
    }
}

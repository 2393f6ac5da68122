package org.fairshed.grid.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default synthetic grid (2,000 buses, 24 regions) against the properties promised by the factory. */
class SyntheticGridFactoryTest {

    /** Generated counts may differ from the target by this share. */
    private static final double COUNT_TOLERANCE = 0.10;
    /** A sizing-aid flow at RATE_A × (1 - this) still counts as an overload. */
    private static final double LOADING_TOLERANCE = 1e-6;
    private static final Set<String> FUELS = Set.of("nuclear", "coal", "gas", "hydro", "wind", "solar");

    private static SyntheticGrid synthetic;
    private static Grid grid;

    @BeforeAll
    static void create() {
        synthetic = SyntheticGridFactory.create();
        grid = synthetic.grid();
    }

    @Test
    void isLabelledSynthetic() {
        assertThat(grid.name()).isEqualTo("synthetic-national-" + SyntheticGridParameters.DEFAULT_SEED + "-2000");
        assertThat(synthetic.regionNames()).hasSize(24).containsEntry(1, "Northgate").containsEntry(2, "Riverside");
    }

    @Test
    void busCountIsNearTarget() {
        assertThat(grid.buses().size()).isBetween((int) (2000 * (1 - COUNT_TOLERANCE)),
                (int) (2000 * (1 + COUNT_TOLERANCE)));
        assertThat(grid.branches().size()).isGreaterThan(grid.buses().size());
    }

    @Test
    void everyRegionHasLoadAndAreaEqualsZone() {
        SortedMap<Integer, Double> load = synthetic.regionPeakLoadMw();
        assertThat(load.keySet()).containsExactlyElementsOf(synthetic.regionNames().keySet());
        assertThat(load.values()).allSatisfy(mw -> assertThat(mw).isPositive());
        assertThat(grid.buses()).allSatisfy(b -> assertThat(b.zone()).isEqualTo(b.area()));
        double max = load.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = load.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(max / min).as("big-city regions dominate").isGreaterThan(3.0);
    }

    @Test
    void hasThreeVoltageLevelsAndLoadOnlyAt110kV() {
        Set<Double> levels = new TreeSet<>();
        grid.buses().forEach(b -> levels.add(b.baseKv()));
        assertThat(levels).containsExactly(110.0, 330.0, 750.0);
        assertThat(grid.buses()).filteredOn(b -> b.pdMw() != 0).allSatisfy(b -> assertThat(b.baseKv()).isEqualTo(110.0));
        assertThat(grid.buses()).allSatisfy(b -> assertThat(b.x()).isFinite());
    }

    @Test
    void transformersJoinLevelsAndLinesStayWithinOne() {
        for (Branch b : grid.branches()) {
            double kvFrom = grid.bus(b.from()).baseKv();
            double kvTo = grid.bus(b.to()).baseKv();
            if (b.isTransformer()) {
                assertThat(kvFrom).isGreaterThan(kvTo);
                assertThat(b.tap()).isBetween(0.95, 1.05);
            } else {
                assertThat(kvFrom).isEqualTo(kvTo);
            }
            assertThat(b.x()).isPositive();
            assertThat(b.rateB()).isGreaterThanOrEqualTo(b.rateA());
        }
        assertThat(grid.branches()).filteredOn(b -> b.isTransformer() && b.tap() != 1.0).isNotEmpty();
    }

    @Test
    void everyRegionHasBackboneTiesToAnotherRegion() {
        Set<Integer> tied = new TreeSet<>();
        for (Branch b : grid.branches()) {
            Bus from = grid.bus(b.from());
            Bus to = grid.bus(b.to());
            if (from.area() != to.area()) {
                assertThat(from.baseKv()).as("ties are backbone lines").isIn(330.0, 750.0);
                tied.add(from.area());
                tied.add(to.area());
            }
        }
        assertThat(tied).containsExactlyElementsOf(synthetic.regionNames().keySet());
    }

    @Test
    void everyBusIsConnectedAndSingleOutagesRarelyIsland() {
        GridGraphs graph = new GridGraphs(grid);
        assertThat(graph.reachableFromFirstBus()).isEqualTo(grid.buses().size());
        assertThat(graph.bridgeCount()).isLessThan(grid.branches().size() / 100);
    }

    @Test
    void oneReferenceBusAtTheLargestPlantAndPvAtGenerators() {
        Map<Integer, Double> capacityAt = new TreeMap<>();
        grid.generators().forEach(g -> capacityAt.merge(g.bus(), g.pmaxMw(), Double::sum));
        List<Bus> refs = grid.buses().stream().filter(b -> b.type() == BusType.REF).toList();
        assertThat(refs).hasSize(1);
        double largest = capacityAt.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(capacityAt.get(refs.get(0).number())).isEqualTo(largest);
        for (Bus b : grid.buses()) {
            assertThat(b.type() != BusType.PQ).isEqualTo(capacityAt.containsKey(b.number()));
        }
    }

    @Test
    void capacityComfortablyAbovePeakWithEveryFuel() {
        double ratio = grid.inServiceCapacityMw() / grid.totalLoadMw();
        assertThat(ratio).isBetween(1.2, 1.6);
        assertThat(grid.totalLoadMw()).isBetween(15_000.0, 20_000.0);
        Map<String, Double> byFuel = capacityByFuel(grid);
        assertThat(byFuel.keySet()).containsExactlyInAnyOrderElementsOf(FUELS);
        assertThat(grid.generators()).filteredOn(g -> g.fuel().equals("nuclear"))
                .allSatisfy(g -> assertThat(g.pmaxMw()).isEqualTo(1000.0));
    }

    @Test
    void costsRankNuclearCheapestAndGasDearestOfTheDispatchable() {
        Map<String, Double> cheapest = new TreeMap<>();
        Map<String, Double> dearest = new TreeMap<>();
        for (Generator g : grid.generators()) {
            assertThat(g.cost().n()).isBetween(2, 3);
            double marginal = g.cost().polyCoefficient(1);
            cheapest.merge(g.fuel(), marginal, Math::min);
            dearest.merge(g.fuel(), marginal, Math::max);
            assertThat(g.ramp10()).isPositive().isLessThanOrEqualTo(g.ramp30());
            assertThat(g.rampAgc()).isPositive();
        }
        for (String fuel : List.of("coal", "gas", "hydro")) {
            assertThat(dearest.get("nuclear")).as(fuel).isLessThan(cheapest.get(fuel));
        }
        for (String fuel : List.of("nuclear", "coal", "hydro", "wind", "solar")) {
            assertThat(dearest.get(fuel)).as(fuel).isLessThan(cheapest.get("gas"));
        }
    }

    @Test
    void loadShapePeaksInTheEveningWithAMorningPeakAndNightTrough() {
        double[] shape = synthetic.hourlyLoadFactor();
        assertThat(shape).hasSize(24);
        assertThat(shape[synthetic.eveningPeakHour()]).isEqualTo(1.0);
        assertThat(synthetic.eveningPeakHour()).isBetween(18, 20);
        assertThat(shape[8]).isGreaterThan(shape[6]).isGreaterThan(shape[12] - 0.1);
        assertThat(Arrays.stream(shape).min().orElseThrow()).isEqualTo(0.70);
        double pf = grid.buses().stream().filter(b -> b.pdMw() > 0).mapToDouble(
                b -> b.pdMw() / Math.hypot(b.pdMw(), b.qdMvar())).average().orElseThrow();
        assertThat(pf).isCloseTo(0.95, offset(0.001));
    }

    @Test
    void sizingFlowsStayWithinRateA() {
        double[] evening = grid.generators().stream().mapToDouble(Generator::pgMw).toArray();
        assertThat(DcSizingAid.maxLoading(grid, evening)).isLessThan(1.0 - LOADING_TOLERANCE);
        double[] nameplate = MeritOrderDispatch.dispatch(grid, MeritOrderDispatch.PeakScenario.NAMEPLATE);
        assertThat(DcSizingAid.maxLoading(grid, nameplate)).isLessThan(1.0 - LOADING_TOLERANCE);
        assertThat(synthetic.sizing().maxLoadingAfter())
                .isLessThanOrEqualTo(1.0 / SyntheticGridFactory.RATING_MARGIN + LOADING_TOLERANCE);
        double generation = Arrays.stream(evening).sum();
        assertThat(generation).isCloseTo(grid.totalLoadMw(), offset(1.0));
    }

    @Test
    void sameParametersGiveAnEqualGridAndAnotherSeedDiffers() {
        SyntheticGrid again = SyntheticGridFactory.create(SyntheticGridParameters.defaults());
        assertThat(again.grid().buses()).isEqualTo(grid.buses());
        assertThat(again.grid().branches()).isEqualTo(grid.branches());
        assertThat(again.grid().generators()).isEqualTo(grid.generators());
        assertThat(again).isEqualTo(synthetic);
        SyntheticGrid other = SyntheticGridFactory.create(SyntheticGridParameters.ofSeed(7));
        assertThat(other.grid().buses()).isNotEqualTo(grid.buses());
        assertThat(other.grid().name()).isEqualTo("synthetic-national-7-2000");
    }

    @Test
    void parameterErrorsNameTheField() {
        assertThatThrownBy(() -> new SyntheticGridParameters(1, 100, 24)).hasMessageContaining("targetBusCount");
        assertThatThrownBy(() -> new SyntheticGridParameters(1, 200_000, 24)).hasMessageContaining("targetBusCount");
        assertThatThrownBy(() -> new SyntheticGridParameters(1, 2000, 1)).hasMessageContaining("regionCount");
        assertThatThrownBy(() -> new SyntheticGridParameters(1, 300, 64)).hasMessageContaining("regionCount");
    }

    static Map<String, Double> capacityByFuel(Grid g) {
        Map<String, Double> byFuel = new TreeMap<>();
        g.generators().forEach(gen -> byFuel.merge(gen.fuel(), gen.pmaxMw(), Double::sum));
        return byFuel;
    }
}

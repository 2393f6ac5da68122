package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.Derate;
import org.fairshed.grid.dc.DcPowerFlow;
import org.fairshed.grid.dc.DcPowerFlowResult;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * The built-in damage of the demo, derived deterministically from a synthetic grid: a night of strikes on a winter
 * weekday. One nuclear plant shut down (all its units), the larger half of the coal units and every third gas unit
 * lost, the {@value #EHV_LINES_LOST} most loaded 750 kV lines cut, a cluster of 110 kV substations cut off from the
 * grid (a dead island), and calm, overcast weather: wind at {@value #WIND_FACTOR} and solar at {@value #SOLAR_FACTOR}
 * of capacity. Synthetic, like the grid.
 */
public final class DemoScenario {

    public static final int EHV_LINES_LOST = 3;
    public static final double WIND_FACTOR = 0.15;
    public static final double SOLAR_FACTOR = 0.10;
    /** Every n-th gas unit (by row) is lost. */
    public static final int GAS_LOSS_STRIDE = 3;
    private static final double EHV_KV = 750;

    private DemoScenario() {
    }

    /** The damage for {@code synthetic}; the same grid always gives the same damage. */
    public static Damage of(SyntheticGrid synthetic) {
        Grid grid = synthetic.grid();
        List<Generator> gens = grid.generators();
        List<Integer> lostGens = new ArrayList<>();
        int nuclearBus = IntStream.range(0, gens.size()).filter(g -> "nuclear".equals(gens.get(g).fuel()))
                .map(g -> gens.get(g).bus()).findFirst().orElse(-1);
        List<Integer> coal = new ArrayList<>();
        int gasSeen = 0;
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            if ("nuclear".equals(gen.fuel()) && gen.bus() == nuclearBus) {
                lostGens.add(g + 1);
            } else if ("coal".equals(gen.fuel())) {
                coal.add(g + 1);
            } else if ("gas".equals(gen.fuel()) && gasSeen++ % GAS_LOSS_STRIDE == 0) {
                lostGens.add(g + 1);
            }
        }
        coal.sort(Comparator.comparingDouble((Integer row) -> -grid.generator(row).pmaxMw()).thenComparingInt(r -> r));
        lostGens.addAll(coal.subList(0, coal.size() / 2));
        lostGens.sort(Integer::compare);
        List<Integer> lostBranches = new ArrayList<>(mostLoadedEhvLines(grid));
        lostBranches.addAll(deadIslandCut(grid, new HashSet<>(lostBranches)));
        lostBranches.sort(Integer::compare);
        return new Damage(lostGens, lostBranches, List.of(), List.of(
                new Derate(rowsOfFuel(gens, "wind"), WIND_FACTOR), new Derate(rowsOfFuel(gens, "solar"), SOLAR_FACTOR)));
    }

    private static List<Integer> rowsOfFuel(List<Generator> gens, String fuel) {
        return IntStream.range(0, gens.size()).filter(g -> fuel.equals(gens.get(g).fuel())).mapToObj(g -> g + 1).toList();
    }

    /** The 750 kV lines carrying the most power in the case's own (evening) dispatch. */
    private static List<Integer> mostLoadedEhvLines(Grid grid) {
        DcPowerFlowResult flow = DcPowerFlow.run(grid);
        return IntStream.range(0, grid.branches().size())
                .filter(k -> isEhvLine(grid, grid.branches().get(k)))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -Math.abs(flow.flowsMw()[k])).thenComparingInt(k -> k))
                .limit(EHV_LINES_LOST)
                .map(k -> k + 1)
                .toList();
    }

    private static boolean isEhvLine(Grid grid, Branch br) {
        return !br.isTransformer() && grid.bus(br.from()).baseKv() == EHV_KV && grid.bus(br.to()).baseKv() == EHV_KV;
    }

    /**
     * Branches whose loss cuts off a pocket of load: the first 110 kV load bus without generation (by bus order) and
     * its neighbours without generation; every branch leaving that pocket goes out.
     */
    private static List<Integer> deadIslandCut(Grid grid, Set<Integer> alreadyOut) {
        Set<Integer> genBuses = new HashSet<>();
        grid.generators().forEach(g -> genBuses.add(g.bus()));
        for (var bus : grid.buses()) {
            if (bus.baseKv() >= 330 || bus.pdMw() <= 0 || genBuses.contains(bus.number())) {
                continue;
            }
            Set<Integer> pocket = new HashSet<>();
            pocket.add(bus.number());
            for (Branch br : grid.branches()) {
                int other = br.from() == bus.number() ? br.to() : br.to() == bus.number() ? br.from() : -1;
                if (other > 0 && !genBuses.contains(other) && grid.bus(other).baseKv() < 330) {
                    pocket.add(other);
                }
            }
            if (pocket.size() < 2) {
                continue;
            }
            List<Integer> cut = new ArrayList<>();
            for (int k = 0; k < grid.branches().size(); k++) {
                Branch br = grid.branches().get(k);
                if (pocket.contains(br.from()) != pocket.contains(br.to()) && !alreadyOut.contains(k + 1)) {
                    cut.add(k + 1);
                }
            }
            return cut;
        }
        return List.of();
    }
}

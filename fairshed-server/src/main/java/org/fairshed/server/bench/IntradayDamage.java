package org.fairshed.server.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;

/**
 * The intraday benchmark's strike, derived deterministically from the demo grid: two 330 kV substations cut off (every
 * branch at each of them out: the two buses without generation with the most branches, in two different regions) and
 * the largest unit still running after the demo's damage lost; then, for a second strike, the next largest unit.
 * Synthetic, like the grid.
 *
 * @param generators generator rows lost (1-based, as a damage update names them)
 * @param branches   branch rows lost (1-based)
 * @param text       what was lost, for people
 * @param next       the second strike of the benchmark (the next largest running unit), null for that one
 */
record IntradayDamage(List<Integer> generators, List<Integer> branches, String text, IntradayDamage next) {

    static final double SUBSTATION_KV = 330;

    static IntradayDamage of(SyntheticGrid synthetic) {
        Grid grid = synthetic.grid();
        Damage demo = DemoScenario.of(synthetic);
        Set<Integer> genBuses = new HashSet<>();
        grid.generators().forEach(g -> genBuses.add(g.bus()));
        List<Bus> candidates = new ArrayList<>(grid.buses().stream().filter(b -> b.baseKv() == SUBSTATION_KV
                && !genBuses.contains(b.number())).toList());
        candidates.sort(Comparator.comparingInt((Bus b) -> -incident(grid, b.number(), demo).size())
                .thenComparingInt(Bus::number));
        List<Bus> substations = new ArrayList<>();
        for (Bus b : candidates) {
            if (substations.isEmpty() || substations.getFirst().area() != b.area()) {
                substations.add(b);
            }
            if (substations.size() == 2) {
                break;
            }
        }
        List<Integer> branches = new ArrayList<>();
        substations.forEach(b -> branches.addAll(incident(grid, b.number(), demo)));
        int unit = largestRunning(grid, demo, -1);
        int second = largestRunning(grid, demo, unit);
        if (substations.size() < 2 || unit < 0 || second < 0) {
            throw new IllegalStateException("the demo grid has no two 330 kV substations in two regions or no unit left");
        }
        Generator big = grid.generators().get(unit);
        String text = String.format(Locale.ROOT, "substations at buses %d (region %d) and %d (region %d) cut off "
                + "(%d branches), unit %d (%s, %.0f MW at bus %d) lost", substations.get(0).number(),
                substations.get(0).area(), substations.get(1).number(), substations.get(1).area(), branches.size(),
                unit + 1, big.fuel(), big.pmaxMw(), big.bus());
        Generator other = grid.generators().get(second);
        IntradayDamage next = new IntradayDamage(List.of(second + 1), List.of(), String.format(Locale.ROOT,
                "unit %d (%s, %.0f MW at bus %d) lost", second + 1, other.fuel(), other.pmaxMw(), other.bus()), null);
        return new IntradayDamage(List.of(unit + 1), List.copyOf(branches), text, next);
    }

    /** The row index of the largest unit that the demo's damage left running (not wind or solar), not {@code but}. */
    private static int largestRunning(Grid grid, Damage demo, int but) {
        int unit = -1;
        for (int g = 0; g < grid.generators().size(); g++) {
            Generator gen = grid.generators().get(g);
            boolean running = gen.inService() && !demo.generators().contains(g + 1) && g != but
                    && !"wind".equals(gen.fuel()) && !"solar".equals(gen.fuel());
            if (running && (unit < 0 || gen.pmaxMw() > grid.generators().get(unit).pmaxMw())) {
                unit = g;
            }
        }
        return unit;
    }

    /** Rows (1-based) of the branches at {@code bus} that the demo's damage left in service. */
    private static List<Integer> incident(Grid grid, int bus, Damage demo) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < grid.branches().size(); k++) {
            Branch br = grid.branches().get(k);
            if ((br.from() == bus || br.to() == bus) && br.inService() && !demo.branches().contains(k + 1)) {
                out.add(k + 1);
            }
        }
        return out;
    }

    /** The damage update's JSON body at local moment {@code at} (yyyy-MM-ddTHH:mm). */
    String body(String network, String at) {
        return "{\"type\":\"damage-update\",\"network\":\"" + network + "\",\"at\":\"" + at + "\",\"outages\":{"
                + "\"generators\":" + generators + ",\"branches\":" + branches + "}}";
    }
}

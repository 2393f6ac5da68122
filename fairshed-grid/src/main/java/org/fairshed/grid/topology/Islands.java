package org.fairshed.grid.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * The islands of a grid: connected components over in-service branches between energized buses
 * (isolated buses, type 4, belong to no island). Computed once per topology.
 */
public final class Islands {

    /** Island number of a bus that belongs to no island (isolated, type 4). */
    public static final int NO_ISLAND = -1;

    private final List<Island> islands;
    private final int[] islandOfBus;

    private Islands(List<Island> islands, int[] islandOfBus) {
        this.islands = List.copyOf(islands);
        this.islandOfBus = islandOfBus;
    }

    /** Finds the islands of {@code grid}. */
    public static Islands of(Grid grid) {
        int n = grid.buses().size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Branch br : grid.branches()) {
            int f = grid.busIndex(br.from());
            int t = grid.busIndex(br.to());
            if (br.inService() && !grid.buses().get(f).isIsolated() && !grid.buses().get(t).isIsolated()) {
                union(parent, f, t);
            }
        }
        int[] rootToComponent = new int[n];
        Arrays.fill(rootToComponent, -1);
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (grid.buses().get(i).isIsolated()) {
                continue;
            }
            int r = find(parent, i);
            if (rootToComponent[r] < 0) {
                rootToComponent[r] = members.size();
                members.add(new ArrayList<>());
            }
            members.get(rootToComponent[r]).add(i);
        }
        // largest island first, ties by first bus: a stable, readable numbering
        List<List<Integer>> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(m -> m.get(0)));
        int[] islandOfBus = new int[n];
        Arrays.fill(islandOfBus, NO_ISLAND);
        List<Island> islands = new ArrayList<>(ordered.size());
        for (int k = 0; k < ordered.size(); k++) {
            for (int i : ordered.get(k)) {
                islandOfBus[i] = k;
            }
        }
        double[] capacity = new double[ordered.size()];
        int[] genCount = new int[ordered.size()];
        double[] largestGen = new double[ordered.size()];
        int[] largestGenBus = new int[ordered.size()];
        Arrays.fill(largestGen, Double.NEGATIVE_INFINITY);
        for (Generator g : grid.generators()) {
            int k = islandOfBus[grid.busIndex(g.bus())];
            if (!g.inService() || k == NO_ISLAND) {
                continue;
            }
            capacity[k] += g.pmaxMw();
            genCount[k]++;
            if (g.pmaxMw() > largestGen[k]) {
                largestGen[k] = g.pmaxMw();
                largestGenBus[k] = g.bus();
            }
        }
        for (int k = 0; k < ordered.size(); k++) {
            List<Integer> busIdx = ordered.get(k);
            List<Integer> numbers = new ArrayList<>(busIdx.size());
            double load = 0;
            Integer slack = null;
            for (int i : busIdx) {
                Bus b = grid.buses().get(i);
                numbers.add(b.number());
                load += Math.max(0, b.pdMw());
                if (slack == null && b.type() == BusType.REF) {
                    slack = b.number();
                }
            }
            int ref = slack != null ? slack : genCount[k] > 0 ? largestGenBus[k] : numbers.get(0);
            islands.add(new Island(k, numbers, ref, load, capacity[k], genCount[k]));
        }
        return new Islands(islands, islandOfBus);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    public List<Island> all() {
        return islands;
    }

    public int count() {
        return islands.size();
    }

    /** Island of the bus at 0-based grid position {@code busIndex}, or {@link #NO_ISLAND}. */
    public int islandOfBusIndex(int busIndex) {
        return islandOfBus[busIndex];
    }

    /** Islands with load and no generation. */
    public List<Island> dead() {
        return islands.stream().filter(Island::isDead).toList();
    }

    /** Sum of load (MW) in dead islands: unserved whatever the dispatch. */
    public double deadLoadMw() {
        return islands.stream().filter(Island::isDead).mapToDouble(Island::loadMw).sum();
    }
}

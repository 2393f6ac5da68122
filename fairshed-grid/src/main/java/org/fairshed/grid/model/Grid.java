package org.fairshed.grid.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable power network in MATPOWER's terms. Generators and branches are identified by their
 * 1-based row number in {@code mpc.gen} / {@code mpc.branch} ({@code index + 1}), buses by their number.
 */
public final class Grid {

    private final String name;
    private final double baseMva;
    private final List<Bus> buses;
    private final List<Generator> generators;
    private final List<Branch> branches;
    private final Map<Integer, Integer> busIndex;

    /**
     * @throws IllegalArgumentException when a bus number repeats, or a generator or branch names a bus the grid lacks
     */
    public Grid(String name, double baseMva, List<Bus> buses, List<Generator> generators, List<Branch> branches) {
        this.name = Objects.requireNonNull(name, "name");
        if (!(baseMva > 0)) {
            throw new IllegalArgumentException("baseMVA must be positive, got " + baseMva);
        }
        this.baseMva = baseMva;
        this.buses = List.copyOf(buses);
        this.generators = List.copyOf(generators);
        this.branches = List.copyOf(branches);
        Map<Integer, Integer> index = new HashMap<>(this.buses.size() * 2);
        for (int i = 0; i < this.buses.size(); i++) {
            Integer previous = index.put(this.buses.get(i).number(), i);
            if (previous != null) {
                throw new IllegalArgumentException("bus number " + this.buses.get(i).number()
                        + " appears twice (bus rows " + (previous + 1) + " and " + (i + 1) + ")");
            }
        }
        this.busIndex = Map.copyOf(index);
        for (int g = 0; g < this.generators.size(); g++) {
            requireBus(this.generators.get(g).bus(), "generator " + (g + 1));
        }
        for (int k = 0; k < this.branches.size(); k++) {
            Branch br = this.branches.get(k);
            requireBus(br.from(), "branch " + (k + 1) + " (from end)");
            requireBus(br.to(), "branch " + (k + 1) + " (to end)");
        }
    }

    private void requireBus(int number, String what) {
        if (!busIndex.containsKey(number)) {
            throw new IllegalArgumentException(what + " names bus " + number + ", which the grid does not have");
        }
    }

    public String name() {
        return name;
    }

    public double baseMva() {
        return baseMva;
    }

    public List<Bus> buses() {
        return buses;
    }

    public List<Generator> generators() {
        return generators;
    }

    public List<Branch> branches() {
        return branches;
    }

    public boolean hasBus(int number) {
        return busIndex.containsKey(number);
    }

    /** 0-based position of bus {@code number} in {@link #buses()}. */
    public int busIndex(int number) {
        Integer i = busIndex.get(number);
        if (i == null) {
            throw new IllegalArgumentException("no bus " + number + " in grid " + name);
        }
        return i;
    }

    public Bus bus(int number) {
        return buses.get(busIndex(number));
    }

    /** Generator by 1-based row number. */
    public Generator generator(int row) {
        return generators.get(row - 1);
    }

    /** Branch by 1-based row number. */
    public Branch branch(int row) {
        return branches.get(row - 1);
    }

    /** A copy with other element lists (same name and base). */
    public Grid with(List<Bus> newBuses, List<Generator> newGenerators, List<Branch> newBranches) {
        return new Grid(name, baseMva, newBuses, newGenerators, newBranches);
    }

    /** Sum of positive bus Pd (MW): the load that can be shed. */
    public double totalLoadMw() {
        double s = 0;
        for (Bus b : buses) {
            if (b.pdMw() > 0 && !b.isIsolated()) {
                s += b.pdMw();
            }
        }
        return s;
    }

    /** Sum of Pmax (MW) of in-service generators. */
    public double inServiceCapacityMw() {
        double s = 0;
        for (Generator g : generators) {
            if (g.inService()) {
                s += g.pmaxMw();
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "Grid[" + name + ": " + buses.size() + " buses, " + generators.size() + " generators, "
                + branches.size() + " branches]";
    }
}

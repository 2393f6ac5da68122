package org.fairshed.grid.damage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Damage to a network, in the scenario file's terms: generators and branches out (1-based {@code mpc.gen} /
 * {@code mpc.branch} row numbers), buses out (bus numbers: the bus becomes isolated and every generator and
 * branch at it goes out), and derates of generator Pmax.
 *
 * @param source the file the damage was read from (or {@link #BUILT_IN}), named by the errors of {@link #applyTo}
 */
public record Damage(List<Integer> generators, List<Integer> branches, List<Integer> buses, List<Derate> derates,
                     String source) {

    /** The source of damage made in code. */
    public static final String BUILT_IN = "damage";

    public static final Damage NONE = new Damage(List.of(), List.of(), List.of(), List.of());

    public Damage {
        generators = List.copyOf(generators);
        branches = List.copyOf(branches);
        buses = List.copyOf(buses);
        derates = List.copyOf(derates);
        source = source == null ? BUILT_IN : source;
    }

    /** Damage made in code. */
    public Damage(List<Integer> generators, List<Integer> branches, List<Integer> buses, List<Derate> derates) {
        this(generators, branches, buses, derates, BUILT_IN);
    }

    public boolean isEmpty() {
        return generators.isEmpty() && branches.isEmpty() && buses.isEmpty() && derates.isEmpty();
    }

    /**
     * A new grid with this damage applied; {@code grid} is unchanged.
     *
     * @throws InputException naming the source and the first entry that refers to nothing in the grid
     */
    public Grid applyTo(Grid grid) {
        validate(grid);
        Set<Integer> busesOut = new HashSet<>(buses);
        List<Bus> newBuses = new ArrayList<>(grid.buses().size());
        for (Bus b : grid.buses()) {
            newBuses.add(busesOut.contains(b.number()) ? b.withType(BusType.ISOLATED) : b);
        }
        List<Generator> newGens = new ArrayList<>(grid.generators());
        for (int row : generators) {
            newGens.set(row - 1, newGens.get(row - 1).withInService(false));
        }
        for (Derate d : derates) {
            for (int row : d.generators()) {
                Generator g = newGens.get(row - 1);
                newGens.set(row - 1, g.withPmax(g.pmaxMw() * d.factor()));
            }
        }
        for (int i = 0; i < newGens.size(); i++) {
            if (busesOut.contains(newGens.get(i).bus())) {
                newGens.set(i, newGens.get(i).withInService(false));
            }
        }
        List<Branch> newBranches = new ArrayList<>(grid.branches());
        for (int row : branches) {
            newBranches.set(row - 1, newBranches.get(row - 1).withInService(false));
        }
        for (int i = 0; i < newBranches.size(); i++) {
            Branch br = newBranches.get(i);
            if (busesOut.contains(br.from()) || busesOut.contains(br.to())) {
                newBranches.set(i, br.withInService(false));
            }
        }
        return grid.with(newBuses, newGens, newBranches);
    }

    private void validate(Grid grid) {
        checkRows("outages.generators", generators, grid.generators().size(), "generator", grid);
        checkRows("outages.branches", branches, grid.branches().size(), "branch", grid);
        for (int i = 0; i < buses.size(); i++) {
            if (!grid.hasBus(buses.get(i))) {
                throw InputException.atField(source, "outages.buses[" + i + "]", "names bus " + buses.get(i) + ", which "
                        + grid.name() + " does not have");
            }
        }
        for (int d = 0; d < derates.size(); d++) {
            checkRows("derates[" + d + "].generators", derates.get(d).generators(), grid.generators().size(), "generator", grid);
        }
    }

    private void checkRows(String field, List<Integer> rows, int count, String what, Grid grid) {
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            if (row < 1 || row > count) {
                throw InputException.atField(source, field + "[" + i + "]", "names " + what + " row " + row
                        + "; the " + what + " rows of " + grid.name() + " are numbered 1 to " + count
                        + " as in the case file");
            }
        }
    }
}

package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Turns parsed MATPOWER data into a {@link Grid}: checks every row's width, whole-number columns, bus types
 * and bus references, and reports any problem with the line of the row that causes it.
 * Column meanings follow MATPOWER's {@code idx_bus}, {@code idx_gen} and {@code idx_brch}.
 */
final class GridAssembler {

    private static final int[] BUS_WIDTHS = {13, 17};
    private static final int[] GEN_WIDTHS = {10, 21, 25};
    private static final int[] BRANCH_WIDTHS = {11, 13, 17, 21};
    private static final int GEN_RAMP_AGC = 16;
    private static final int BRANCH_ANGMIN = 11;
    private static final double DEFAULT_ANGLE_LIMIT = 360;

    private final MatpowerData data;
    private final TableReader check;
    private final Map<Integer, Integer> busRows = new HashMap<>();

    private GridAssembler(MatpowerData data, String source) {
        this.data = data;
        this.check = new TableReader(source);
    }

    /**
     * @param name   the grid's name
     * @param source file name for messages
     * @throws InputException when the data does not describe a valid grid
     */
    static Grid assemble(MatpowerData data, String name, String source) {
        return new GridAssembler(data, source).grid(name);
    }

    private Grid grid(String name) {
        checkVersion();
        double baseMva = baseMva();
        NumericTable busTable = data.tables().get("bus");
        if (busTable == null) {
            throw check.error(0, "missing mpc.bus (the bus matrix, e.g. mpc.bus = [ ... ];)");
        }
        List<Bus> buses = buses(busTable, names("bus_name", busTable.rows(), "bus row"));
        NumericTable genTable = data.tables().get("gen");
        int ng = genTable == null ? 0 : genTable.rows();
        List<GenCost> costs = GenCostReader.costs(data.tables().get("gencost"), ng, check);
        List<Generator> generators = genTable == null ? List.of()
                : generators(genTable, costs, names("genfuel", ng, "generator"), names("gentype", ng, "generator"));
        NumericTable branchTable = data.tables().get("branch");
        List<Branch> branches = branchTable == null ? List.of() : branches(branchTable);
        try {
            return new Grid(name, baseMva, buses, generators, branches);
        } catch (IllegalArgumentException e) {
            throw check.error(0, e.getMessage(), e);
        }
    }

    private void checkVersion() {
        String version = data.version();
        if (version != null && !version.strip().equals("2")) {
            throw check.error(data.versionLine(), "mpc.version is '" + version
                    + "'; only MATPOWER case format version 2 is supported (convert with MATPOWER's loadcase)");
        }
    }

    private double baseMva() {
        double baseMva = data.baseMva();
        if (data.baseMvaLine() == 0) {
            throw check.error(0, "missing mpc.baseMVA (the system MVA base, e.g. mpc.baseMVA = 100;)");
        }
        if (!(baseMva > 0) || Double.isInfinite(baseMva)) {
            throw check.error(data.baseMvaLine(), "mpc.baseMVA must be a positive number, got " + baseMva);
        }
        return baseMva;
    }

    /** The strings of a cell array, or null when absent; the count must match the rows they describe. */
    private List<String> names(String field, int expected, String perWhat) {
        MatpowerData.StringCells cells = data.cells().get(field);
        if (cells == null) {
            return null;
        }
        if (cells.values().size() != expected) {
            throw check.error(cells.line(), cells.field() + " has " + cells.values().size()
                    + " entries; expected one per " + perWhat + " (" + expected + ")");
        }
        return cells.values();
    }

    private List<Bus> buses(NumericTable t, List<String> names) {
        List<Bus> buses = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            check.checkWidth(t, r, BUS_WIDTHS);
            int number = check.wholeNumber(t, r, 0, "BUS_I");
            Integer previous = busRows.putIfAbsent(number, r);
            if (previous != null) {
                throw check.error(t.line(r), t.field() + " row " + (r + 1) + " repeats bus number " + number
                        + " of row " + (previous + 1) + " (line " + t.line(previous) + ")");
            }
            buses.add(new Bus(number, busType(t, r), t.get(r, 2), t.get(r, 3), t.get(r, 4), t.get(r, 5),
                    check.wholeNumber(t, r, 6, "BUS_AREA"), t.get(r, 7), t.get(r, 8), t.get(r, 9),
                    check.wholeNumber(t, r, 10, "ZONE"), t.get(r, 11), t.get(r, 12),
                    names == null ? null : names.get(r), Double.NaN, Double.NaN));
        }
        return buses;
    }

    private BusType busType(NumericTable t, int r) {
        int code = check.wholeNumber(t, r, 1, "BUS_TYPE");
        try {
            return BusType.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw check.error(t.line(r), t.field() + " row " + (r + 1) + ": " + e.getMessage(), e);
        }
    }

    private List<Generator> generators(NumericTable t, List<GenCost> costs, List<String> fuels, List<String> types) {
        List<Generator> generators = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            check.checkWidth(t, r, GEN_WIDTHS);
            int bus = busReference(t, r, 0, "GEN_BUS", "generator " + (r + 1));
            boolean ramps = t.width(r) > GEN_RAMP_AGC + 2;
            generators.add(new Generator(bus, t.get(r, 1), t.get(r, 2), t.get(r, 3), t.get(r, 4), t.get(r, 5),
                    t.get(r, 6), t.get(r, 7) > 0, t.get(r, 8), t.get(r, 9),
                    ramps ? t.get(r, GEN_RAMP_AGC) : Double.NaN,
                    ramps ? t.get(r, GEN_RAMP_AGC + 1) : Double.NaN,
                    ramps ? t.get(r, GEN_RAMP_AGC + 2) : Double.NaN,
                    costs.get(r), fuels == null ? null : fuels.get(r), types == null ? null : types.get(r)));
        }
        return generators;
    }

    private List<Branch> branches(NumericTable t) {
        List<Branch> branches = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            check.checkWidth(t, r, BRANCH_WIDTHS);
            String what = "branch " + (r + 1);
            int from = busReference(t, r, 0, "F_BUS", what);
            int to = busReference(t, r, 1, "T_BUS", what);
            boolean angles = t.width(r) > BRANCH_ANGMIN + 1;
            branches.add(new Branch(from, to, t.get(r, 2), t.get(r, 3), t.get(r, 4), t.get(r, 5), t.get(r, 6),
                    t.get(r, 7), t.get(r, 8), t.get(r, 9), t.get(r, 10) > 0,
                    angles ? t.get(r, BRANCH_ANGMIN) : -DEFAULT_ANGLE_LIMIT,
                    angles ? t.get(r, BRANCH_ANGMIN + 1) : DEFAULT_ANGLE_LIMIT));
        }
        return branches;
    }

    private int busReference(NumericTable t, int r, int column, String columnName, String what) {
        int bus = check.wholeNumber(t, r, column, columnName);
        if (!busRows.containsKey(bus)) {
            throw check.error(t.line(r), what + " names bus " + bus + ", which no bus row defines");
        }
        return bus;
    }
}

package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.model.GridValidator;

/**
 * Turns parsed MATPOWER data into a {@link Grid}: checks every row's width, whole-number columns (compared before
 * they are narrowed: no wrap-around), status columns, bus types and bus references, and every value against
 * {@link GridValidator}, and reports any problem with the line of the row that causes it. Columns the reader does
 * not use (bus and branch results, the generator capability curve, APF) are only checked for NaN.
 * Column meanings follow MATPOWER's {@code idx_bus}, {@code idx_gen} and {@code idx_brch}.
 */
final class GridAssembler {

    private static final int[] BUS_WIDTHS = {13, 17};
    private static final int[] GEN_WIDTHS = {10, 21, 25};
    private static final int[] BRANCH_WIDTHS = {11, 13, 17, 21};
    private static final int GEN_RAMP_AGC = 16;
    private static final int BRANCH_ANGMIN = 11;
    private static final double DEFAULT_ANGLE_LIMIT = 360;
    /** MATPOWER's column names (idx_bus, idx_gen, idx_brch), for messages. */
    private static final String[] BUS_COLUMNS = {"BUS_I", "BUS_TYPE", "PD", "QD", "GS", "BS", "BUS_AREA", "VM", "VA",
        "BASE_KV", "ZONE", "VMAX", "VMIN", "LAM_P", "LAM_Q", "MU_VMAX", "MU_VMIN"};
    private static final String[] GEN_COLUMNS = {"GEN_BUS", "PG", "QG", "QMAX", "QMIN", "VG", "MBASE", "GEN_STATUS",
        "PMAX", "PMIN", "PC1", "PC2", "QC1MIN", "QC1MAX", "QC2MIN", "QC2MAX", "RAMP_AGC", "RAMP_10", "RAMP_30", "RAMP_Q",
        "APF", "MU_PMAX", "MU_PMIN", "MU_QMAX", "MU_QMIN"};
    private static final String[] BRANCH_COLUMNS = {"F_BUS", "T_BUS", "BR_R", "BR_X", "BR_B", "RATE_A", "RATE_B",
        "RATE_C", "TAP", "SHIFT", "BR_STATUS", "ANGMIN", "ANGMAX", "PF", "QF", "PT", "QT", "MU_SF", "MU_ST",
        "MU_ANGMIN", "MU_ANGMAX"};
    /** Columns from which on the reader uses nothing (only NaN is refused there): bus results, gen capability curve. */
    private static final int BUS_USED = 13;
    private static final int GEN_USED = 10;
    private static final int BRANCH_USED = 13;
    private static final Set<String> COST_FIELDS = Set.of("STARTUP", "SHUTDOWN", "COST");

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
            throw check.missing("mpc.bus", "the bus matrix, e.g. mpc.bus = [ ... ];");
        }
        List<Bus> buses = buses(busTable, names("bus_name", busTable.rows(), "bus row"));
        NumericTable genTable = data.tables().get("gen");
        int ng = genTable == null ? 0 : genTable.rows();
        List<GenCost> costs = GenCostReader.costs(data.tables().get("gencost"), ng, check);
        List<Generator> generators = genTable == null ? List.of()
                : generators(genTable, data.tables().get("gencost"), costs, names("genfuel", ng, "generator"),
                        names("gentype", ng, "generator"));
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
            throw check.missing("mpc.baseMVA", "the system MVA base, e.g. mpc.baseMVA = 100;");
        }
        GridValidator.Violation v = GridValidator.baseMva(baseMva);
        if (v != null) {
            throw check.error(data.baseMvaLine(), "mpc." + v.detail());
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
            check.noNaN(t, r, BUS_USED, BUS_COLUMNS);
            int number = check.wholeNumber(t, r, 0, "BUS_I", 1, Integer.MAX_VALUE);
            Integer previous = busRows.putIfAbsent(number, r);
            if (previous != null) {
                throw check.error(t.line(r), t.field() + " row " + (r + 1) + " repeats bus number " + number
                        + " of row " + (previous + 1) + " (line " + t.line(previous) + ")");
            }
            Bus bus = new Bus(number, busType(t, r), t.get(r, 2), t.get(r, 3), t.get(r, 4), t.get(r, 5),
                    check.wholeNumber(t, r, 6, "BUS_AREA", 0, Integer.MAX_VALUE), t.get(r, 7), t.get(r, 8), t.get(r, 9),
                    check.wholeNumber(t, r, 10, "ZONE", 0, Integer.MAX_VALUE), t.get(r, 11), t.get(r, 12),
                    names == null ? null : names.get(r), Double.NaN, Double.NaN);
            GridValidator.Violation v = GridValidator.bus(bus);
            if (v != null) {
                throw check.outOfRange(t, r, BUS_COLUMNS, v);
            }
            buses.add(bus);
        }
        return buses;
    }

    private BusType busType(NumericTable t, int r) {
        int code = check.wholeNumber(t, r, 1, "BUS_TYPE", 1, 4);
        return BusType.ofCode(code);
    }

    private List<Generator> generators(NumericTable t, NumericTable costTable, List<GenCost> costs, List<String> fuels,
                                       List<String> types) {
        List<Generator> generators = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            check.checkWidth(t, r, GEN_WIDTHS);
            check.noNaN(t, r, GEN_USED, GEN_COLUMNS);
            int bus = busReference(t, r, 0, "GEN_BUS", "generator " + (r + 1));
            boolean ramps = t.width(r) > GEN_RAMP_AGC + 2;
            Generator generator = new Generator(bus, t.get(r, 1), t.get(r, 2), t.get(r, 3), t.get(r, 4), t.get(r, 5),
                    t.get(r, 6), check.status(t, r, 7, "GEN_STATUS"), t.get(r, 8), t.get(r, 9),
                    ramps ? t.get(r, GEN_RAMP_AGC) : Double.NaN,
                    ramps ? t.get(r, GEN_RAMP_AGC + 1) : Double.NaN,
                    ramps ? t.get(r, GEN_RAMP_AGC + 2) : Double.NaN,
                    costs.get(r), fuels == null ? null : fuels.get(r), types == null ? null : types.get(r));
            GridValidator.Violation v = GridValidator.generator(generator);
            if (v != null && COST_FIELDS.contains(v.field()) && costTable != null) {
                throw check.error(costTable.line(r), costTable.field() + " row " + (r + 1) + ": " + v.detail()
                        + " (generator " + (r + 1) + ", Pmin " + GridValidator.show(generator.pminMw()) + " MW, Pmax "
                        + GridValidator.show(generator.pmaxMw()) + " MW)");
            }
            if (v != null) {
                throw check.outOfRange(t, r, GEN_COLUMNS, v);
            }
            generators.add(generator);
        }
        return generators;
    }

    private List<Branch> branches(NumericTable t) {
        List<Branch> branches = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            check.checkWidth(t, r, BRANCH_WIDTHS);
            check.noNaN(t, r, BRANCH_USED, BRANCH_COLUMNS);
            String what = "branch " + (r + 1);
            int from = busReference(t, r, 0, "F_BUS", what);
            int to = busReference(t, r, 1, "T_BUS", what);
            boolean angles = t.width(r) > BRANCH_ANGMIN + 1;
            Branch branch = new Branch(from, to, t.get(r, 2), t.get(r, 3), t.get(r, 4), rate(t, r, 5), rate(t, r, 6),
                    rate(t, r, 7), t.get(r, 8), t.get(r, 9), check.status(t, r, 10, "BR_STATUS"),
                    angles ? t.get(r, BRANCH_ANGMIN) : -DEFAULT_ANGLE_LIMIT,
                    angles ? t.get(r, BRANCH_ANGMIN + 1) : DEFAULT_ANGLE_LIMIT);
            GridValidator.Violation v = GridValidator.branch(branch);
            if (v != null) {
                throw check.outOfRange(t, r, BRANCH_COLUMNS, v);
            }
            branches.add(branch);
        }
        return branches;
    }

    /** RATE_A/B/C: 0 means no limit, and so does Inf (written by some converters); stored as 0. */
    private static double rate(NumericTable t, int r, int c) {
        double v = t.get(r, c);
        return v == Double.POSITIVE_INFINITY ? 0 : v;
    }

    private int busReference(NumericTable t, int r, int column, String columnName, String what) {
        int bus = check.wholeNumber(t, r, column, columnName, 1, Integer.MAX_VALUE);
        if (!busRows.containsKey(bus)) {
            throw check.error(t.line(r), what + " names bus " + bus + ", which no bus row defines");
        }
        return bus;
    }
}

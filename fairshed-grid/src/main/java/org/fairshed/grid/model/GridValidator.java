package org.fairshed.grid.model;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;

/**
 * The physical range of every value of a {@link Grid}, written once: the MATPOWER reader checks each row with it
 * (and names the line), the IIDM import checks each element (and names its IIDM id), tests check whole grids.
 * A value outside its range is a {@link Violation} naming the MATPOWER column and saying what was expected; the
 * caller turns it into an {@link InputException} with the location it knows.
 * <p>
 * The ranges are MATPOWER's where MATPOWER has one (bus type 1 to 4, Pmax at least Pmin, ...), and otherwise
 * generous bounds that no real network comes near but that keep every number the solvers see finite and far
 * from the engines' own limits (see {@code docs/case-format.md}). What MATPOWER allows stays allowed: negative
 * Pd (embedded generation), negative reactance (series capacitors), negative Pmin (storage, dispatchable loads),
 * infinite Q limits, x = 0 (refused only by the DC model, which cannot take it).
 */
public final class GridValidator {

    /** Largest power of any single value (MW, MVAr, MVA): {@link Limits#MAX_POWER_MW}. */
    public static final double MAX_POWER_MW = Limits.MAX_POWER_MW;
    /** Largest system MVA base (cases use 100, a few 1000). */
    public static final double MAX_BASE_MVA = 1e5;
    /** Largest voltage magnitude, set point or limit (p.u.). */
    public static final double MAX_VOLTAGE_PU = 10;
    /** Largest base voltage (kV): the highest transmission voltage in service is 1,100 kV. */
    public static final double MAX_BASE_KV = 1e4;
    /** Largest bus voltage angle in either direction (degrees): ten turns. */
    public static final double MAX_BUS_ANGLE_DEG = 3600;
    /** Largest phase shift in either direction (degrees). */
    public static final double MAX_SHIFT_DEG = 360;
    /** Largest branch resistance, reactance or charging susceptance in either direction (p.u.). */
    public static final double MAX_IMPEDANCE_PU = 1e6;
    /** Smallest off-nominal ratio of a transformer (TAP = 0 means a line, ratio 1). */
    public static final double MIN_TAP = 0.01;
    /** Largest off-nominal ratio of a transformer. */
    public static final double MAX_TAP = 100;
    /** Largest cost (USD/h) a cost curve may reach within its unit's limits, term by term. */
    public static final double MAX_COST_PER_HOUR = 1e12;
    /** Steepest segment of a piecewise-linear cost (USD/MWh): a hundred times any price cap in use. */
    public static final double MAX_MARGINAL_COST = 1e6;
    /** Most generators of one network. */
    public static final int MAX_GENERATORS = 2 * Limits.MAX_BUSES;
    /** Most branches of one network. */
    public static final int MAX_BRANCHES = 4 * Limits.MAX_BUSES;

    /**
     * A value out of its range.
     *
     * @param field  the MATPOWER column (PD, PMAX, BR_X, ...), {@code baseMVA}, or the gencost column
     * @param detail what is wrong and what was expected, e.g. "Pmax must be between 0 and 10000000 MW, got -340"
     */
    public record Violation(String field, String detail) {
    }

    private GridValidator() {
    }

    /** The first violation of a whole grid, with the element it is in ("generator 3: ..."), or null. */
    public static String firstProblem(Grid grid) {
        Violation v = baseMva(grid.baseMva());
        if (v != null) {
            return v.detail();
        }
        List<Bus> buses = grid.buses();
        for (int i = 0; i < buses.size(); i++) {
            v = bus(buses.get(i));
            if (v != null) {
                return "bus " + buses.get(i).number() + " (row " + (i + 1) + "): " + v.detail();
            }
        }
        for (int g = 0; g < grid.generators().size(); g++) {
            v = generator(grid.generators().get(g));
            if (v != null) {
                return "generator " + (g + 1) + ": " + v.detail();
            }
        }
        for (int k = 0; k < grid.branches().size(); k++) {
            v = branch(grid.branches().get(k));
            if (v != null) {
                return "branch " + (k + 1) + ": " + v.detail();
            }
        }
        return null;
    }

    /**
     * Refuses a grid with a value out of range, whatever reader built it (the last gate before a solver): an
     * {@link InputException} naming {@code source} and the element and column, e.g.
     * {@code bus 2 PD}, {@code generator row 3 PMAX}, {@code branch row 2 (2-3) RATE_A}.
     */
    public static void require(Grid grid, String source) {
        Violation v = baseMva(grid.baseMva());
        String where = "";
        for (int i = 0; v == null && i < grid.buses().size(); i++) {
            v = bus(grid.buses().get(i));
            where = "bus " + grid.buses().get(i).number();
        }
        for (int g = 0; v == null && g < grid.generators().size(); g++) {
            v = generator(grid.generators().get(g));
            where = "generator row " + (g + 1);
        }
        for (int k = 0; v == null && k < grid.branches().size(); k++) {
            Branch br = grid.branches().get(k);
            v = branch(br);
            where = "branch row " + (k + 1) + " (" + br.from() + "-" + br.to() + ")";
        }
        if (v != null) {
            throw InputException.atField(source, where.isEmpty() ? v.field() : where + " " + v.field(),
                    v.detail());
        }
    }

    public static Violation baseMva(double baseMva) {
        return range("baseMVA", "baseMVA", baseMva, Double.MIN_NORMAL, MAX_BASE_MVA, "MVA");
    }

    /** The first value of {@code b} out of range, or null. */
    public static Violation bus(Bus b) {
        Violation v = first(
                b.number() >= 1 ? null : new Violation("BUS_I", "the bus number must be at least 1, got " + b.number()),
                range("PD", "Pd", b.pdMw(), -MAX_POWER_MW, MAX_POWER_MW, "MW"),
                range("QD", "Qd", b.qdMvar(), -MAX_POWER_MW, MAX_POWER_MW, "MVAr"),
                range("GS", "Gs", b.gsMw(), -MAX_POWER_MW, MAX_POWER_MW, "MW at 1 p.u."),
                range("BS", "Bs", b.bsMvar(), -MAX_POWER_MW, MAX_POWER_MW, "MVAr at 1 p.u."),
                b.area() >= 0 ? null : new Violation("BUS_AREA", "the area must be 0 or more, got " + b.area()),
                range("VM", "Vm", b.vmPu(), 0, MAX_VOLTAGE_PU, "p.u."),
                range("VA", "Va", b.vaDeg(), -MAX_BUS_ANGLE_DEG, MAX_BUS_ANGLE_DEG, "degrees"),
                range("BASE_KV", "base kV", b.baseKv(), 0, MAX_BASE_KV, "kV"),
                b.zone() >= 0 ? null : new Violation("ZONE", "the zone must be 0 or more, got " + b.zone()),
                range("VMAX", "Vmax", b.vmaxPu(), 0, MAX_VOLTAGE_PU, "p.u."),
                range("VMIN", "Vmin", b.vminPu(), 0, MAX_VOLTAGE_PU, "p.u."));
        if (v != null) {
            return v;
        }
        if (b.vminPu() > b.vmaxPu()) {
            return new Violation("VMIN", "Vmin " + show(b.vminPu()) + " p.u. is above Vmax " + show(b.vmaxPu()) + " p.u.");
        }
        if (!Double.isNaN(b.x()) && !Double.isFinite(b.x()) || !Double.isNaN(b.y()) && !Double.isFinite(b.y())) {
            return new Violation("coordinates", "coordinates must be finite or unknown (NaN), got " + b.x() + ", " + b.y());
        }
        return null;
    }

    /** The first value of {@code g} (its cost curve included) out of range, or null. */
    public static Violation generator(Generator g) {
        Violation v = first(
                range("PG", "Pg", g.pgMw(), -MAX_POWER_MW, MAX_POWER_MW, "MW"),
                range("QG", "Qg", g.qgMvar(), -MAX_POWER_MW, MAX_POWER_MW, "MVAr"),
                range("QMAX", "Qmax", g.qmaxMvar(), -MAX_POWER_MW, Double.POSITIVE_INFINITY, "MVAr"),
                range("QMIN", "Qmin", g.qminMvar(), Double.NEGATIVE_INFINITY, MAX_POWER_MW, "MVAr"),
                range("VG", "Vg", g.vgPu(), 0, MAX_VOLTAGE_PU, "p.u."),
                range("MBASE", "Mbase", g.mbaseMva(), 0, MAX_POWER_MW, "MVA"),
                range("PMAX", "Pmax", g.pmaxMw(), 0, MAX_POWER_MW, "MW"),
                range("PMIN", "Pmin", g.pminMw(), -MAX_POWER_MW, MAX_POWER_MW, "MW"),
                ramp("RAMP_AGC", g.rampAgc()), ramp("RAMP_10", g.ramp10()), ramp("RAMP_30", g.ramp30()));
        if (v != null) {
            return v;
        }
        if (g.qminMvar() > g.qmaxMvar()) {
            return new Violation("QMIN", "Qmin " + show(g.qminMvar()) + " MVAr is above Qmax " + show(g.qmaxMvar()) + " MVAr");
        }
        if (g.pminMw() > g.pmaxMw()) {
            return new Violation("PMIN", "Pmin " + show(g.pminMw()) + " MW is above Pmax " + show(g.pmaxMw()) + " MW");
        }
        return cost(g.cost(), Math.max(1, Math.max(Math.abs(g.pminMw()), Math.abs(g.pmaxMw()))));
    }

    /** The first value of {@code br} out of range, or null. */
    public static Violation branch(Branch br) {
        Violation v = first(
                range("BR_R", "r", br.r(), -MAX_IMPEDANCE_PU, MAX_IMPEDANCE_PU, "p.u."),
                range("BR_X", "x", br.x(), -MAX_IMPEDANCE_PU, MAX_IMPEDANCE_PU, "p.u."),
                range("BR_B", "b", br.b(), -MAX_IMPEDANCE_PU, MAX_IMPEDANCE_PU, "p.u."),
                range("RATE_A", "RATE_A", br.rateA(), 0, MAX_POWER_MW, "MVA (0 for no limit)"),
                range("RATE_B", "RATE_B", br.rateB(), 0, MAX_POWER_MW, "MVA (0 for no limit)"),
                range("RATE_C", "RATE_C", br.rateC(), 0, MAX_POWER_MW, "MVA (0 for no limit)"),
                br.tap() == 0 ? null : range("TAP", "the tap ratio (0 for a line)", br.tap(), MIN_TAP, MAX_TAP, ""),
                range("SHIFT", "the phase shift", br.shiftDeg(), -MAX_SHIFT_DEG, MAX_SHIFT_DEG, "degrees"),
                range("ANGMIN", "ANGMIN", br.angMinDeg(), Double.NEGATIVE_INFINITY, MAX_BUS_ANGLE_DEG, "degrees"),
                range("ANGMAX", "ANGMAX", br.angMaxDeg(), -MAX_BUS_ANGLE_DEG, Double.POSITIVE_INFINITY, "degrees"));
        if (v != null) {
            return v;
        }
        if (br.angMinDeg() != 0 && br.angMaxDeg() != 0 && br.angMinDeg() > br.angMaxDeg()) {
            return new Violation("ANGMIN", "ANGMIN " + show(br.angMinDeg()) + " degrees is above ANGMAX "
                    + show(br.angMaxDeg()) + " degrees");
        }
        return null;
    }

    /**
     * The first problem of a cost curve, or null. Polynomial: every term {@code |c_k| P^k} within
     * {@link #MAX_COST_PER_HOUR} at {@code p}, the unit's largest output in magnitude (at least 1 MW).
     * Piecewise linear: x in MW within {@link #MAX_POWER_MW} and strictly increasing (MATPOWER divides by the
     * steps), y within {@link #MAX_COST_PER_HOUR}, slopes within {@link #MAX_MARGINAL_COST}.
     */
    public static Violation cost(GenCost cost, double p) {
        Violation v = first(range("STARTUP", "the startup cost", cost.startup(), -MAX_COST_PER_HOUR, MAX_COST_PER_HOUR, "USD"),
                range("SHUTDOWN", "the shutdown cost", cost.shutdown(), -MAX_COST_PER_HOUR, MAX_COST_PER_HOUR, "USD"));
        if (v != null) {
            return v;
        }
        double[] c = cost.coefficients();
        if (cost.model() == GenCost.Model.POLYNOMIAL) {
            for (int i = 0; i < c.length; i++) {
                int k = c.length - 1 - i;
                if (!Double.isFinite(c[i])) {
                    return new Violation("COST", "cost coefficient " + (i + 1) + " (of P^" + k + ") must be a finite number, got " + show(c[i]));
                }
                if (c[i] != 0 && !(Math.abs(c[i]) * Math.pow(p, k) <= MAX_COST_PER_HOUR)) {
                    return new Violation("COST", "cost coefficient " + (i + 1) + " (" + show(c[i]) + " of P^" + k
                            + ") gives " + show(Math.abs(c[i]) * Math.pow(p, k)) + " USD/h at " + show(p) + " MW; at most "
                            + show(MAX_COST_PER_HOUR) + " USD/h is accepted");
                }
            }
            return null;
        }
        for (int j = 0; j < c.length / 2; j++) {
            double x = c[2 * j];
            double y = c[2 * j + 1];
            v = first(range("COST", "cost point " + (j + 1) + " x", x, -MAX_POWER_MW, MAX_POWER_MW, "MW"),
                    range("COST", "cost point " + (j + 1) + " y", y, -MAX_COST_PER_HOUR, MAX_COST_PER_HOUR, "USD/h"));
            if (v != null) {
                return v;
            }
            if (j > 0) {
                double dx = x - c[2 * j - 2];
                if (!(dx > 0)) {
                    return new Violation("COST", "cost point " + (j + 1) + " is at " + show(x) + " MW, not beyond point "
                            + j + " at " + show(c[2 * j - 2]) + " MW: the points of a piecewise-linear cost must have "
                            + "increasing MW");
                }
                double slope = (y - c[2 * j - 1]) / dx;
                if (!(Math.abs(slope) <= MAX_MARGINAL_COST)) {
                    return new Violation("COST", "cost segment " + j + " (points " + j + " to " + (j + 1) + ") rises by "
                            + show(slope) + " USD/MWh; at most " + show(MAX_MARGINAL_COST) + " USD/MWh is accepted");
                }
            }
        }
        return null;
    }

    private static Violation ramp(String field, double v) {
        // NaN: the case has no ramp columns; +Inf: no ramp limit
        return Double.isNaN(v) ? null : range(field, field, v, 0, Double.POSITIVE_INFINITY, "MW");
    }

    /** A violation unless {@code min <= v <= max} (NaN never is); infinite bounds let infinities through. */
    private static Violation range(String field, String label, double v, double min, double max, String unit) {
        if (v >= min && v <= max) {
            return null;
        }
        String units = unit.isEmpty() ? "" : " " + unit;
        if (Double.isNaN(v)) {
            return new Violation(field, label + " must be a number, got NaN");
        }
        String expected = min == Double.NEGATIVE_INFINITY ? "at most " + show(max) + units + " (or -Inf)"
                : max == Double.POSITIVE_INFINITY ? "at least " + show(min) + units + " (or Inf)"
                : min == Double.MIN_NORMAL ? "positive and at most " + show(max) + units
                : "between " + show(min) + " and " + show(max) + units;
        return new Violation(field, label + " must be " + expected + ", got " + show(v));
    }

    private static Violation first(Violation... candidates) {
        for (Violation v : candidates) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A value as a MATPOWER file would spell it: 100, 0.05, 1e+100, Inf, -Inf, NaN. */
    public static String show(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }
}

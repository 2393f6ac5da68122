package org.fairshed.plan.scenario;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Checks the values of a network that the planner feeds to its solver, whatever reader produced the grid: finite, in
 * their physical range and within {@link Limits#MAX_POWER_MW}. The case reader refuses most of these with the line of
 * the file; this is the last gate before the shedding LP (no non-finite number may reach native code). Where
 * MATPOWER allows a value it is accepted: a negative Pd (embedded generation), a negative reactance (a series
 * capacitor). Elements out of service are not looked at.
 */
final class CaseValues {

    /** Largest cost coefficient accepted in size (a real curve's are below 1e6; a cost evaluated at Pmax stays finite). */
    static final double MAX_COST_COEFFICIENT = 1e12;

    /** Largest bus voltage angle accepted (degrees, either sign): beyond, DC angles lose their precision. */
    static final double MAX_ANGLE_DEG = 3600;
    /** Largest phase shift accepted (degrees, either sign). */
    static final double MAX_SHIFT_DEG = 360;
    /** Smallest and largest branch reactance accepted in size (p.u.; public cases range from about 3e-5 to 10). */
    static final double MIN_REACTANCE_PU = 1e-8;
    static final double MAX_REACTANCE_PU = 1e6;
    /** Tap ratios accepted besides 0 (none); real transformers are within 0.5 to 2. */
    static final double MIN_TAP = 0.01;
    static final double MAX_TAP = 100;

    private CaseValues() {
    }

    /** @param source the case file as the user named it (or the grid's name) */
    static void check(Grid grid, String source) {
        if (!(grid.baseMva() > 0) || Double.isInfinite(grid.baseMva())) {
            throw InputException.atField(source, "baseMVA", "must be a positive number, got " + grid.baseMva());
        }
        for (Bus b : grid.buses()) {
            String bus = "bus " + b.number();
            power(source, bus + " PD", b.pdMw());
            power(source, bus + " GS", b.gsMw());
            range(source, bus + " VA", b.vaDeg(), -MAX_ANGLE_DEG, MAX_ANGLE_DEG, "degrees");
        }
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            if (!gen.inService()) {
                continue;
            }
            String row = "generator row " + (g + 1);
            finite(source, row + " PMAX", gen.pmaxMw(), "MW");
            if (gen.pmaxMw() < 0) {
                throw InputException.atField(source, row + " PMAX", "must not be negative for a unit in service, got "
                        + gen.pmaxMw() + " MW");
            }
            power(source, row + " PMAX", gen.pmaxMw());
            for (double c : gen.cost().coefficients()) {
                if (!Double.isFinite(c) || Math.abs(c) > MAX_COST_COEFFICIENT) {
                    throw InputException.atField(source, "gencost row " + (g + 1), "has a coefficient " + c
                            + "; every cost coefficient must be a finite number of at most " + MAX_COST_COEFFICIENT
                            + " in size");
                }
            }
        }
        List<Branch> branches = grid.branches();
        for (int k = 0; k < branches.size(); k++) {
            Branch br = branches.get(k);
            if (br.inService()) {
                branch(source, "branch row " + (k + 1) + " (" + br.from() + "-" + br.to() + ")", br, grid);
            }
        }
    }

    private static void branch(String source, String where, Branch br, Grid grid) {
        boolean energized = !grid.bus(br.from()).isIsolated() && !grid.bus(br.to()).isIsolated();
        finite(source, where + " BR_X", br.x(), "p.u.");
        if (energized && br.x() == 0) {
            throw InputException.atField(source, where + " BR_X", "is 0: the DC model needs a non-zero reactance "
                    + "(take the branch out of service or give it a small reactance)");
        }
        if (br.x() != 0 && (Math.abs(br.x()) < MIN_REACTANCE_PU || Math.abs(br.x()) > MAX_REACTANCE_PU)) {
            throw InputException.atField(source, where + " BR_X", "is " + br.x() + " p.u.; a reactance must be between "
                    + MIN_REACTANCE_PU + " and " + MAX_REACTANCE_PU + " p.u. in size (negative: a series capacitor)");
        }
        finite(source, where + " TAP", br.tap(), "");
        if (br.tap() != 0 && (br.tap() < MIN_TAP || br.tap() > MAX_TAP)) {
            throw InputException.atField(source, where + " TAP", "is " + br.tap() + "; a tap ratio is 0 (none) or between "
                    + MIN_TAP + " and " + MAX_TAP);
        }
        range(source, where + " SHIFT", br.shiftDeg(), -MAX_SHIFT_DEG, MAX_SHIFT_DEG, "degrees");
        finite(source, where + " RATE_A", br.rateA(), "MVA");
        if (br.rateA() < 0) {
            throw InputException.atField(source, where + " RATE_A", "must not be negative (0 means unlimited), got "
                    + br.rateA() + " MVA");
        }
        power(source, where + " RATE_A", br.rateA());
    }

    private static void power(String source, String field, double mw) {
        finite(source, field, mw, "MW");
        if (Math.abs(mw) > Limits.MAX_POWER_MW) {
            throw InputException.atField(source, field, "is " + mw + " MW; at most " + (long) Limits.MAX_POWER_MW
                    + " MW in size is accepted");
        }
    }

    private static void range(String source, String field, double v, double min, double max, String unit) {
        finite(source, field, v, unit);
        if (v < min || v > max) {
            throw InputException.atField(source, field, "is " + v + " " + unit + "; expected between " + min + " and "
                    + max);
        }
    }

    private static void finite(String source, String field, double v, String unit) {
        if (!Double.isFinite(v)) {
            throw InputException.atField(source, field, "must be a finite number" + (unit.isEmpty() ? "" : " of " + unit)
                    + ", got " + v);
        }
    }
}

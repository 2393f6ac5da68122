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
            finite(source, bus + " VA", b.vaDeg(), "degrees");
        }
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            Generator gen = gens.get(g);
            if (!gen.inService()) {
                continue;
            }
            String row = "generator row " + (g + 1);
            power(source, row + " PMAX", gen.pmaxMw());
            if (gen.pmaxMw() < 0) {
                throw InputException.atField(source, row + " PMAX", "must not be negative for a unit in service, got "
                        + gen.pmaxMw() + " MW");
            }
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
        finite(source, where + " TAP", br.tap(), "");
        finite(source, where + " SHIFT", br.shiftDeg(), "degrees");
        power(source, where + " RATE_A", br.rateA());
        if (br.rateA() < 0) {
            throw InputException.atField(source, where + " RATE_A", "must not be negative (0 means unlimited), got "
                    + br.rateA() + " MVA");
        }
    }

    private static void power(String source, String field, double mw) {
        finite(source, field, mw, "MW");
        if (Math.abs(mw) > Limits.MAX_POWER_MW) {
            throw InputException.atField(source, field, "is " + mw + " MW; at most " + (long) Limits.MAX_POWER_MW
                    + " MW in size is accepted");
        }
    }

    private static void finite(String source, String field, double v, String unit) {
        if (!Double.isFinite(v)) {
            throw InputException.atField(source, field, "must be a finite number" + (unit.isEmpty() ? "" : " of " + unit)
                    + ", got " + v);
        }
    }
}

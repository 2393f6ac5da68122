package org.fairshed.grid.model;

/**
 * A generator as MATPOWER describes it ({@code mpc.gen} row, plus its {@code gencost} row and, if present,
 * {@code genfuel}/{@code gentype} strings). Powers in MW/MVAr.
 *
 * @param rampAgc  RAMP_AGC in MW/min (0 or NaN when absent)
 * @param ramp10   RAMP_10 in MW (0 or NaN when absent)
 * @param ramp30   RAMP_30 in MW (0 or NaN when absent)
 * @param cost     cost curve, never null ({@link GenCost#ZERO} when the case has none)
 * @param fuel     {@code mpc.genfuel} entry or null
 * @param type     {@code mpc.gentype} entry or null
 */
public record Generator(int bus, double pgMw, double qgMvar, double qmaxMvar, double qminMvar, double vgPu,
                        double mbaseMva, boolean inService, double pmaxMw, double pminMw,
                        double rampAgc, double ramp10, double ramp30, GenCost cost, String fuel, String type) {

    public Generator {
        if (cost == null) {
            throw new IllegalArgumentException("generator at bus " + bus + ": cost must not be null (use GenCost.ZERO)");
        }
    }

    public Generator withInService(boolean status) {
        return new Generator(bus, pgMw, qgMvar, qmaxMvar, qminMvar, vgPu, mbaseMva, status, pmaxMw, pminMw,
                rampAgc, ramp10, ramp30, cost, fuel, type);
    }

    /** This unit with a new Pmax; Pmin is lowered with it when it would exceed it (a derated unit can still idle). */
    public Generator withPmax(double newPmaxMw) {
        return new Generator(bus, pgMw, qgMvar, qmaxMvar, qminMvar, vgPu, mbaseMva, inService, newPmaxMw,
                Math.min(pminMw, newPmaxMw),
                rampAgc, ramp10, ramp30, cost, fuel, type);
    }

    public Generator withPg(double newPgMw) {
        return new Generator(bus, newPgMw, qgMvar, qmaxMvar, qminMvar, vgPu, mbaseMva, inService, pmaxMw, pminMw,
                rampAgc, ramp10, ramp30, cost, fuel, type);
    }
}

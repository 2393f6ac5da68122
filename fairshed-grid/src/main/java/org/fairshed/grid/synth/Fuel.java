package org.fairshed.grid.synth;

import java.util.SplittableRandom;

import org.fairshed.grid.model.GenCost;

/**
 * Fuels of the synthetic fleet with their MATPOWER-like strings and technical and economic figures. Marginal costs
 * ($/MWh): wind and solar near zero (must-take), then nuclear, the cheapest dispatchable fuel, hydro (water value),
 * coal, and gas, the most expensive. Declaration order is the merit order.
 */
enum Fuel {
    //      fuel       type  c1 min/max     c2 min/max       c0 $/h  pmin  ramp/min  qmax  qmin   shareOfCapacity
    WIND("wind", "WT", 0.5, 1.5, 0.0, 0.0, 0, 0.0, 0.10, 0.33, -0.33, 0.10),
    SOLAR("solar", "PV", 0.5, 1.5, 0.0, 0.0, 0, 0.0, 0.10, 0.33, -0.33, 0.12),
    NUCLEAR("nuclear", "ST", 6.0, 8.0, 0.0, 0.0, 400, 0.60, 0.01, 0.60, -0.30, 0.26),
    HYDRO("hydro", "HY", 10.0, 14.0, 0.0, 0.0, 0, 0.0, 0.50, 0.60, -0.30, 0.12),
    COAL("coal", "ST", 30.0, 40.0, 0.004, 0.008, 300, 0.40, 0.02, 0.60, -0.30, 0.24),
    GAS("gas", "CT", 55.0, 70.0, 0.008, 0.015, 150, 0.30, 0.06, 0.60, -0.30, 0.16);

    private final String fuelName;
    private final String genType;
    private final double c1Min;
    private final double c1Max;
    private final double c2Min;
    private final double c2Max;
    private final double c0;
    private final double pminFraction;
    private final double rampPerMinuteFraction;
    private final double qmaxFraction;
    private final double qminFraction;
    private final double shareOfCapacity;

    Fuel(String fuelName, String genType, double c1Min, double c1Max, double c2Min, double c2Max, double c0,
         double pminFraction, double rampPerMinuteFraction, double qmaxFraction, double qminFraction,
         double shareOfCapacity) {
        this.fuelName = fuelName;
        this.genType = genType;
        this.c1Min = c1Min;
        this.c1Max = c1Max;
        this.c2Min = c2Min;
        this.c2Max = c2Max;
        this.c0 = c0;
        this.pminFraction = pminFraction;
        this.rampPerMinuteFraction = rampPerMinuteFraction;
        this.qmaxFraction = qmaxFraction;
        this.qminFraction = qminFraction;
        this.shareOfCapacity = shareOfCapacity;
    }

    /** {@code mpc.genfuel} string. */
    String fuelName() {
        return fuelName;
    }

    /** {@code mpc.gentype} string. */
    String genType() {
        return genType;
    }

    /** Planned share of installed capacity. */
    double shareOfCapacity() {
        return shareOfCapacity;
    }

    double pminMw(double pmaxMw) {
        return round(pminFraction * pmaxMw);
    }

    double qmaxMvar(double pmaxMw) {
        return round(qmaxFraction * pmaxMw);
    }

    double qminMvar(double pmaxMw) {
        return round(qminFraction * pmaxMw);
    }

    /** RAMP_AGC in MW/min. */
    double rampAgcMwPerMin(double pmaxMw) {
        return round(Math.min(pmaxMw, rampPerMinuteFraction * pmaxMw));
    }

    /** RAMP_10 / RAMP_30 in MW: what AGC can move in that many minutes, capped at Pmax. */
    double rampMw(double pmaxMw, int minutes) {
        return round(Math.min(pmaxMw, minutes * rampPerMinuteFraction * pmaxMw));
    }

    /** A polynomial cost (model 2): quadratic (NCOST 3) for coal and gas, linear (NCOST 2) otherwise. */
    GenCost cost(SplittableRandom rng) {
        double c1 = round(c1Min + (c1Max - c1Min) * rng.nextDouble());
        if (c2Max > 0) {
            double c2 = Math.round((c2Min + (c2Max - c2Min) * rng.nextDouble()) * 1e5) / 1e5;
            return new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {c2, c1, c0});
        }
        return new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {c1, c0});
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

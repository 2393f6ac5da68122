package org.fairshed.grid.testing;

import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/** Tiny hand-built networks, each with a named purpose. baseMVA 100 throughout. */
public final class TinyGrids {

    private TinyGrids() {
    }

    public static Bus bus(int n, BusType type, double pd) {
        return new Bus(n, type, pd, 0, 0, 0, 1, 1, 0, 110, 1, 1.1, 0.9);
    }

    public static Bus bus(int n, BusType type, double pd, int area) {
        return new Bus(n, type, pd, 0, 0, 0, area, 1, 0, 110, area, 1.1, 0.9);
    }

    public static Generator gen(int bus, double pmax, double costPerMwh) {
        return new Generator(bus, 0, 0, 300, -300, 1, 100, true, pmax, 0, Double.NaN, Double.NaN, Double.NaN,
                new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {costPerMwh, 0}), null, null);
    }

    public static Generator gen(int bus, double pg, double pmax, GenCost cost) {
        return new Generator(bus, pg, 0, 300, -300, 1, 100, true, pmax, 0, Double.NaN, Double.NaN, Double.NaN,
                cost, null, null);
    }

    public static Branch line(int f, int t, double x, double rateA) {
        return new Branch(f, t, 0, x, 0, rateA, rateA, rateA, 0, 0, true, -360, 360);
    }

    /** 3 buses in a triangle, equal reactances; generation at 1, load 90 MW at 3. */
    public static Grid triangle(double rateA) {
        return new Grid("triangle", 100,
                List.of(bus(1, BusType.REF, 0), bus(2, BusType.PQ, 0), bus(3, BusType.PQ, 90)),
                List.of(gen(1, 200, 10)),
                List.of(line(1, 2, 0.1, rateA), line(2, 3, 0.1, rateA), line(1, 3, 0.1, rateA)));
    }

    /**
     * Two buses and one branch with an off-nominal tap (0.95) and 10 degrees of phase shift; generator at bus 1
     * supplies the 50 MW load at bus 2.
     */
    public static Grid tapAndShifter() {
        return new Grid("tap-shifter", 100,
                List.of(bus(1, BusType.REF, 0), bus(2, BusType.PQ, 50)),
                List.of(gen(1, 50, 100, GenCost.ZERO)),
                List.of(new Branch(1, 2, 0, 0.2, 0, 0, 0, 0, 0.95, 10, true, -360, 360)));
    }

    /**
     * Two islands joined by an out-of-service branch: {1,2} with the slack generator, {3,4} with load 30 MW and a
     * small generator at 4 (a live island with its own reference), and {5} a load bus whose only branch is out
     * (a dead island).
     */
    public static Grid islands() {
        return new Grid("islands", 100,
                List.of(bus(1, BusType.REF, 0), bus(2, BusType.PQ, 40), bus(3, BusType.PQ, 30), bus(4, BusType.PV, 0),
                        bus(5, BusType.PQ, 20)),
                List.of(gen(1, 100, 10), gen(4, 50, 20)),
                List.of(line(1, 2, 0.1, 0), line(2, 3, 0.1, 0).withInService(false), line(3, 4, 0.1, 0),
                        line(2, 5, 0.1, 0).withInService(false)));
    }
}

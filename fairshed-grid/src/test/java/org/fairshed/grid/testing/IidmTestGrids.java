package org.fairshed.grid.testing;

import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

import java.util.List;

/** Tiny hand-built grids (baseMVA 100, 138 kV) for the IIDM conversion and AC check tests. */
public final class IidmTestGrids {

    public static final double BASE_MVA = 100;
    public static final double BASE_KV = 138;

    private IidmTestGrids() {
    }

    public static Bus bus(int number, BusType type, double pdMw, double qdMvar) {
        return new Bus(number, type, pdMw, qdMvar, 0, 0, 1, 1.0, 0, BASE_KV, 1, 1.1, 0.9);
    }

    public static Bus busWithShunt(int number, BusType type, double pdMw, double gsMw, double bsMvar) {
        return new Bus(number, type, pdMw, 0, gsMw, bsMvar, 1, 1.0, 0, BASE_KV, 1, 1.1, 0.9);
    }

    public static Generator gen(int bus, double pgMw, double pmaxMw, double vgPu) {
        return new Generator(bus, pgMw, 0, 300, -300, vgPu, BASE_MVA, true, pmaxMw, 0, 0, 0, 0,
                GenCost.ZERO, null, null);
    }

    public static Branch line(int from, int to, double r, double x, double b, double rateA) {
        return new Branch(from, to, r, x, b, rateA, 0, 0, 0, 0, true, -360, 360);
    }

    public static Branch transformer(int from, int to, double r, double x, double tap, double shiftDeg) {
        return new Branch(from, to, r, x, 0, 0, 0, 0, tap, shiftDeg, true, -360, 360);
    }

    /**
     * Two buses joined by a lossless line (x = 0.1 p.u., no charging, RATE_A {@code rateAMva}); bus 1 is the
     * reference with V = 1 p.u., bus 2 carries {@code loadMw} at unity power factor. Closed form: the received
     * reactive power is zero, so V2 = cos(delta) and P = sin(2 delta) / (2 x): at most 500 MW can arrive.
     */
    public static Grid twoBus(double loadMw, double rateAMva) {
        return new Grid("two-bus", BASE_MVA,
                List.of(bus(1, BusType.REF, 0, 0), bus(2, BusType.PQ, loadMw, 0)),
                List.of(gen(1, loadMw, 10 * loadMw + 100, 1.0)),
                List.of(line(1, 2, 0, 0.1, 0, rateAMva)));
    }

    /** Bus 1 (reference) feeds bus 2, which has no load, through a transformer with the given tap and shift. */
    public static Grid transformerOpenEnd(double tap, double shiftDeg) {
        return new Grid("trafo", BASE_MVA,
                List.of(bus(1, BusType.REF, 0, 0), bus(2, BusType.PQ, 0, 0)),
                List.of(gen(1, 0, 100, 1.0)),
                List.of(transformer(1, 2, 0, 0.1, tap, shiftDeg)));
    }

    /**
     * Bus 1 (reference) feeds a 50 MW load at bus 2 over a line (x = 0.1) in parallel with a phase shifter
     * (x = 0.1, {@code shiftDeg}).
     */
    public static Grid phaseShifterPair(double shiftDeg) {
        return new Grid("pst", BASE_MVA,
                List.of(bus(1, BusType.REF, 0, 0), bus(2, BusType.PQ, 50, 0)),
                List.of(gen(1, 50, 200, 1.0)),
                List.of(line(1, 2, 0, 0.1, 0, 0), transformer(1, 2, 0, 0.1, 0, shiftDeg)));
    }

    /**
     * Six buses with a bit of everything: a PV bus, a negative load (embedded generation), a Gs-only shunt and
     * a Bs shunt, two generators at one bus (one out of service), parallel lines 1-2, an out-of-service branch
     * 3-4, a transformer 3-5 (138/69 kV) with tap 0.95 and RATE_A/B/C, and an isolated 69 kV bus 6 fed by a line from 5.
     */
    public static Grid mixed() {
        return new Grid("mixed", BASE_MVA,
                List.of(bus(1, BusType.REF, 0, 0),
                        bus(2, BusType.PV, 40, 10),
                        busWithShunt(3, BusType.PQ, 60, 2, 0),
                        busWithShunt(4, BusType.PQ, -15, 0, 19),
                        new Bus(5, BusType.PQ, 30, 5, 0, 0, 1, 1.0, 0, 69, 1, 1.05, 0.95),
                        new Bus(6, BusType.ISOLATED, 7, 1, 0, 0, 1, 1.0, 0, 69, 1, 1.05, 0.95)),
                List.of(gen(1, 60, 200, 1.02), gen(2, 50, 80, 1.01), gen(2, 0, 30, 1.01).withInService(false),
                        gen(4, 5, 10, 1.0)),
                List.of(line(1, 2, 0.01, 0.06, 0.03, 120),
                        line(1, 2, 0.01, 0.06, 0.03, 120),
                        line(2, 3, 0.02, 0.12, 0.02, 0),
                        line(3, 4, 0.02, 0.10, 0.01, 80).withInService(false),
                        line(1, 4, 0.03, 0.15, 0.02, 60),
                        new Branch(3, 5, 0.005, 0.08, 0, 90, 100, 110, 0.95, 0, true, -360, 360),
                        line(5, 6, 0.02, 0.1, 0, 0)));
    }
}

package org.fairshed.grid.model;

/**
 * A bus as MATPOWER describes it (powers in MW/MVAr, voltages in p.u., angles in degrees).
 *
 * @param number  external bus number (MATPOWER BUS_I), unique in a grid
 * @param name    name from {@code mpc.bus_name}, or null
 * @param x       optional longitude-like coordinate (synthetic grids), NaN when unknown
 * @param y       optional latitude-like coordinate, NaN when unknown
 */
public record Bus(int number, BusType type, double pdMw, double qdMvar, double gsMw, double bsMvar,
                  int area, double vmPu, double vaDeg, double baseKv, int zone, double vmaxPu, double vminPu,
                  String name, double x, double y) {

    public Bus {
        if (type == null) {
            throw new IllegalArgumentException("bus " + number + ": type must not be null");
        }
    }

    /** A bus without name or coordinates. */
    public Bus(int number, BusType type, double pdMw, double qdMvar, double gsMw, double bsMvar,
               int area, double vmPu, double vaDeg, double baseKv, int zone, double vmaxPu, double vminPu) {
        this(number, type, pdMw, qdMvar, gsMw, bsMvar, area, vmPu, vaDeg, baseKv, zone, vmaxPu, vminPu,
                null, Double.NaN, Double.NaN);
    }

    public boolean isIsolated() {
        return type == BusType.ISOLATED;
    }

    public Bus withType(BusType newType) {
        return new Bus(number, newType, pdMw, qdMvar, gsMw, bsMvar, area, vmPu, vaDeg, baseKv, zone, vmaxPu, vminPu, name, x, y);
    }

    public Bus withLoad(double newPdMw, double newQdMvar) {
        return new Bus(number, type, newPdMw, newQdMvar, gsMw, bsMvar, area, vmPu, vaDeg, baseKv, zone, vmaxPu, vminPu, name, x, y);
    }
}

package org.fairshed.grid.model;

/** MATPOWER bus types (column BUS_TYPE): 1 PQ, 2 PV, 3 reference, 4 isolated. */
public enum BusType {
    PQ(1), PV(2), REF(3), ISOLATED(4);

    private final int code;

    BusType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException when the code is not 1..4 */
    public static BusType ofCode(int code) {
        for (BusType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("bus type must be 1 (PQ), 2 (PV), 3 (reference) or 4 (isolated), got " + code);
    }
}

package org.fairshed.grid.damage;

import java.util.List;

/**
 * Multiplies the Pmax of the listed generators (1-based {@code mpc.gen} rows) by {@code factor}, from 0 (the unit
 * gives nothing) to {@link #MAX_FACTOR} (unchanged): damage only takes capacity away.
 */
public record Derate(List<Integer> generators, double factor) {

    /** Largest derate factor: 1, the unit as the case has it (an uprate is not damage). */
    public static final double MAX_FACTOR = 1;

    public Derate {
        generators = List.copyOf(generators);
        if (!(factor >= 0 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("derate factor must be between 0 and 1, got " + factor);
        }
    }
}

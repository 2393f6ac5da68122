package org.fairshed.grid.damage;

import java.util.List;

/**
 * Multiplies the Pmax of the listed generators (1-based {@code mpc.gen} rows) by {@code factor} (0..1).
 */
public record Derate(List<Integer> generators, double factor) {

    public Derate {
        generators = List.copyOf(generators);
        if (!(factor >= 0 && factor <= 1)) {
            throw new IllegalArgumentException("derate factor must be between 0 and 1, got " + factor);
        }
    }
}

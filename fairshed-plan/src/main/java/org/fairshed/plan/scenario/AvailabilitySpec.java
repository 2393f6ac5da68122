package org.fairshed.plan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's {@code availability} field, unresolved: slot-varying factors (0..1) multiplying generator Pmax
 * (after derates). A generator's own profile replaces its fuel's profile.
 *
 * @param fuel       fuel name as in the case's {@code mpc.genfuel} (matched ignoring case) → profile
 * @param generators 1-based {@code mpc.gen} row → profile
 */
public record AvailabilitySpec(Map<String, SlotProfile> fuel, Map<Integer, SlotProfile> generators) {

    /** Absent field: every generator fully available in every slot. */
    public static final AvailabilitySpec NONE = new AvailabilitySpec(Map.of(), Map.of());

    public AvailabilitySpec {
        fuel = Collections.unmodifiableMap(new LinkedHashMap<>(fuel));
        generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
    }

    public boolean isEmpty() {
        return fuel.isEmpty() && generators.isEmpty();
    }
}

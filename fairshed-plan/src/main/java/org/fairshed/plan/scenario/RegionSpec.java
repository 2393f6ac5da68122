package org.fairshed.plan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's {@code regions} field, unresolved.
 *
 * @param kind     how regions are formed
 * @param explicit for {@link Kind#EXPLICIT}: region name → bus numbers, in the file's order (empty otherwise)
 */
public record RegionSpec(Kind kind, Map<String, List<Integer>> explicit) {

    /** Absent field: areas when the case has several, else zones when several, else every load bus. */
    public static final RegionSpec DEFAULT = new RegionSpec(Kind.DEFAULT, Map.of());

    /** How regions are formed. */
    public enum Kind {
        /** The case's areas when several, else its zones when several, else every load bus. */
        DEFAULT,
        /** One region per bus area (BUS_AREA), named by the area number. */
        AREAS,
        /** One region per loss zone (ZONE), named by the zone number. */
        ZONES,
        /** One region per bus with positive load, named by the bus number. */
        BUSES,
        /** The scenario lists the buses of each region. */
        EXPLICIT
    }

    public RegionSpec {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        explicit.forEach((name, buses) -> copy.put(name, List.copyOf(buses)));
        explicit = Collections.unmodifiableMap(copy);
    }
}

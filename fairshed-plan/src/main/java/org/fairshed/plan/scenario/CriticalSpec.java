package org.fairshed.plan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's {@code critical} field, unresolved: the share (0..1) of each bus's positive load that is critical.
 * Precedence: bus &gt; region &gt; default.
 *
 * @param defaultShare share of every bus not otherwise listed
 * @param regions      region name → share
 * @param buses        bus number → share
 */
public record CriticalSpec(double defaultShare, Map<String, Double> regions, Map<Integer, Double> buses) {

    /** Absent field: no critical load. */
    public static final CriticalSpec NONE = new CriticalSpec(0, Map.of(), Map.of());

    public CriticalSpec {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        buses = Collections.unmodifiableMap(new LinkedHashMap<>(buses));
    }
}

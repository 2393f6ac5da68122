package org.fairshed.plan.scenario;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fairshed.grid.damage.Damage;

/**
 * A scenario file as written: nothing resolved against a network yet (see {@link PlanInputFactory}).
 * The format is described in {@code docs/scenario-format.md}.
 *
 * @param source       file name used in error messages
 * @param name         scenario name (the file name without {@code .json} when the file gives none)
 * @param description  free text, or null
 * @param network      file name of the case, e.g. {@code case118.m}
 * @param start        local date-time of slot 0
 * @param slotMinutes  slot length (minutes, &gt; 0)
 * @param slots        number of slots (&gt; 0)
 * @param areaLoadMw   area number → positive-load total per slot (MW); empty when absent
 * @param loadScale    factor per slot multiplying every bus Pd (negative ones too), or null when absent
 * @param damage       outages and derates
 * @param regions      how buses form regions
 * @param critical     critical shares
 * @param fairness     fairness settings
 * @param ramps        ramp limits, or null when no ramp limits link the slots
 * @param availability slot-varying generator availability
 * @param lossShare    network losses supplied on top of the served load, as a share of it (0 when absent)
 */
public record Scenario(String source, String name, String description, String network, LocalDateTime start,
                       int slotMinutes, int slots, Map<Integer, SlotProfile> areaLoadMw, SlotProfile loadScale,
                       Damage damage, RegionSpec regions, CriticalSpec critical, FairnessSpec fairness, RampSpec ramps,
                       AvailabilitySpec availability, double lossShare) {

    public Scenario {
        areaLoadMw = Collections.unmodifiableMap(new LinkedHashMap<>(areaLoadMw));
    }

    /** Length of the horizon in hours. */
    public double horizonHours() {
        return slots * slotMinutes / 60.0;
    }
}

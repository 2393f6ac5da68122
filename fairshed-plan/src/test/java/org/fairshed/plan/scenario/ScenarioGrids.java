package org.fairshed.plan.scenario;

import java.util.List;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;

/** Tiny networks for scenario resolution tests, and a builder of scenario JSON around them. */
final class ScenarioGrids {

    static final String SOURCE = "tiny.json";

    private ScenarioGrids() {
    }

    /**
     * Four buses in two areas (zone = area): bus 1 (area 1, no load), bus 2 (area 1, 50 MW), bus 3 (area 2, 100 MW),
     * bus 4 (area 2, -20 MW embedded generation). Generators (rows): 1 coal at bus 1, 100 MW, RAMP_AGC 2 MW/min;
     * 2 solar at bus 3, 50 MW, RAMP_30 30 MW; 3 wind at bus 3, 40 MW, RAMP_10 5 MW; 4 solar at bus 2, 10 MW, no ramps.
     */
    static Grid twoAreas() {
        return new Grid("two-areas", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 50, 1),
                        TinyGrids.bus(3, BusType.PQ, 100, 2), TinyGrids.bus(4, BusType.PQ, -20, 2)),
                List.of(gen(1, 100, 2, Double.NaN, Double.NaN, "coal"), gen(3, 50, 0, 0, 30, "solar"),
                        gen(3, 40, Double.NaN, 5, 0, "wind"), gen(2, 10, Double.NaN, Double.NaN, Double.NaN, "solar")),
                List.of(TinyGrids.line(1, 2, 0.1, 200), TinyGrids.line(2, 3, 0.1, 200), TinyGrids.line(3, 4, 0.1, 200)));
    }

    /** Three buses in one area but two loss zones: bus 1 (zone 7, 10 MW), bus 2 (zone 7, 0 MW), bus 3 (zone 9, 30 MW). */
    static Grid oneAreaTwoZones() {
        return new Grid("zones", 100,
                List.of(zoned(1, BusType.REF, 10, 7), zoned(2, BusType.PQ, 0, 7), zoned(3, BusType.PQ, 30, 9)),
                List.of(TinyGrids.gen(1, 100, 10)),
                List.of(TinyGrids.line(1, 2, 0.1, 100), TinyGrids.line(2, 3, 0.1, 100)));
    }

    private static Bus zoned(int n, BusType type, double pd, int zone) {
        return new Bus(n, type, pd, 0, 0, 0, 1, 1, 0, 110, zone, 1.1, 0.9);
    }

    private static Generator gen(int bus, double pmax, double rampAgc, double ramp10, double ramp30, String fuel) {
        return new Generator(bus, 0, 0, 300, -300, 1, 100, true, pmax, 0, rampAgc, ramp10, ramp30, GenCost.ZERO, fuel, null);
    }

    /** A two-slot hourly scenario on {@code network} with the given extra top-level fields (JSON members, no braces). */
    static Scenario scenario(String extraFields) {
        return ScenarioReader.parse(json(extraFields), SOURCE);
    }

    static String json(String extraFields) {
        return "{\"network\": \"two-areas.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 60, \"slots\": 2"
                + (extraFields.isBlank() ? "" : ", " + extraFields) + "}";
    }
}

package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;

/** Reads the optional extension fields of a scenario: regions, critical, fairness, ramps, availability. */
final class ExtensionReader {

    private static final List<String> CRITICAL_FIELDS = List.of("default", "regions", "buses");
    private static final List<String> FAIRNESS_FIELDS = List.of("mode", "priceOfFairness", "cumulative", "history");
    private static final List<String> HISTORY_FIELDS = List.of("days", "shedMwh", "loadMwh");
    private static final List<String> RAMP_FIELDS = List.of("source", "mwPerMinute", "defaultMwPerMinute");
    private static final List<String> AVAILABILITY_FIELDS = List.of("fuel", "generators");
    private static final List<String> REGION_KINDS = List.of("areas", "zones", "buses");
    private static final String CASE = "case";
    /** Most past days a fairness history may cover (ten years). */
    static final double MAX_HISTORY_DAYS = 3660;
    /** Largest energy of a history entry (MWh): the largest power over the longest history. */
    static final double MAX_HISTORY_MWH = Limits.MAX_POWER_MW * 24 * MAX_HISTORY_DAYS;

    private final JsonFields f;
    private final int slots;

    ExtensionReader(JsonFields f, int slots) {
        this.f = f;
        this.slots = slots;
    }

    RegionSpec regions(JsonNode node) {
        if (JsonFields.absent(node)) {
            return RegionSpec.DEFAULT;
        }
        f.map(node, "regions", "region names to lists of bus numbers, or {\"by\": \"areas\"|\"zones\"|\"buses\"}");
        if (node.has("by")) {
            f.object(node, "regions", List.of("by"));
            String by = f.text(node.get("by"), "regions.by");
            return switch (by) {
                case "areas" -> new RegionSpec(RegionSpec.Kind.AREAS, Map.of());
                case "zones" -> new RegionSpec(RegionSpec.Kind.ZONES, Map.of());
                case "buses" -> new RegionSpec(RegionSpec.Kind.BUSES, Map.of());
                default -> throw f.error("regions.by", "must be \"areas\", \"zones\" or \"buses\", got \"" + by + "\""
                        + JsonFields.hint(by, REGION_KINDS));
            };
        }
        if (node.isEmpty()) {
            throw f.error("regions", "must name at least one region");
        }
        if (node.size() > Limits.MAX_REGIONS) {
            throw f.error("regions", "names " + node.size() + " regions; at most " + Limits.MAX_REGIONS + " are accepted");
        }
        Map<String, List<Integer>> explicit = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(node)) {
            String path = JsonFields.key("regions", e.getKey());
            if (e.getKey().isBlank()) {
                throw f.error(path, "is a region without a name; name every region");
            }
            explicit.put(e.getKey(), busList(e.getValue(), path));
        }
        return new RegionSpec(RegionSpec.Kind.EXPLICIT, explicit);
    }

    private List<Integer> busList(JsonNode node, String path) {
        if (!node.isArray() || node.isEmpty()) {
            throw f.error(path, "must be a non-empty list of bus numbers, got " + JsonFields.describe(node));
        }
        f.list(node, path, Limits.MAX_BUSES);
        List<Integer> buses = new ArrayList<>(node.size());
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            int bus = f.intIn(node.get(i), JsonFields.index(path, i), 1, Integer.MAX_VALUE);
            Integer before = seen.put(bus, i);
            if (before != null) {
                throw f.error(JsonFields.index(path, i), "repeats bus " + bus + " (already at position " + before + ")");
            }
            buses.add(bus);
        }
        return buses;
    }

    CriticalSpec critical(JsonNode node) {
        if (JsonFields.absent(node)) {
            return CriticalSpec.NONE;
        }
        f.object(node, "critical", CRITICAL_FIELDS);
        double share = JsonFields.absent(node.path("default")) ? 0 : f.share(node.get("default"), "critical.default");
        Map<String, Double> regions = new LinkedHashMap<>();
        JsonNode r = node.path("regions");
        if (!JsonFields.absent(r)) {
            f.map(r, "critical.regions", "region names to shares");
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(r)) {
                regions.put(e.getKey(), f.share(e.getValue(), JsonFields.key("critical.regions", e.getKey())));
            }
        }
        Map<Integer, Double> buses = new LinkedHashMap<>();
        JsonNode b = node.path("buses");
        if (!JsonFields.absent(b)) {
            f.map(b, "critical.buses", "bus numbers to shares");
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(b)) {
                String path = JsonFields.key("critical.buses", e.getKey());
                int bus = f.wholeNumber(e.getKey(), path, "bus number", 1, Integer.MAX_VALUE);
                if (buses.put(bus, f.share(e.getValue(), path)) != null) {
                    throw f.error(path, "names bus " + bus + " a second time (written another way)");
                }
            }
        }
        return new CriticalSpec(share, regions, buses);
    }

    FairnessSpec fairness(JsonNode node) {
        if (JsonFields.absent(node)) {
            return FairnessSpec.DEFAULT;
        }
        if (node.isTextual()) {
            return new FairnessSpec(mode(node, "fairness"), FairnessSettings.DEFAULT_PRICE_OF_FAIRNESS, null, null);
        }
        if (!node.isObject()) {
            throw f.error("fairness", "must be \"fair\", \"min-shed\" or an object {mode, priceOfFairness, cumulative, "
                    + "history}, got " + JsonFields.describe(node));
        }
        f.object(node, "fairness", FAIRNESS_FIELDS);
        FairnessMode mode = JsonFields.absent(node.path("mode")) ? FairnessMode.FAIR : mode(node.get("mode"), "fairness.mode");
        double price = JsonFields.absent(node.path("priceOfFairness")) ? FairnessSettings.DEFAULT_PRICE_OF_FAIRNESS
                : f.share(node.get("priceOfFairness"), "fairness.priceOfFairness");
        Boolean cumulative = JsonFields.absent(node.path("cumulative")) ? null
                : f.bool(node.get("cumulative"), "fairness.cumulative");
        FairnessSpec.History history = JsonFields.absent(node.path("history")) ? null : history(node.get("history"));
        return new FairnessSpec(mode, price, cumulative, history);
    }

    private FairnessMode mode(JsonNode node, String path) {
        String text = f.text(node, path);
        for (FairnessMode m : FairnessMode.values()) {
            if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw f.error(path, "must be \"min-shed\" or \"fair\", got \"" + text + "\""
                + JsonFields.hint(text, List.of("min-shed", "fair")));
    }

    private FairnessSpec.History history(JsonNode node) {
        String path = "fairness.history";
        f.object(node, path, HISTORY_FIELDS);
        boolean hasDays = !JsonFields.absent(node.path("days"));
        boolean hasLoad = !JsonFields.absent(node.path("loadMwh"));
        if (hasDays == hasLoad) {
            throw f.error(path, "needs exactly one of \"days\" (past load estimated from this plan) or \"loadMwh\" "
                    + "(past load per region)");
        }
        if (JsonFields.absent(node.path("shedMwh"))) {
            throw f.error(path + ".shedMwh", "is required: the energy each region already lost (MWh)");
        }
        Double days = hasDays ? f.positive(node.get("days"), path + ".days") : null;
        if (days != null && days > MAX_HISTORY_DAYS) {
            throw f.error(path + ".days", "is " + node.get("days") + "; a history covers at most " + (int) MAX_HISTORY_DAYS
                    + " days");
        }
        Map<String, Double> shed = energyMap(node.get("shedMwh"), path + ".shedMwh");
        Map<String, Double> load = hasLoad ? energyMap(node.get("loadMwh"), path + ".loadMwh") : null;
        return new FairnessSpec.History(days, shed, load);
    }

    private Map<String, Double> energyMap(JsonNode node, String path) {
        f.map(node, path, "region names to energy (MWh)");
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : JsonFields.entries(node)) {
            out.put(e.getKey(), f.numberIn(e.getValue(), JsonFields.key(path, e.getKey()), 0, MAX_HISTORY_MWH));
        }
        return out;
    }

    RampSpec ramps(JsonNode node) {
        if (JsonFields.absent(node)) {
            return null;
        }
        if (node.isTextual()) {
            if (!CASE.equals(node.asText())) {
                throw f.error("ramps", "must be \"case\", {\"mwPerMinute\": N} or {\"source\": \"case\", "
                        + "\"defaultMwPerMinute\": N}, got \"" + node.asText() + "\"");
            }
            return RampSpec.CASE;
        }
        f.object(node, "ramps", RAMP_FIELDS);
        boolean fromCase = !JsonFields.absent(node.path("source"));
        if (fromCase && !CASE.equals(f.text(node.get("source"), "ramps.source"))) {
            throw f.error("ramps.source", "must be \"case\", got \"" + node.get("source").asText() + "\"");
        }
        if (fromCase) {
            if (node.has("mwPerMinute")) {
                throw f.error("ramps.mwPerMinute", "applies to every generator; with \"source\": \"case\" write "
                        + "\"defaultMwPerMinute\" for generators the case gives no ramp");
            }
            double rate = JsonFields.absent(node.path("defaultMwPerMinute")) ? Double.NaN
                    : rampRate(node.get("defaultMwPerMinute"), "ramps.defaultMwPerMinute");
            return new RampSpec(true, rate);
        }
        if (node.has("defaultMwPerMinute")) {
            throw f.error("ramps.defaultMwPerMinute", "needs \"source\": \"case\"; for one rate for every generator "
                    + "write \"mwPerMinute\"");
        }
        if (JsonFields.absent(node.path("mwPerMinute"))) {
            throw f.error("ramps", "needs \"mwPerMinute\" or \"source\": \"case\"");
        }
        return new RampSpec(false, rampRate(node.get("mwPerMinute"), "ramps.mwPerMinute"));
    }

    private double rampRate(JsonNode node, String path) {
        double rate = f.positive(node, path);
        if (rate > Limits.MAX_POWER_MW) {
            throw f.error(path, "is " + node + " MW per minute; at most " + (long) Limits.MAX_POWER_MW + " is accepted");
        }
        return rate;
    }

    AvailabilitySpec availability(JsonNode node) {
        if (JsonFields.absent(node)) {
            return AvailabilitySpec.NONE;
        }
        f.object(node, "availability", AVAILABILITY_FIELDS);
        Map<String, SlotProfile> fuel = new LinkedHashMap<>();
        JsonNode fu = node.path("fuel");
        if (!JsonFields.absent(fu)) {
            f.map(fu, "availability.fuel", "fuel names to one factor per slot");
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(fu)) {
                fuel.put(e.getKey(), SlotProfile.read(f, e.getValue(), JsonFields.key("availability.fuel", e.getKey()), slots,
                        SlotProfile.Kind.SHARE));
            }
        }
        Map<Integer, SlotProfile> gens = new LinkedHashMap<>();
        JsonNode g = node.path("generators");
        if (!JsonFields.absent(g)) {
            f.map(g, "availability.generators", "generator rows (1-based) to one factor per slot");
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(g)) {
                String path = JsonFields.key("availability.generators", e.getKey());
                int row = f.wholeNumber(e.getKey(), path, "generator row", 1, Integer.MAX_VALUE);
                if (gens.put(row, SlotProfile.read(f, e.getValue(), path, slots, SlotProfile.Kind.SHARE)) != null) {
                    throw f.error(path, "names generator row " + row + " a second time (written another way)");
                }
            }
        }
        return new AvailabilitySpec(fuel, gens);
    }
}

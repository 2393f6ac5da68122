package org.fairshed.server.operator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonFields;
import org.fairshed.job.JobRequest;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.Scenario;

/**
 * An upload checked against its network: the scenario to plan (for a damage update, the re-plan's), resolved into the
 * plan input, and the store regions it may draft (plan region → store region). Made at submission, so a refused upload
 * is refused before anything is stored, and again by the worker from the stored upload (a restart re-runs queued jobs).
 */
record Prepared(String kind, NetworkCatalog.Known network, Scenario scenario, LocalDateTime planAt, PlanInput input,
                Map<String, String> regions) {

    List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        LocalDateTime end = input.start().plusMinutes((long) input.slotCount() * input.slotMinutes() - 1);
        for (LocalDate d = input.start().toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /**
     * Checks an upload.
     *
     * @param now       the local moment a damage update without {@code at} is made at
     * @param base      the current day's scenario of a network, for a damage update
     * @param wanted    the store regions asked for, or empty for every region the network maps
     * @param storeRegions the store's region codes
     */
    static Prepared of(Upload upload, NetworkCatalog catalog, LocalDateTime now, BaseDay base, List<String> wanted,
                       Set<String> storeRegions) {
        NetworkCatalog.Known network = catalog.find(upload.network()).orElseThrow(() -> InputException.atField(
                Upload.SOURCE, "network", "names the network '" + clip(upload.network()) + "', which this server does "
                        + "not know" + JsonFields.hint(upload.network(), catalog.names())));
        Scenario scenario;
        LocalDateTime at = null;
        String kind;
        if (upload instanceof Upload.DamageUpload d) {
            at = d.at() == null ? now : d.at();
            Scenario day = base.of(network, at.toLocalDate());
            scenario = Replans.from(day, d.damage(), at);
            kind = FlowJob.DAMAGE_UPDATE;
        } else {
            scenario = ((Upload.ScenarioUpload) upload).scenario();
            kind = FlowJob.SCENARIO;
        }
        PlanInput input = switch (network.network()) {
            case JobRequest.Network.InMemory m -> PlanInputFactory.create(scenario, m.grid());
            case JobRequest.Network.File f -> PlanInputFactory.create(scenario, f.path());
        };
        Map<String, String> regions = new TreeMap<>();
        for (String planRegion : input.regions().names()) {
            String code = network.storeRegion(planRegion, storeRegions);
            if (code != null && (wanted.isEmpty() || wanted.contains(code))) {
                regions.put(planRegion, code);
            }
        }
        for (String w : wanted) {
            if (!regions.containsValue(w)) {
                throw InputException.atField("query", "regions", "names region '" + clip(w) + "', which the plan of "
                        + network.name() + " does not draft (its regions map to " + JsonFields.sample(
                        network.regionMap() == null ? input.regions().names() : network.regionMap().values()) + ")");
            }
        }
        if (regions.isEmpty()) {
            throw InputException.atField(Upload.SOURCE, "network", "the plan of " + network.name() + " has no region "
                    + "the store knows, so it would draft nothing");
        }
        return new Prepared(kind, network, scenario, at, input, regions);
    }

    /** The current day's scenario of a network (for a damage update). */
    @FunctionalInterface
    interface BaseDay {
        Scenario of(NetworkCatalog.Known network, LocalDate day);
    }

    static String clip(String s) {
        return s == null ? "null" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

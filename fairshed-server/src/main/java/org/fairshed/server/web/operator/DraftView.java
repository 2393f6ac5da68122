package org.fairshed.server.web.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.operator.FlowDraft;
import org.fairshed.server.state.RegionState;
import org.fairshed.store.model.RevisionDraft;

/**
 * A draft's preview page: the flow's diff (totals, per region the groups and half-hours changed, addresses and MW
 * affected, fairness before and after), the plan's slot statuses and AC check, the deficit of the shown region and day
 * and its heat map beside the published one with the changed cells marked, and the publish form.
 */
final class DraftView {

    private final ApiContext api;
    private final DashBuilder builder;
    private final DashText t;

    DraftView(ApiContext api, DashBuilder builder, DashText t) {
        this.api = api;
        this.builder = builder;
        this.t = t;
    }

    DashModel.DraftPage page(DashModel.Frame frame, FlowDraft d, List<RevisionDraft> content, JsonNode preview,
                             String askedRegion, String askedDay) {
        Map<String, JsonNode> previewByRegion = new LinkedHashMap<>();
        preview.path("regions").forEach(r -> previewByRegion.put(r.path("region").asText(), r));
        Map<String, List<RegionDay>> draftDays = new LinkedHashMap<>();
        content.forEach(r -> draftDays.put(r.region(), RegionDay.of(r)));
        List<DashModel.RegionPreview> regions = new ArrayList<>();
        List<DashModel.Option> links = new ArrayList<>();
        String shown = null;
        for (String code : d.regions()) {
            RegionState s = api.states().region(code).orElse(null);
            String name = s == null ? code : DashBuilder.name(s, t);
            JsonNode p = previewByRegion.get(code);
            if (p == null) {
                continue;
            }
            List<DashModel.Stat> stats = List.of(
                    new DashModel.Stat(t.t("diff.groups"), p.path("groupsChanged").size() + (p.path("groupsChanged")
                            .isEmpty() ? "" : " (" + String.join(", ", texts(p.path("groupsChanged"))) + ")")),
                    new DashModel.Stat(t.t("diff.halfHours"), p.path("halfHoursChanged").asText()),
                    new DashModel.Stat(t.t("diff.addresses"), p.path("addressesAffected").asText()),
                    new DashModel.Stat(t.t("diff.mw"), t.mw(p.path("mwAffectedPeak").asDouble()) + " " + t.t("chart.mw")
                            + " · " + t.mw(p.path("mwhChanged").asDouble()) + " " + t.t("unit.mwh")),
                    new DashModel.Stat(t.t("diff.fairness"), fairness(p.path("fairnessBefore")) + " → "
                            + fairness(p.path("fairnessAfter"))));
            List<String> changes = new ArrayList<>();
            for (JsonNode c : p.path("changes")) {
                if (changes.size() == 12) {
                    changes.add(t.t("diff.more", p.path("changes").size() - 12));
                    break;
                }
                changes.add(t.t("diff.change", c.path("group").asText(), t.date(LocalDate.parse(c.path("day").asText())),
                        minute(c.path("start").asInt()), minute(c.path("end").asInt()),
                        t.minuteState(c.path("before").asText()), t.minuteState(c.path("after").asText())));
            }
            regions.add(new DashModel.RegionPreview(code, name, stats, changes));
            links.add(new DashModel.Option(code, name));
            if (code.equals(askedRegion) || shown == null && p.path("halfHoursChanged").asInt() > 0) {
                shown = code;
            }
        }
        if (shown == null && !links.isEmpty()) {
            shown = links.get(0).value();
        }
        List<RegionDay> days = shown == null ? List.of() : draftDays.getOrDefault(shown, List.of());
        List<DashModel.Option> dayOptions = days.stream().map(x -> new DashModel.Option(x.day().toString(),
                t.date(x.day()))).toList();
        RegionDay day = days.stream().filter(x -> x.day().toString().equals(askedDay)).findFirst()
                .orElse(days.isEmpty() ? null : days.get(0));
        DashModel.Chart chart = null;
        DashModel.Heat heat = null;
        if (day != null) {
            RegionState s = api.states().region(shown).orElse(null);
            String name = s == null ? shown : DashBuilder.name(s, t);
            chart = DashBuilder.chart(t.t("chart.draftHeading", name, t.date(day.day())), day, t);
            RegionDay published = s == null ? null : DashBuilder.day(builder.published(s), day.day());
            Set<String> changed = DashBuilder.changed(previewByRegion.get(shown), day.day());
            heat = DashBuilder.heat(t.t("heat.heading", name, t.date(day.day())), day, published, changed, t);
        }
        GridMap map = builder.map();
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        LocalDate first = days.isEmpty() ? null : (day == null ? days.get(0) : day).day();
        draftDays.forEach((code, list) -> list.stream().filter(x -> x.day().equals(first)).findFirst()
                .ifPresent(x -> share.put(code, x.shareShed())));
        api.states().all().forEach(s -> names.put(s.code(), DashBuilder.name(s, t)));
        List<GridMap.Mark> marks = DashBuilder.marks(preview, map, names, t);
        List<String> binding = marks.stream().filter(GridMap.Mark::binding).map(GridMap.Mark::title).toList();
        long overloads = marks.stream().filter(x -> !x.binding()).count();
        boolean kept = preview.path("plan").has("binding");
        String svg = map == null ? null : map.svg(share, marks, names, t);
        String note = map == null ? t.t("map.none") : t.t(kept ? "map.draftNote" : "map.draftNoteNoBinding",
                binding.size(), overloads);
        return new DashModel.DraftPage(frame, d, t.t("draft.heading", d.id(), d.jobId()), totals(preview),
                texts(preview.path("warnings")), preview.path("refusal").isNull() ? null
                : preview.path("refusal").asText(null), regions, links, shown == null ? "" : shown, dayOptions,
                day == null ? "" : day.day().toString(), chart, heat, svg, note, binding, overloads > 0,
                plan(preview.path("plan")), slots(preview.path("plan")), ac(preview.path("plan")),
                preview.path("plan").path("acSummary").path("concernSlots").size(), preview.path("basedOn").asText(d.basedOn()));
    }

    private List<DashModel.Stat> totals(JsonNode p) {
        JsonNode x = p.path("totals");
        return List.of(new DashModel.Stat(t.t("diff.groups"), x.path("groupsChanged").asText()),
                new DashModel.Stat(t.t("diff.halfHours"), x.path("halfHoursChanged").asText()),
                new DashModel.Stat(t.t("diff.addresses"), x.path("addressesAffected").asText()),
                new DashModel.Stat(t.t("diff.mw"), t.mw(x.path("mwAffectedPeak").asDouble()) + " " + t.t("chart.mw")),
                new DashModel.Stat(t.t("diff.publishable"), t.t(p.path("publishable").asBoolean() ? "yes" : "no")));
    }

    private List<DashModel.Stat> plan(JsonNode plan) {
        JsonNode ac = plan.path("acSummary");
        return List.of(new DashModel.Stat(t.t("plan.status"), plan.path("status").asText()),
                new DashModel.Stat(t.t("plan.slots"), plan.path("slots").asText() + " × " + plan.path("slotMinutes")
                        .asText() + " min"),
                new DashModel.Stat(t.t("plan.ac"), ac.path("minVoltagePu").isNumber()
                        ? t.t("plan.acSummary", ac.path("checked").asInt(), ac.path("converged").asInt(),
                        ac.path("withOverloads").asInt(), ac.path("minVoltagePu").asText(),
                        ac.path("maxVoltagePu").asText(), ac.path("concernSlots").size())
                        : t.t("plan.acSummaryNoVoltage", ac.path("checked").asInt(), ac.path("converged").asInt(),
                        ac.path("withOverloads").asInt(), ac.path("concernSlots").size())));
    }

    private List<String> slots(JsonNode plan) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : plan.path("notOptimal")) {
            out.add(t.t("plan.slot", n.path("slot").asInt(), t.local(n.path("start").asText()),
                    n.path("status").asText(),
                    t.t(n.path("usable").asBoolean() ? "yes" : "no"), n.path("message").asText()));
        }
        return out;
    }

    private List<String> ac(JsonNode plan) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : plan.path("ac")) {
            if (a.path("converged").asBoolean() && a.path("overloads").isEmpty()
                    && a.path("voltageViolations").asInt(0) == 0) {
                continue;
            }
            out.add(t.t("plan.acSlot", a.path("slot").asInt(), t.local(a.path("start").asText()),
                    a.path("status").asText(),
                    a.path("overloads").size(), a.path("voltageViolations").asInt(0)));
        }
        return out;
    }

    private String fairness(JsonNode f) {
        if (f.isMissingNode() || f.isNull()) {
            return "—";
        }
        return t.t("diff.fair", t.mw(f.path("minHours").asDouble()), t.mw(f.path("maxHours").asDouble()),
                t.mw(f.path("spreadHours").asDouble()));
    }

    private static String minute(int m) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}

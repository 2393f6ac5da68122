package org.fairshed.server.web.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.server.state.RegionState;
import org.fairshed.store.Store;
import org.fairshed.store.model.Region;

/** The dashboard's pieces from the store: published days, charts, heat maps, the map. */
final class DashBuilder {

    private final Store store;
    private volatile GridMap map;
    private volatile boolean mapTried;

    DashBuilder(Store store) {
        this.store = store;
    }

    /** The published days of a region (empty when nothing is published). */
    List<RegionDay> published(RegionState s) {
        if (s.published() == null) {
            return List.of();
        }
        return store.revisions().publishedContent(s.code()).map(RegionDay::of).orElse(List.of());
    }

    static RegionDay day(List<RegionDay> days, LocalDate day) {
        return days.stream().filter(d -> d.day().equals(day)).findFirst().orElse(null);
    }

    static DashModel.Chart chart(String heading, RegionDay d, DashText t) {
        List<DashModel.Row> rows = new ArrayList<>();
        for (int h = 0; h < RegionDay.HALF_HOURS; h++) {
            rows.add(new DashModel.Row(Charts.time(h) + "–" + Charts.time(h + 1), t.mw(d.loadMw()[h]),
                    t.mw(Math.max(0, d.loadMw()[h] - d.shedMw()[h])), t.mw(d.shedMw()[h]), t.mw(d.criticalMw()[h]),
                    d.status()[h] == null ? "" : d.status()[h]));
        }
        return new DashModel.Chart(heading, Charts.deficit(d, t), rows);
    }

    /** The map of the demo's synthetic grid (the network whose regions the store holds), null without coordinates. */
    GridMap map() {
        if (!mapTried) {
            synchronized (this) {
                if (!mapTried) {
                    List<Region> regions = store.organisation().regions();
                    if (regions.stream().anyMatch(r -> r.nameEn().contains(
                            org.fairshed.store.synthetic.SyntheticRegistry.LABEL))) {
                        SyntheticGrid g = SyntheticGridFactory.create(SyntheticGridParameters.defaults());
                        Map<Integer, String> byArea = new LinkedHashMap<>();
                        DemoLoader.regionMap(regions, g).forEach((k, v) -> byArea.put(Integer.parseInt(k), v));
                        map = byArea.isEmpty() ? null : GridMap.of(g.grid(), byArea);
                    }
                    mapTried = true;
                }
            }
        }
        return map;
    }

    /** The changed cells of {@code day} in a preview region ({@code group:halfHour}). */
    static Set<String> changed(JsonNode previewRegion, LocalDate day) {
        Set<String> out = new HashSet<>();
        for (JsonNode c : previewRegion.path("changes")) {
            if (!c.path("day").asText().equals(day.toString())) {
                continue;
            }
            int start = c.path("start").asInt();
            int end = c.path("end").asInt();
            for (int h = start / 30; h < RegionDay.HALF_HOURS && h * 30 < end; h++) {
                out.add(c.path("group").asText() + ":" + h);
            }
        }
        return out;
    }

    /**
     * The map's marks of a preview: its DC binding branches, most often bound first ("Line 12–45 (Kyiv – Zhytomyr):
     * bound in 7 of 48 slots, 1,200 MW limit"), then the branches its AC check found overloaded, one mark per branch
     * with the number of slots and the worst loading.
     */
    static List<GridMap.Mark> marks(JsonNode preview, GridMap map, Map<String, String> names, DashText t) {
        List<GridMap.Mark> out = new ArrayList<>();
        JsonNode plan = preview.path("plan");
        int slots = plan.path("slots").asInt();
        for (JsonNode b : plan.path("binding")) {
            int from = b.path("from").asInt();
            int to = b.path("to").asInt();
            out.add(new GridMap.Mark(from, to, true, t.t("map.binding", String.valueOf(from), String.valueOf(to),
                    ends(map, from, to, names), b.path("slotsBound").asInt(), slots, t.mw(b.path("limitMw").asDouble()))));
        }
        Map<String, int[]> overloaded = new LinkedHashMap<>();   // from-to → {from, to, slots}
        Map<String, Double> worst = new LinkedHashMap<>();
        for (JsonNode slot : plan.path("ac")) {
            for (JsonNode o : slot.path("overloads")) {
                String key = o.path("from").asInt() + "-" + o.path("to").asInt();
                overloaded.computeIfAbsent(key, k -> new int[] {o.path("from").asInt(), o.path("to").asInt(), 0})[2]++;
                worst.merge(key, o.path("loadingPercent").asDouble(), Math::max);
            }
        }
        overloaded.forEach((key, v) -> out.add(new GridMap.Mark(v[0], v[1], false, t.t("map.overload",
                String.valueOf(v[0]), String.valueOf(v[1]), ends(map, v[0], v[1], names), v[2],
                t.mw(worst.get(key))))));
        return out;
    }

    /** " (Kyiv – Zhytomyr)", " (Kyiv)" when both ends are in one region, "" when the map does not know them. */
    private static String ends(GridMap map, int from, int to, Map<String, String> names) {
        String a = map == null ? null : map.regionOf(from);
        String b = map == null ? null : map.regionOf(to);
        if (a == null || b == null) {
            return "";
        }
        String na = GridMap.shortName(names.getOrDefault(a, a));
        return " (" + (a.equals(b) ? na : na + " – " + GridMap.shortName(names.getOrDefault(b, b))) + ")";
    }

    static DashModel.Heat heat(String heading, RegionDay draft, RegionDay published, Set<String> changed, DashText t) {
        String d = draft == null ? null : Charts.heat(draft, changed, t.t("heat.draftLabel", heading), t);
        String p = published == null ? null : Charts.heat(published, changed, t.t("heat.publishedLabel", heading), t);
        return new DashModel.Heat(heading, d, p, changed.size());
    }

    static String name(RegionState s, DashText t) {
        return t.lang() == org.fairshed.server.web.Lang.UK ? s.region().nameUk() : s.region().nameEn();
    }
}

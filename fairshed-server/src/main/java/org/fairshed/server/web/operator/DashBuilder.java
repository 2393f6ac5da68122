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

    /** The AC check's overloaded branches of a preview ({@code from-to}). */
    static Set<String> overloads(JsonNode preview) {
        Set<String> out = new HashSet<>();
        for (JsonNode slot : preview.path("plan").path("ac")) {
            for (JsonNode o : slot.path("overloads")) {
                out.add(o.path("from").asInt() + "-" + o.path("to").asInt());
            }
        }
        return out;
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

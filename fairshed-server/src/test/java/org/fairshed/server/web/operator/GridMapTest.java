package org.fairshed.server.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.server.web.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map's marks from a preview: binding branches drawn as thick lines with their tooltip (ends, regions, slots
 * bound of all, limit), the AC check's overloads drawn apart (dashed, over the binding line when a branch is both),
 * branches the network does not have left out, and a preview made before binding branches were kept still drawn.
 */
class GridMapTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SyntheticGrid g;
    private static GridMap map;
    private static Branch tie;
    private static Map<String, String> names;

    @BeforeAll
    static void grid() {
        g = SyntheticGridFactory.create(SyntheticGridParameters.defaults());
        Map<Integer, String> byArea = new LinkedHashMap<>();
        names = new LinkedHashMap<>();
        g.regionNames().forEach((area, name) -> {
            byArea.put(area, "r" + area);
            names.put("r" + area, name + " Oblast (synthetic)");
        });
        map = GridMap.of(g.grid(), byArea);
        tie = g.grid().branches().stream().filter(b -> g.grid().bus(b.from()).area() != g.grid().bus(b.to()).area())
                .findFirst().orElseThrow();
    }

    private static JsonNode preview(String plan) {
        try {
            return JSON.readTree("{\"plan\":" + plan + "}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String bindingPlan(int from, int to) {
        return "{\"slots\":48,\"binding\":[{\"branch\":88,\"from\":" + from + ",\"to\":" + to + ",\"limitMw\":1200,"
                + "\"slotsBound\":7,\"maxFlowMw\":1200,\"slots\":[]}],\"ac\":[{\"slot\":3,\"overloads\":[{\"from\":"
                + from + ",\"to\":" + to + ",\"loadingPercent\":112.4}]},{\"slot\":4,\"overloads\":[{\"from\":" + from
                + ",\"to\":" + to + ",\"loadingPercent\":104}]}]}";
    }

    @Test
    void aBindingBranchIsAThickLineWithItsFiguresAndTheOverloadIsDrawnApart() {
        DashText t = new DashText(Lang.EN);
        List<GridMap.Mark> marks = DashBuilder.marks(preview(bindingPlan(tie.from(), tie.to())), map, names, t);
        String a = GridMap.shortName(names.get("r" + g.grid().bus(tie.from()).area()));
        String b = GridMap.shortName(names.get("r" + g.grid().bus(tie.to()).area()));
        assertThat(marks).extracting(GridMap.Mark::binding).containsExactly(true, false);
        assertThat(marks.get(0).title()).isEqualTo("Line " + tie.from() + "–" + tie.to() + " (" + a + " – " + b
                + "): bound in 7 of 48 slots, 1,200 MW limit");
        assertThat(marks.get(1).title()).isEqualTo("Line " + tie.from() + "–" + tie.to() + " (" + a + " – " + b
                + "): overloaded in the AC check in 2 slot(s), up to 112 %");
        String svg = map.svg(Map.of(), marks, names, t);
        int binding = svg.indexOf("<line class=\"binding\"");
        int overload = svg.indexOf("<line class=\"marked\"");
        assertThat(binding).as("the binding line").isPositive();
        assertThat(overload).as("the overload drawn over it").isGreaterThan(binding);
        assertThat(svg.indexOf("<line class=\"casing\"")).as("the casings under both").isBetween(0, binding);
        assertThat(svg).contains("<title>" + marks.get(0).title() + "</title>");
    }

    @Test
    void aBranchWithinOneRegionNamesItOnceAndUkrainianGroupsThousandsWithASpace() {
        Branch inner = g.grid().branches().stream().filter(x -> g.grid().bus(x.from()).area()
                == g.grid().bus(x.to()).area()).findFirst().orElseThrow();
        DashText t = new DashText(Lang.UK);
        List<GridMap.Mark> marks = DashBuilder.marks(preview(bindingPlan(inner.from(), inner.to())), map, names, t);
        String region = GridMap.shortName(names.get("r" + g.grid().bus(inner.from()).area()));
        assertThat(marks.get(0).title()).startsWith("Лінія " + inner.from() + "–" + inner.to() + " (" + region + "):")
                .contains("в 7 з 48 інтервалів").containsPattern("межа 1[\\s\\u00a0\\u202f]200 МВт");
        assertThat(map.svg(Map.of(), marks, names, t)).contains("<line class=\"binding\"");
    }

    @Test
    void aBranchTheNetworkDoesNotHaveIsLeftOutAndAnOldPreviewStillDraws() {
        DashText t = new DashText(Lang.EN);
        List<GridMap.Mark> unknown = DashBuilder.marks(preview(bindingPlan(999_998, 999_999)), map, names, t);
        assertThat(unknown.get(0).title()).isEqualTo("Line 999998–999999: bound in 7 of 48 slots, 1,200 MW limit");
        assertThat(map.svg(Map.of(), unknown, names, t)).doesNotContain("class=\"binding\"")
                .doesNotContain("class=\"casing\"");
        List<GridMap.Mark> old = DashBuilder.marks(preview("{\"slots\":4,\"ac\":[]}"), map, names, t);
        assertThat(old).isEmpty();
        assertThat(map.svg(Map.of(), old, names, t)).contains("class=\"branch\"");
    }
}

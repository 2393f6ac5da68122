package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.TinyProblems;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.SyntheticQuotas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputAndOutputTest {

    private static final double COVER = RotaParameters.COVER_TOLERANCE_MW;

    @Test
    void sharesNotSummingToOneAreNamed() {
        String json = "{\"regions\": {\"5\": {\"groups\": [{\"name\": \"1.1\", \"share\": 0.5}, {\"name\": \"1.2\", \"share\": 0.4}]}}}";
        assertThatThrownBy(() -> GroupConfigReader.parse(json, "groups.json")).isInstanceOf(InputException.class)
                .hasMessageContaining("groups.json").hasMessageContaining("regions[\"5\"].groups").hasMessageContaining("sum to 0.9");
    }

    @Test
    void duplicateGroupsAreNamed() {
        String json = "{\"regions\": {\"5\": {\"groups\": [{\"name\": \"1.1\", \"share\": 0.5}, {\"name\": \"1.1\", \"share\": 0.5}]}}}";
        assertThatThrownBy(() -> GroupConfigReader.parse(json, "groups.json"))
                .hasMessageContaining("regions[\"5\"].groups[1].name").hasMessageContaining("\"1.1\" duplicates");
    }

    @Test
    void overlappingGroupsAreNamed() {
        String twoGroups = "{\"regions\": {\"5\": {\"groups\": [{\"name\": \"1.1\", \"share\": 0.5, \"feeders\": [\"F1\", \"F2\"]},"
                + " {\"name\": \"1.2\", \"share\": 0.5, \"feeders\": [\"F3\", \"F2\"]}]}}}";
        assertThatThrownBy(() -> GroupConfigReader.parse(twoGroups, "groups.json")).isInstanceOf(InputException.class)
                .hasMessageContaining("regions[\"5\"].groups[1].feeders[1]")
                .hasMessageContaining("feeder \"F2\" is already in regions[\"5\"].groups[0].feeders[1]");
        String critical = "{\"regions\": {\"5\": {\"criticalFeeders\": [\"hospital\"], \"groups\": [{\"name\": \"1.1\","
                + " \"share\": 1, \"feeders\": [\"hospital\"]}]}}}";
        assertThatThrownBy(() -> GroupConfigReader.parse(critical, "groups.json"))
                .hasMessageContaining("regions[\"5\"].groups[0].feeders[0]")
                .hasMessageContaining("already in regions[\"5\"].criticalFeeders[0]")
                .hasMessageContaining("critical feeders are never switched");
        GroupConfig ok = GroupConfigReader.parse(twoGroups.replace("[\"F3\", \"F2\"]", "[\"F3\"]"), "groups.json");
        assertThat(ok.groupsFor("5", "groups.json").groups().get(0).feeders()).containsExactly("F1", "F2");
    }

    @Test
    void groupFileValuesAreTypedAndUnknownFieldsNamedWithAHint() {
        String base = "{\"regions\": {\"5\": {\"groups\": [{\"name\": \"1.1\", \"share\": 0.5}, {\"name\": \"1.2\", \"share\": 0.5}]}}}";
        assertThat(GroupConfigReader.parse(base, "groups.json").groupsFor("5", "groups.json").size()).isEqualTo(2);
        refuses(base.replace("0.5}]", "1e400}]"), "regions[\"5\"].groups[1].share", "beyond the range of a double");
        refuses(base.replace("0.5}]", "\"0.5\"}]"), "regions[\"5\"].groups[1].share", "finite number");
        refuses(base.replace("0.5}]", "0}]"), "regions[\"5\"].groups[1].share", "(0, 1]");
        refuses(base.replace("\"share\": 0.5}]", "\"shares\": 0.5}]"), "regions[\"5\"].groups[1].shares",
                "did you mean \"share\"");
        refuses(base.replace("\"name\": \"1.2\"", "\"name\": 12"), "regions[\"5\"].groups[1].name", "non-empty string");
        refuses(base.replace("\"groups\": [", "\"groups\": [{\"name\": \"1.3\", \"share\": 0.5, \"share\": 0.5}, "),
                "", "Duplicate field 'share'");
        refuses("{\"regions\": {}}", "regions", "lists no region");
        refuses(base + " {}", "", "Trailing token");
    }

    private static void refuses(String json, String field, String detail) {
        assertThatThrownBy(() -> GroupConfigReader.parse(json, "groups.json")).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.source()).isEqualTo("groups.json");
                    assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
                    assertThat(e.detail()).contains(detail);
                    if (field.isEmpty()) {
                        assertThat(e.line()).as("a syntax error has a line").isPositive();
                    }
                });
    }

    @Test
    void aPlanRegionTheFileDoesNotKnowIsNamed() {
        GroupConfig config = GroupConfigReader.parse("{\"regions\": {\"5\": {}}}", "groups.json");
        PlanQuotas plan = SyntheticQuotas.plan(1, 1, 0.1, 0.2, 1);
        assertThatThrownBy(() -> TinyProblems.run(plan, config, "groups.json", Ledger.empty(), RotaMethods.queues(),
                RotaParameters.defaults(), null)).hasMessageContaining("no region \"1\"").hasMessageContaining("groups.json");
    }

    @Test
    void scheduleFileCarriesEnoughToCheckTheCover(@TempDir Path dir) throws Exception {
        PlanQuotas plan = SyntheticQuotas.plan(2, 1, 0.1, 0.3, 3);
        RotaResult r = TinyProblems.run(plan, GroupConfig.synthetic(plan.regions(), 3), "synthetic", Ledger.empty(),
                RotaMethods.stageTable(), RotaParameters.defaults(), null);
        Path file = dir.resolve("SCHEDULE.json");
        ScheduleJsonWriter.write(r, file);
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        for (JsonNode region : root.path("days").get(0).path("regions")) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                double off = 0;
                for (JsonNode g : region.path("groups")) {
                    for (JsonNode o : g.path("outages")) {
                        if (o.path("type").asText().equals("DEFINITE") && o.path("start").asInt() <= h * 30
                                && h * 30 < o.path("end").asInt()) {
                            off += g.path("loadMw").get(h).asDouble();
                        }
                    }
                }
                assertThat(off).isGreaterThanOrEqualTo(region.path("quotaMw").get(h).asDouble() - COVER);
            }
        }
        Ledger back = LedgerJson.parse(root.path("ledger").toString(), "ledger");
        assertThat(back).isEqualTo(r.ledger());
    }
}

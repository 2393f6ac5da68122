package org.fairshed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.testing.TestWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client written from the description of the Yasno shapes (as the Home Assistant integrations read them),
 * walking region → street → house → group → planned and probable outages, on the 25-hour day.
 */
class CompatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorld w;

    @BeforeAll
    static void start() {
        w = TestWorld.get();
    }

    private static JsonNode get(String path) throws Exception {
        var r = w.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** What a client keeps of a slot it understands; it drops the types it does not know. */
    record Slot(int start, int end, String type) {
    }

    private static List<Slot> slots(JsonNode list) {
        List<Slot> out = new ArrayList<>();
        for (JsonNode s : list) {
            String type = s.path("type").asText();
            if (type.equals("Definite") || type.equals("NotPlanned")) {
                out.add(new Slot(s.path("start").asInt(), s.path("end").asInt(), type));
            }
        }
        return out;
    }

    @Test
    void aClientFindsItsHouseAndReadsTodayAndTomorrow() throws Exception {
        JsonNode regions = get("/compat/yasno/addresses/v2/regions");
        JsonNode region = null;
        for (JsonNode r : regions) {
            assertThat(r.has("id") && r.has("value") && r.has("hasCities") && r.path("dsos").isArray()).isTrue();
            if (r.path("value").asText().equals("Область compat")) {
                region = r;
            }
        }
        assertThat(region).isNotNull();
        int regionId = region.path("id").asInt();
        int dsoId = region.path("dsos").get(0).path("id").asInt();
        assertThat(region.path("dsos").get(0).path("name").asText()).isNotBlank();
        String q = "?regionId=" + regionId + "&dsoId=" + dsoId;
        JsonNode streets = get("/compat/yasno/addresses/v2/streets" + q + "&query=derybasivska");
        assertThat(streets).hasSize(1);
        long streetId = streets.get(0).path("id").asLong();
        assertThat(streets.get(0).path("value").asText()).contains("Дерибасівська");
        JsonNode houses = get("/compat/yasno/addresses/v2/houses" + q + "&streetId=" + streetId + "&query=3");
        assertThat(houses.get(0).path("value").asText()).isEqualTo("3");
        JsonNode group = get("/compat/yasno/addresses/v2/group" + q + "&streetId=" + streetId + "&houseId="
                + houses.get(0).path("id").asLong());
        assertThat(group.path("group").asInt()).isEqualTo(3);
        assertThat(group.path("subgroup").asInt()).isEqualTo(1);
        assertThat(w.get("/compat/yasno/addresses/v2/group" + q + "&streetId=" + streetId + "&houseId=987654")
                .statusCode()).isEqualTo(404);

        JsonNode planned = get("/compat/yasno/regions/" + regionId + "/dsos/" + dsoId + "/planned-outages");
        JsonNode mine = planned.path("3.1");
        JsonNode today = mine.path("today");
        assertThat(today.path("status").asText()).isEqualTo("ScheduleApplies");
        // the date is local midnight with its offset: +03:00 on the 25-hour day (summer time until 04:00)
        assertThat(OffsetDateTime.parse(today.path("date").asText()).toString()).isEqualTo("2026-10-25T00:00+03:00");
        assertThat(OffsetDateTime.parse(mine.path("tomorrow").path("date").asText()).toString())
                .isEqualTo("2026-10-26T00:00+02:00");
        OffsetDateTime.parse(mine.path("updatedOn").asText());
        // the compat region's revision starts on 24 October: today (25th) is its second day, off 00:00–02:00 and 18:00–21:00
        assertThat(slots(today.path("slots"))).containsExactly(new Slot(0, 120, "Definite"), new Slot(120, 1080, "NotPlanned"),
                new Slot(1080, 1260, "Definite"), new Slot(1260, 1440, "NotPlanned"));
        assertThat(slots(mine.path("tomorrow").path("slots")).get(slots(mine.path("tomorrow").path("slots")).size() - 1)
                .end()).isEqualTo(1440);
        assertThat(planned.size()).isEqualTo(12);
    }

    @Test
    void possibleOutagesAreInTheProbableEndpointByWeekday() throws Exception {
        JsonNode regions = get("/compat/yasno/addresses/v2/regions");
        int regionId = 0;
        int dsoId = 0;
        for (JsonNode r : regions) {
            if (r.path("value").asText().equals("Область compat")) {
                regionId = r.path("id").asInt();
                dsoId = r.path("dsos").get(0).path("id").asInt();
            }
        }
        JsonNode p = get("/compat/yasno/probable-outages?regionId=" + regionId + "&dsoId=" + dsoId);
        JsonNode week = p.path(Integer.toString(regionId)).path("dsos").path(Integer.toString(dsoId)).path("groups")
                .path("3.1").path("slots");
        assertThat(week.size()).isEqualTo(7);
        // 25 October 2026 is a Sunday ("6"), 26 October a Monday ("0"); the 24th was yesterday, so Saturday is empty
        assertThat(slots(week.path("6"))).isNotEmpty();
        assertThat(slots(week.path("0"))).isNotEmpty();
        assertThat(week.path("5")).isEmpty();
        assertThat(week.path("3")).isEmpty();
    }
}

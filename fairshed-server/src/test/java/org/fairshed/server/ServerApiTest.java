package org.fairshed.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.testing.TestWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public API over HTTP on a real server: regions, schedules across DST days, addresses with now and next. */
class ServerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorld w;

    @BeforeAll
    static void start() {
        w = TestWorld.get();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void healthIsReady() throws Exception {
        HttpResponse<String> r = w.get("/api/v1/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("ready").asBoolean()).isTrue();
        assertThat(json(r).path("addresses").asInt()).isEqualTo(7);
    }

    @Test
    void regionsListEveryRegionWithItsPublishedRevision() throws Exception {
        JsonNode regions = json(w.get("/api/v1/regions"));
        List<String> codes = new ArrayList<>();
        regions.forEach(n -> codes.add(n.path("code").asText()));
        assertThat(codes).contains("kyiv", "lviv", "compat");
        JsonNode kyiv = json(w.get("/api/v1/regions/kyiv"));
        assertThat(kyiv.path("published").path("number").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(kyiv.path("today").asText()).isEqualTo("2026-10-25");
        assertThat(kyiv.path("groups")).hasSize(12);
    }

    /** 25 hours on 25 October: 03:00–04:00 on the wall clock lasts both hours, and the day is 1500 minutes long. */
    @Test
    void theAutumnDayHas25HoursAndItsRepeatedHourIsTwoHoursOff() throws Exception {
        JsonNode s = json(w.get("/api/v1/regions/kyiv/groups/3.1/schedule?from=2026-10-25&to=2026-10-26"));
        JsonNode day = s.path("days").get(0);
        assertThat(day.path("minutes").asInt()).isEqualTo(1500);
        assertThat(day.path("startsAt").asText()).isEqualTo("2026-10-25T00:00:00+03:00");
        assertThat(day.path("endsAt").asText()).isEqualTo("2026-10-26T00:00:00+02:00");
        JsonNode first = day.path("outages").get(0);
        assertThat(first.path("kind").asText()).isEqualTo("DEFINITE");
        assertThat(first.path("start").path("at").asText()).isEqualTo("2026-10-25T03:00:00+03:00");
        assertThat(first.path("start").path("minute").asInt()).isEqualTo(180);
        assertThat(first.path("end").path("at").asText()).isEqualTo("2026-10-25T04:00:00+02:00");
        assertThat(first.path("end").path("minute").asInt()).isEqualTo(240);
        assertThat(first.path("durationMinutes").asInt()).isEqualTo(120);
        JsonNode evening = day.path("outages").get(1);
        assertThat(evening.path("start").path("at").asText()).isEqualTo("2026-10-25T16:00:00+02:00");
        assertThat(evening.path("durationMinutes").asInt()).isEqualTo(240);
        JsonNode possible = day.path("outages").get(2);
        assertThat(possible.path("kind").asText()).isEqualTo("POSSIBLE");
        assertThat(possible.path("end").path("minute").asInt()).isEqualTo(1440);
        assertThat(possible.path("end").path("at").asText()).isEqualTo("2026-10-26T00:00:00+02:00");
    }

    /** 23 hours on 29 March: 02:00–05:00 on the wall clock is two hours, and the day is 1380 minutes long. */
    @Test
    void theSpringDayHas23Hours() throws Exception {
        JsonNode day = json(w.get("/api/v1/regions/lviv/groups/1.1/schedule?from=2026-03-29&to=2026-03-29"))
                .path("days").get(0);
        assertThat(day.path("minutes").asInt()).isEqualTo(1380);
        assertThat(day.path("revision").asInt()).isEqualTo(1);
        JsonNode lviv31 = json(w.get("/api/v1/regions/lviv/groups/3.1/schedule?from=2026-03-29&to=2026-03-29"))
                .path("days").get(0).path("outages").get(0);
        // 03:00–04:00 does not exist that day: the outage written there never happens
        assertThat(lviv31.path("start").path("at").asText()).isEqualTo("2026-03-29T04:00:00+03:00");
        assertThat(lviv31.path("durationMinutes").asInt()).isZero();
        JsonNode next = json(w.get("/api/v1/regions/lviv/groups/1.1/schedule?from=2026-03-30&to=2026-03-30"))
                .path("days").get(0).path("outages").get(0);
        assertThat(next.path("start").path("at").asText()).isEqualTo("2026-03-30T00:00:00+03:00");
    }

    @Test
    void anAddressHasItsGroupsTodayTomorrowNowAndNext() throws Exception {
        long id = json(w.get("/api/v1/addresses?q=khreshchatyk%2022")).path("results").get(0).path("id").asLong();
        HttpResponse<String> r = w.get("/api/v1/addresses/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.path("address").path("street").asText()).isEqualTo("вул. Хрещатик");
        JsonNode g = a.path("groups").get(0);
        assertThat(g.path("group").asText()).isEqualTo("3.1");
        assertThat(g.path("today").path("day").asText()).isEqualTo("2026-10-25");
        assertThat(g.path("tomorrow").path("day").asText()).isEqualTo("2026-10-26");
        // 11:00: on since 04:00 (+02:00), off at 16:00, back at 20:00
        assertThat(g.path("now").path("state").asText()).isEqualTo("ON");
        assertThat(g.path("now").path("since").path("at").asText()).isEqualTo("2026-10-25T04:00:00+02:00");
        assertThat(g.path("next").path("offAt").path("at").asText()).isEqualTo("2026-10-25T16:00:00+02:00");
        assertThat(g.path("next").path("backAt").path("at").asText()).isEqualTo("2026-10-25T20:00:00+02:00");
        assertThat(a.path("validUntil").asText()).isEqualTo("2026-10-25T16:00:00+02:00");
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
    }

    @Test
    void aBuildingOnTwoLinesShowsBothGroups() throws Exception {
        JsonNode hit = json(w.get("/api/v1/addresses?q=vyacheslava%20chornovola")).path("results").get(0);
        assertThat(hit.path("groups")).hasSize(2);
        JsonNode a = json(w.get("/api/v1/addresses/" + hit.path("id").asLong()));
        assertThat(a.path("groups")).hasSize(2);
        assertThat(a.path("groups").get(1).path("group").asText()).isEqualTo("4.2");
        // 4.2 is off 08:00–10:00 today: at 11:00 it is on, and possibly off 12:00–13:00 next
        assertThat(a.path("groups").get(1).path("next").path("offAt").path("at").asText())
                .isEqualTo("2026-10-25T12:00:00+02:00");
        assertThat(a.path("groups").get(1).path("next").path("kind").asText()).isEqualTo("POSSIBLE");
    }

    @Test
    void searchFindsCyrillicFromLatinApostrophesCaseAndAccents() throws Exception {
        assertThat(ids("Хрещатик 22")).isEqualTo(ids("khreshchatyk 22")).hasSize(1);
        assertThat(ids("KHRESHCHATYK")).hasSize(2);
        assertThat(ids("в'ячеслава")).isEqualTo(ids("vyacheslava")).isEqualTo(ids("ВЯЧЕСЛАВА")).hasSize(1);
        assertThat(ids("Nezalézhnosti 12а")).hasSize(1);
        assertThat(ids("kyiv khreshchatyk 2")).hasSize(2);
        assertThat(ids("shevchenka")).hasSize(2);
        assertThat(ids("zzzz")).isEmpty();
    }

    private static List<Long> ids(String q) throws Exception {
        JsonNode r = json(w.get("/api/v1/addresses?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        List<Long> out = new ArrayList<>();
        r.path("results").forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    @Test
    void aMatchingETagGives304WithoutABody() {
        HttpResponse<String> first = w.get("/api/v1/regions/kyiv/groups/3.1/schedule");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"kyiv-");
        HttpResponse<String> again = w.get("/api/v1/regions/kyiv/groups/3.1/schedule", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(w.get("/api/v1/regions/kyiv/groups/3.2/schedule", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .isEqualTo("public, max-age=60, stale-while-revalidate=30, stale-if-error=86400");
    }

    @Test
    void gzipHasItsOwnETagAndBothEncodingsRevalidate() {
        HttpResponse<byte[]> z = w.getBytes("/api/v1/regions/kyiv/groups/3.1/schedule", "Accept-Encoding", "gzip");
        assertThat(z.headers().firstValue("Content-Encoding")).contains("gzip");
        String etag = z.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).endsWith("-gz\"");
        assertThat(w.get("/api/v1/regions/kyiv/groups/3.1/schedule", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    /** A search result is made per request: compressed for a client that takes gzip, sent as it is to one that does not. */
    @Test
    void aSearchIsCompressedOnlyForAClientThatTakesGzip() throws Exception {
        String path = "/api/v1/addresses?q=kyiv&limit=20";
        HttpResponse<byte[]> plain = w.getBytes(path);
        assertThat(plain.body().length).isGreaterThanOrEqualTo(org.fairshed.server.http.CachedBody.GZIP_THRESHOLD);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> z = w.getBytes(path, "Accept-Encoding", "gzip");
        assertThat(z.headers().firstValue("Content-Encoding")).contains("gzip");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(z.headers().firstValue("ETag")).contains(org.fairshed.server.http.ETags.gzip(etag));
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(z.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.body());
        assertThat(w.get(path, "If-None-Match", z.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void revisionUrlsAreImmutable() throws Exception {
        HttpResponse<String> r = w.get("/api/v1/regions/kyiv/revisions/1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(json(r).path("groups")).hasSize(12);
        assertThat(w.get("/api/v1/regions/kyiv/revisions/99").statusCode()).isEqualTo(404);
        assertThat(w.get("/api/v1/regions/kyiv/revisions/99").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theLedgerAndTheStatusAreThere() throws Exception {
        JsonNode l = json(w.get("/api/v1/regions/kyiv/ledger"));
        assertThat(l.path("groups")).hasSize(12);
        assertThat(l.path("groups").get(4).path("group").asText()).isEqualTo("3.1");
        assertThat(l.path("groups").get(4).path("hoursOff").get(0).asDouble()).isEqualTo(5.0);
        JsonNode st = json(w.get("/api/v1/regions/kyiv/status"));
        assertThat(st.path("days").get(0).path("status").path("status").asText()).isEqualTo("SCHEDULE_APPLIES");
        assertThat(st.path("days").get(0).path("status").path("derived").asBoolean()).isTrue();
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        try {
            var r = w.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(w.url("/api/v1/regions/kyiv")))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("ETag")).isPresent();
            String schedule = "/api/v1/regions/kyiv/groups/3.1/schedule";
            HttpResponse<byte[]> get = w.getBytes(schedule);
            var head = w.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(w.url(schedule)))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
            assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

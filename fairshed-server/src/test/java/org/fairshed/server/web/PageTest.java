package org.fairshed.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.OutageView;
import org.fairshed.server.view.TimePoint;
import org.fairshed.server.view.Views;
import org.fairshed.store.model.GroupSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages over plain HTTP: the schedule in the HTML, escaping, headers, caching, languages, weight. */
class PageTest {

    /** The budget: HTML + CSS + JS the page loads, gzip, without images. */
    static final int WEIGHT_BUDGET = 30 * 1024;
    private static PageWorld w;

    @BeforeAll
    static void start() {
        w = PageWorld.get();
    }

    @Test
    void theScheduleIsInTheHtmlWithoutScript() {
        String html = w.text("/address/" + w.addressId("Хрещатик 22") + "?lang=en");
        assertThat(html).contains("<h1>вул. Хрещатик 22</h1>").containsPattern("Power (on until|off, back at) \\d\\d:\\d\\d")
                .contains("outage (")
                .contains("Today, Sunday, 25 October").contains("Tomorrow, Monday, 26 October");
        assertThat(count(html, "<div class=\"bar")).isEqualTo(2);
        assertThat(html).doesNotContain("<script>").doesNotContain("style=").doesNotContainPattern(" on[a-z]+=");
    }

    @Test
    void aRegistryStreetWithAScriptTagIsEscaped() {
        String html = w.text("/address/" + w.addressId("script"));
        assertThat(html).contains("вул. &lt;script&gt;alert(1)&lt;/script&gt; 1").doesNotContain("<script>alert");
        String results = w.text("/?q=script");
        assertThat(results).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void securityHeadersOnEveryPageAndAsset() {
        for (String path : List.of("/", "/address/" + w.addressId("Хрещатик 22"), "/group/kyiv/3.1", "/sw.js",
                "/address/999999", css("/"))) {
            HttpResponse<byte[]> r = w.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CSP);
            assertThat(SecurityHeaders.CSP).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void anUnknownAddressIsAPageNotAProblem() {
        HttpResponse<byte[]> r = w.get("/address/999999", "Accept-Language", "en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Address not found");
        assertThat(w.get("/group/kyiv/9.9").statusCode()).isEqualTo(404);
        assertThat(w.get("/address/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void strongETagsRevalidateAndTheLanguageVaries() {
        String path = "/group/kyiv/3.1";
        HttpResponse<byte[]> first = w.get(path, "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"page-uk.").endsWith("-gz\"");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).startsWith("public, max-age=");
        assertThat(w.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> en = w.get(path, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(en.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(en.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(w.get(path + "?lang=en").headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(w.get(path + "?lang=en", "Accept-Language", "uk").headers().firstValue("Content-Language"))
                .hasValue("en");
        assertThat(w.get(path).headers().firstValue("Content-Language")).hasValue("uk");
        String asset = css("/");
        assertThat(w.get(asset).headers().firstValue("Cache-Control")).hasValue(
                "public, max-age=31536000, immutable");
    }

    @Test
    void languageChoice() {
        assertThat(Lang.fromAcceptLanguage(null)).isEqualTo(Lang.UK);
        assertThat(Lang.fromAcceptLanguage("de-DE,de;q=0.9")).isEqualTo(Lang.UK);
        assertThat(Lang.fromAcceptLanguage("en-US,en;q=0.9,uk;q=0.8")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("ru-RU,uk;q=0.9,en;q=0.8")).isEqualTo(Lang.UK);
        assertThat(Lang.fromAcceptLanguage("en;q=0,uk;q=0.5")).isEqualTo(Lang.UK);
        assertThat(Lang.fromAcceptLanguage(";;;")).isEqualTo(Lang.UK);
    }

    /** Both bundles have the same keys. */
    @Test
    void everyStringIsInBothBundles() throws Exception {
        java.util.Properties uk = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        uk.load(new java.io.InputStreamReader(PageTest.class.getResourceAsStream(
                "/org/fairshed/server/web/messages_uk.properties"), StandardCharsets.UTF_8));
        en.load(new java.io.InputStreamReader(PageTest.class.getResourceAsStream(
                "/org/fairshed/server/web/messages_en.properties"), StandardCharsets.UTF_8));
        assertThat(uk.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(uk.values()).noneMatch(v -> v.toString().contains("'"));
        assertThat(en.values()).noneMatch(v -> v.toString().contains("'"));
    }

    /** The heaviest page (a building on two lines) with its CSS and JS, gzip, within 30 KB. */
    @Test
    void pageWeightWithinBudget() throws Exception {
        int total = 0;
        for (String path : List.of("/address/" + w.addressId("Богдана Хмельницького 10"), "/", "/?region=kyiv")) {
            HttpResponse<byte[]> page = w.get(path, "Accept-Encoding", "gzip");
            int weight = gzipSize(page);
            String html = gunzip(page);
            for (String asset : assets(html)) {
                weight += gzipSize(w.get(asset, "Accept-Encoding", "gzip"));
            }
            assertThat(weight).as(path).isLessThanOrEqualTo(WEIGHT_BUDGET);
            total = Math.max(total, weight);
        }
        System.out.println("heaviest page with its CSS and JS, gzip: " + total + " bytes (budget " + WEIGHT_BUDGET + ")");
    }

    /** 46 half-hours on the 23-hour day, 50 on the 25-hour day, as the day view's instants give them. */
    @Test
    void dstDaysHave46And50HalfHours() {
        GroupSchedule none = null;
        DayView spring = Views.day(TestWorld.SPRING, TestWorld.KYIV, 1, none, null);
        DayView autumn = Views.day(TestWorld.AUTUMN, TestWorld.KYIV, 1, none, null);
        assertThat(GroupViews.day(spring, "s", TestWorld.KYIV, Lang.EN).slots()).hasSize(46);
        assertThat(GroupViews.day(autumn, "a", TestWorld.KYIV, Lang.EN).slots()).hasSize(50);
        // 03:00–04:00 on 25 October is two hours: four half-hours off, labelled 03:00 twice
        OutageView o = new OutageView("DEFINITE", new TimePoint("2026-10-25T03:00:00+03:00", "2026-10-25", 180),
                new TimePoint("2026-10-25T04:00:00+02:00", "2026-10-25", 240), 120);
        DayView day = new DayView(autumn.day(), autumn.startsAt(), autumn.endsAt(), autumn.minutes(), 1, null, 2,
                List.of(o));
        var slots = GroupViews.day(day, "a", TestWorld.KYIV, Lang.EN).slots();
        assertThat(slots.subList(5, 11)).extracting(PageModel.Slot::css).containsExactly("on", "off", "off", "off",
                "off", "on");
        assertThat(slots.get(6).title()).startsWith("03:00–03:30");
        assertThat(slots.get(8).title()).startsWith("03:00–03:30");
        assertThat(GroupViews.day(day, "a", TestWorld.KYIV, Lang.EN).outages()).containsExactly(
                "03:00–04:00 outage (2 h)");
        assertThat(LocalDate.parse(day.day())).isEqualTo(TestWorld.AUTUMN);
    }

    private static String css(String page) {
        return assets(w.text(page)).get(0);
    }

    static List<String> assets(String html) {
        Matcher m = Pattern.compile("(?:href|src)=\"(/static/[^\"]+)\"").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        assertThat(out).hasSize(2);
        return out;
    }

    private static int gzipSize(HttpResponse<byte[]> r) {
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        return r.body().length;
    }

    private static String gunzip(HttpResponse<byte[]> r) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }
}

package org.fairshed.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.testing.Browser;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.RevisionDraft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public page in real headless Chromium: search → address → the bars match the API; a publish reaches an open
 * page through SSE without a reload; offline (network cut in DevTools) the saved schedule shows with "as of"; both
 * languages at phone and desktop widths, each screenshotted under target/screenshots and checked with axe-core.
 */
@Tag("browser")
class PageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageWorld w;
    private static Browser b;

    @BeforeAll
    static void start() {
        b = Browser.start();
        w = PageWorld.get();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void searchLeadsToTheAddressAndItsBarsMatchTheApi() throws Exception {
        b.size(Browser.Size.PHONE);
        b.driver().get(w.url("/?lang=uk"));
        WebElement q = b.driver().findElement(By.id("q"));
        q.sendKeys("khreshchatyk 2");
        b.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sugg li")));
        assertThat(b.driver().findElement(By.cssSelector("#sugg li")).getText()).contains("Хрещатик 22");
        q.sendKeys(Keys.ARROW_DOWN);
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo("opt-0");
        q.sendKeys(Keys.ENTER);
        b.waiting(10).until(ExpectedConditions.urlContains("/address/"));
        String id = b.driver().getCurrentUrl().replaceAll(".*/address/(\\d+).*", "$1");
        assertBarsMatchApi(id);
    }

    @Test
    void cyrillicSearchAndTheTwoLineBuildingShowBothGroups() throws Exception {
        b.size(Browser.Size.DESKTOP);
        b.driver().get(w.url("/?lang=en"));
        b.driver().findElement(By.id("q")).sendKeys("Богдана Хм");
        b.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sugg li")));
        b.driver().findElement(By.cssSelector("#sugg li")).click();
        b.waiting(10).until(ExpectedConditions.urlContains("/address/"));
        assertThat(b.driver().findElements(By.cssSelector("article.group h2"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Group 3.1")).anySatisfy(t -> assertThat(t).startsWith(
                        "Group 4.2"));
        assertBarsMatchApi(b.driver().getCurrentUrl().replaceAll(".*/address/(\\d+).*", "$1"));
    }

    /** Every bar's half-hours against the API's day view (instants, so 50 today on the 25-hour day). */
    private void assertBarsMatchApi(String id) throws Exception {
        JsonNode api = JSON.readTree(w.text("/api/v1/addresses/" + id));
        List<WebElement> bars = b.driver().findElements(By.cssSelector(".bar"));
        List<String> seen = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (JsonNode g : api.path("groups")) {
            for (JsonNode day : List.of(g.path("today"), g.path("tomorrow"))) {
                expected.add(String.join(" ", slots(day)));
            }
        }
        for (WebElement bar : bars) {
            List<String> cells = new ArrayList<>();
            for (WebElement i : bar.findElements(By.tagName("i"))) {
                cells.add(i.getAttribute("class").replace(" cur", "").trim());
            }
            seen.add(String.join(" ", cells));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(bars.get(0).findElements(By.tagName("i"))).hasSize(50);
        assertThat(bars.get(1).findElements(By.tagName("i"))).hasSize(48);
        JsonNode first = api.path("groups").get(0);
        String until = OffsetDateTime.parse(first.path("now").path("until").path("at").asText()).toLocalTime().toString();
        assertThat(b.driver().findElement(By.cssSelector(".now .state")).getText()).contains(until);
        // the countdown counts from the server's clock (Server-Timing), not the machine's
        b.waiting(5).until(d -> !d.findElement(By.cssSelector(".cd")).getText().isEmpty());
        assertThat(b.driver().findElement(By.cssSelector(".cd")).getText()).matches("\\((ще|in) .*\\d.*\\)");
        assertThat(b.driver().findElements(By.cssSelector(".bar i.cur"))).isNotEmpty();
    }

    /** The reference: each half-hour of the day's instants is off, may (possible) or on. */
    static List<String> slots(JsonNode day) {
        Instant start = OffsetDateTime.parse(day.path("startsAt").asText()).toInstant();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < day.path("minutes").asInt() / 30; k++) {
            Instant a = start.plusSeconds(1800L * k);
            Instant z = a.plusSeconds(1800);
            String state = day.path("revision").isNull() ? "unknown" : "on";
            for (JsonNode o : day.path("outages")) {
                Instant s = OffsetDateTime.parse(o.path("start").path("at").asText()).toInstant();
                Instant e = OffsetDateTime.parse(o.path("end").path("at").asText()).toInstant();
                if (s.isBefore(z) && e.isAfter(a)) {
                    state = o.path("kind").asText().equals("DEFINITE") ? "off" : state.equals("off") ? "off" : "may";
                }
            }
            out.add(state);
        }
        return out;
    }

    @Test
    void aPublishReachesAnOpenPageThroughSseWithoutAReload() throws Exception {
        b.size(Browser.Size.DESKTOP);
        long id = w.addressId("Хрещатик 22");
        b.driver().get(w.url("/address/" + id + "?lang=en"));
        b.js("window.__noReload = 'still here';");
        String before = b.driver().findElement(By.cssSelector(".rev")).getText();
        Thread.sleep(500); // the EventSource is open
        int current = w.store.revisions().published("kyiv").orElseThrow().number();
        TestWorld.publish(w.store, withOutage(TestWorld.draft("kyiv", TestWorld.AUTUMN, 2, "sse"), "3.1",
                new Interval(600, 690)));
        b.waiting(15).until(d -> d.findElement(By.cssSelector(".rev")).getText().contains("Revision " + (current + 1)));
        assertThat(b.js("return window.__noReload")).isEqualTo("still here");
        assertThat(before).doesNotContain("Revision " + (current + 1));
        assertThat(b.driver().findElement(By.id("live")).getText()).isEqualTo("The schedule was updated.");
        assertThat(b.driver().findElement(By.cssSelector(".outages")).getText()).contains("10:00–11:30 outage");
        assertThat(b.driver().findElement(By.cssSelector(".changes")).getAttribute("textContent"))
                .contains("10:00–11:30: was “power on”, now “outage”");
        assertBarsMatchApi(Long.toString(id));
    }

    /** {@code draft} with one more definite outage for {@code group} on its first day. */
    static RevisionDraft withOutage(RevisionDraft d, String group, Interval extra) {
        List<GroupDay> days = new ArrayList<>();
        for (GroupDay g : d.groups()) {
            if (g.group().equals(group) && g.day().equals(d.groups().get(0).day())) {
                List<Interval> definite = new ArrayList<>(g.definite());
                definite.add(extra);
                definite.sort(java.util.Comparator.comparingInt(Interval::start));
                days.add(new GroupDay(g.group(), g.day(), definite, g.possible(), g.loadMw()));
            } else {
                days.add(g);
            }
        }
        return new RevisionDraft(d.region(), d.slotMinutes(), d.days(), days, d.ledger(), d.planStatus(), d.reason(),
                d.author());
    }

    @Test
    void offlineTheSavedScheduleShowsWithAsOf() throws Exception {
        b.size(Browser.Size.PHONE);
        long id = w.addressId("Дерибасівська 3");
        String path = "/address/" + id + "?lang=uk";
        b.driver().get(w.url(path));
        b.waiting(20).until(d -> Boolean.TRUE.equals(b.jsAsync("var done = arguments[arguments.length - 1];"
                + "caches.open('fs-pages').then(function (c) { return c.keys(); }).then(function (k) {"
                + " done(k.some(function (r) { return r.url.indexOf(arguments[0]) >= 0 || r.url.indexOf('/address/"
                + id + "') >= 0; })); }, function () { done(false); });")));
        String online = b.driver().findElement(By.cssSelector(".outages")).getText();
        b.offline(true);
        try {
            b.driver().navigate().refresh();
            WebElement asOf = b.waiting(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("asof")));
            assertThat(asOf.getText()).contains("станом на").contains("жовтня");
            assertThat(b.driver().findElement(By.cssSelector(".outages")).getText()).isEqualTo(online);
            assertThat(b.driver().findElements(By.cssSelector(".bar"))).hasSize(2);
            b.screenshot("offline-address-uk-phone");
        } finally {
            b.offline(false);
        }
    }
}

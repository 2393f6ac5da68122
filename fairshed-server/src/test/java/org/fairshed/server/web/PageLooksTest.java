package org.fairshed.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.server.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Every public page in both languages at phone and desktop widths: a full-page screenshot under
 * target/screenshots/&lt;page&gt;-&lt;lang&gt;-&lt;width&gt;.png, axe-core without serious or critical violations, no
 * horizontal scrolling on the phone; the language from the browser when the URL does not name it; a street named
 * like a script tag is shown as text.
 */
@Tag("browser")
class PageLooksTest {

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

    static Map<String, String> pages(PageWorld w) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("search", "/");
        pages.put("search-results", "/?q=%D1%88%D0%B5%D0%B2%D1%87%D0%B5%D0%BD%D0%BA%D0%B0");
        pages.put("region-groups", "/?region=kyiv");
        pages.put("address-two-lines", "/address/" + w.addressId("Богдана Хмельницького 10"));
        pages.put("address-script-street", "/address/" + w.addressId("script"));
        pages.put("group-emergency", "/group/odesa/2.1");
        pages.put("group-waiting", "/group/lviv/6.2");
        pages.put("not-found", "/address/999999");
        return pages;
    }

    @Test
    void everyPageInBothLanguagesAndWidthsIsScreenshottedAndPassesAxe() {
        List<String> problems = new ArrayList<>();
        for (Browser.Size size : List.of(Browser.Size.PHONE, Browser.Size.DESKTOP)) {
            b.size(size);
            for (String lang : List.of("uk", "en")) {
                for (var p : pages(w).entrySet()) {
                    String url = p.getValue() + (p.getValue().contains("?") ? "&" : "?") + "lang=" + lang;
                    b.driver().get(w.url(url));
                    assertThat(b.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                    b.screenshot(p.getKey() + "-" + lang + "-" + size.name());
                    for (Browser.Violation v : b.axe()) {
                        if (v.impact().equals("serious") || v.impact().equals("critical")) {
                            problems.add(url + " " + size.name() + ": " + v);
                        }
                    }
                    long overflow = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 0) {
                        problems.add(url + " " + size.name() + ": scrolls sideways by " + overflow + " px");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBrowsersLanguageChoosesWhenTheUrlDoesNot() {
        try (Browser english = Browser.start("en-US")) {
            english.driver().get(w.url("/group/odesa/2.1"));
            assertThat(english.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(english.driver().findElement(By.cssSelector(".status.emergency")).getText())
                    .contains("the timetable is suspended");
            assertThat(english.driver().findElement(By.cssSelector(".now .state")).getText())
                    .isEqualTo("Emergency outages: the timetable is suspended");
        }
        try (Browser german = Browser.start("de-DE")) {
            german.driver().get(w.url("/group/odesa/2.1"));
            assertThat(german.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
            german.driver().findElement(By.cssSelector("a.lang")).click();
            assertThat(german.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }

    /**
     * The push API answers its key: the push section is shown exactly where the browser can subscribe (PushManager and
     * Notification present), and hidden elsewhere; the schedule is there either way.
     */
    @Test
    void thePushSectionIsShownWhereTheBrowserCanSubscribe() throws Exception {
        assertThat(w.get("/api/v1/push/key").statusCode()).isEqualTo(200);
        b.size(Browser.Size.DESKTOP);
        b.driver().get(w.url("/group/kyiv/3.1?lang=en"));
        Thread.sleep(500); // the script has asked for the key
        Object capable = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "return 'PushManager' in window && 'Notification' in window;");
        assertThat(b.driver().findElement(By.id("push")).isDisplayed()).isEqualTo(Boolean.TRUE.equals(capable));
        assertThat(b.driver().findElements(By.cssSelector(".bar"))).hasSize(2);
    }

    @Test
    void aStreetNamedLikeAScriptIsText() {
        b.size(Browser.Size.DESKTOP);
        b.driver().get(w.url("/address/" + w.addressId("script") + "?lang=en"));
        assertThat(b.driver().findElement(By.tagName("h1")).getText()).contains(PageWorld.SCRIPT_STREET);
        boolean alert;
        try {
            b.driver().switchTo().alert();
            alert = true;
        } catch (NoAlertPresentException e) {
            alert = false;
        }
        assertThat(alert).isFalse();
    }
}

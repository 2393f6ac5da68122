package org.fairshed.server.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in headless Chromium: log in through the page, upload a damage update, watch the job's progress,
 * open the preview, publish with a reason; every page in both languages at phone and desktop widths screenshotted
 * (target/screenshots/dash-*.png) and checked with axe-core (no serious or critical violation).
 */
@Tag("browser")
class DashboardBrowserTest {

    private static DashWorld w;
    private static Browser b;

    @BeforeAll
    static void start() {
        b = Browser.start();
        w = DashWorld.get();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
    }

    private void login() {
        b.driver().get(w.url("/operator/?lang=en"));
        b.waiting(10).until(ExpectedConditions.urlContains("/login"));
        b.driver().findElement(By.id("name")).sendKeys("dash-publisher");
        b.driver().findElement(By.id("password")).sendKeys(DashWorld.PASSWORD);
        b.driver().findElement(By.cssSelector("#login button")).click();
        b.waiting(10).until(ExpectedConditions.urlContains("/operator/"));
    }

    @Test
    void uploadWatchPreviewPublishAndEveryPageLooksRight() {
        login();
        b.size(Browser.Size.DESKTOP);
        b.driver().get(w.url("/operator/?lang=en"));
        b.driver().findElement(By.id("upload-form")).submit();
        b.waiting(600).until(ExpectedConditions.presenceOfElementLocated(By.id("open-draft")));
        assertThat(b.driver().findElement(By.id("progress-bar")).getAttribute("value")).isEqualTo("1");
        b.screenshot("dash-upload-done-en-desktop");
        String draftUrl = b.driver().findElement(By.id("open-draft")).getAttribute("href");
        b.driver().get(draftUrl);
        assertThat(b.driver().findElements(By.cssSelector("svg.heat"))).isNotEmpty();
        List<String> problems = new ArrayList<>();
        String draftPath = draftUrl.substring(draftUrl.indexOf("/operator/")).replaceAll("\\?.*", "");
        List<String> pages = List.of("/operator/", draftPath, "/operator/regions/" + w.region, "/login");
        for (Browser.Size size : List.of(Browser.Size.PHONE, Browser.Size.DESKTOP)) {
            b.size(size);
            for (String lang : List.of("uk", "en")) {
                for (String page : pages) {
                    b.driver().get(w.url(page + "?lang=" + lang));
                    String name = "dash-" + (page.equals("/operator/") ? "overview" : page.contains("drafts") ? "draft"
                            : page.contains("regions") ? "region" : "login") + "-" + lang + "-" + size.name();
                    b.screenshot(name);
                    for (Browser.Violation v : b.axe()) {
                        if (v.impact().equals("serious") || v.impact().equals("critical")) {
                            problems.add(name + ": " + v);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        b.size(Browser.Size.DESKTOP);
        b.driver().get(draftUrl);
        b.driver().findElement(By.id("reason")).sendKeys("browser test: generator 1 lost");
        b.driver().findElement(By.cssSelector("#publish-form button[type=submit]")).click();
        b.waiting(60).until(d -> !d.findElement(By.id("publish-result")).getText().isBlank());
        String result = b.driver().findElement(By.id("publish-result")).getText();
        b.screenshot("dash-published-en-desktop");
        assertThat(result).startsWith("Published");
    }
}

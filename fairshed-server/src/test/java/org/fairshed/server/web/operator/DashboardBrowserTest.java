package org.fairshed.server.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in headless Chromium: log in through the page, upload a damage update, watch the job's progress,
 * open the preview, publish with a reason and see it on an open public page through SSE; every page in both languages at phone and desktop widths screenshotted
 * (target/screenshots/dash-*.png) and checked with axe-core (no serious or critical violation).
 */
@Tag("browser")
class DashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
        // the login page's own address names /operator/ as where to go next: wait until it is left, not for the text
        b.waiting(30).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Test
    void uploadWatchPreviewPublishAndEveryPageLooksRight() throws Exception {
        login();
        b.size(Browser.Size.DESKTOP);
        b.driver().get(w.url("/operator/?lang=en"));
        b.driver().findElement(By.id("upload-form")).submit();
        b.waiting(600).until(ExpectedConditions.presenceOfElementLocated(By.id("open-draft")));
        assertThat(b.driver().findElement(By.id("progress-bar")).getAttribute("value")).isEqualTo("1");
        // the lists loaded before the upload are refreshed when the job ends: its draft is there without a reload
        String draftId = b.driver().findElement(By.id("open-draft")).getAttribute("href").replaceAll(".*/drafts/(\\d+).*",
                "$1");
        b.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#jobs ul.drafts a[href^='/operator/drafts/"
                + draftId + "?']")));
        b.screenshot("dash-upload-done-en-desktop");
        String draftUrl = b.driver().findElement(By.id("open-draft")).getAttribute("href");
        b.driver().get(draftUrl);
        assertThat(b.driver().findElements(By.cssSelector("svg.heat"))).isNotEmpty();
        // the plan's binding branches on the map, each with its figures as a tooltip, and listed under it
        List<org.openqa.selenium.WebElement> binding = b.driver().findElements(By.cssSelector("svg.map line.binding title"));
        assertThat(binding).as("binding branches drawn").isNotEmpty();
        assertThat(binding.get(0).getAttribute("textContent")).matches("Line \\d+–\\d+ \\(.+\\): bound in \\d+ of \\d+ "
                + "slots, [\\d,.]+ MW limit");
        assertThat(b.driver().findElements(By.cssSelector(".legend .k-bind"))).hasSize(1);
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
                    shot(name);
                    for (Browser.Violation v : b.axe()) {
                        if (v.impact().equals("serious") || v.impact().equals("critical")) {
                            problems.add(name + ": " + v);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        publishReachesAnOpenPublicPage(draftUrl);
    }

    /** A full-page screenshot; Chromium now and then measures a page being laid out as 0 wide: once more then. */
    private static void shot(String name) {
        try {
            b.screenshot(name);
        } catch (org.openqa.selenium.WebDriverException e) {
            b.waiting(5).until(d -> Boolean.TRUE.equals(b.js("return document.readyState === 'complete' "
                    + "&& document.documentElement.scrollWidth > 0")));
            b.screenshot(name);
        }
    }

    /**
     * Publish from the preview (reason, If-Match: the draft's basedOn) while a public page of a changed group is open
     * in another window: the new revision appears there through SSE without a reload, and the audit log numbers it.
     */
    private void publishReachesAnOpenPublicPage(String draftUrl) throws Exception {
        long draft = Long.parseLong(draftUrl.replaceAll(".*/drafts/(\\d+).*", "$1"));
        // the AC check's finding for slot 0, as a job stores it when the power flow does not converge: the publish form
        // must then ask for the acknowledgement (the rule itself: AcAcknowledgeTest)
        int rewritten = w.store.database().write(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("update operator_draft set preview = jsonb_set("
                    + "jsonb_set(jsonb_set(preview, '{plan,ac,0,converged}', 'false'), '{plan,ac,0,status}', "
                    + "'\"MAX_ITERATION_REACHED\"'), '{plan,acSummary,concernSlots}', '[0]') where id = ?")) {
                ps.setLong(1, draft);
                return ps.executeUpdate();
            }
        });
        assertThat(rewritten).isEqualTo(1);
        String[] session = w.login("dash-viewer");
        JsonNode diff = JSON.readTree(w.send("GET", "/api/v1/operator/drafts/" + draft + "/diff", null, "Cookie",
                session[0]).body());
        JsonNode changed = null;
        for (JsonNode r : diff.path("regions")) {
            if (!r.path("groupsChanged").isEmpty()) {
                changed = r;
                break;
            }
        }
        assertThat(changed).as("a region the draft changes").isNotNull();
        String region = changed.path("region").asText();
        String group = changed.path("groupsChanged").get(0).asText();
        int before = w.store.revisions().published(region).orElseThrow().number();
        b.size(Browser.Size.DESKTOP);
        String dashboard = b.driver().getWindowHandle();
        b.driver().switchTo().newWindow(WindowType.WINDOW);
        String page = b.driver().getWindowHandle();
        b.driver().get(w.url("/group/" + region + "/" + group + "?lang=en"));
        assertThat(b.driver().findElement(By.cssSelector(".rev")).getText()).contains("Revision " + before);
        b.js("window.__noReload = 'still here';");
        Thread.sleep(500); // the EventSource is open

        b.driver().switchTo().window(dashboard);
        b.driver().get(draftUrl);
        assertThat(b.driver().findElement(By.id("publish-form")).getAttribute("data-based-on"))
                .isEqualTo(diff.path("basedOn").asText());
        b.driver().findElement(By.id("reason")).sendKeys("browser test: generator 1 lost");
        int concerns = diff.path("plan").path("acSummary").path("concernSlots").size();
        List<WebElement> acknowledge = b.driver().findElements(By.id("acknowledge-ac"));
        assertThat(concerns).as("slots whose AC check needs a look").isPositive();
        assertThat(acknowledge).as("the AC acknowledgement is asked for exactly when a slot needs a look").hasSize(1);
        if (concerns > 0) {
            // unticked, the browser's own validation keeps the form from being sent
            b.driver().findElement(By.cssSelector("#publish-form button[type=submit]")).click();
            assertThat(b.driver().findElement(By.id("publish-result")).getText()).isBlank();
            shot("dash-publish-acknowledge-en-desktop");
            acknowledge.get(0).click();
        }
        b.driver().findElement(By.cssSelector("#publish-form button[type=submit]")).click();
        b.waiting(60).until(d -> !d.findElement(By.id("publish-result")).getText().isBlank());
        String result = b.driver().findElement(By.id("publish-result")).getText();
        b.screenshot("dash-published-en-desktop");
        assertThat(result).startsWith("Published").contains(region + " #" + (before + 1));

        b.driver().switchTo().window(page);
        b.waiting(15).until(d -> d.findElement(By.cssSelector(".rev")).getText().contains("Revision " + (before + 1)));
        assertThat(b.js("return window.__noReload")).isEqualTo("still here");
        assertThat(b.driver().findElement(By.id("live")).getText()).isEqualTo("The schedule was updated.");
        b.screenshot("dash-published-public-page-en-desktop");
        b.driver().close();

        b.driver().switchTo().window(dashboard);
        b.driver().get(w.url("/operator/?lang=en"));
        String audit = b.driver().findElement(By.id("audit")).getText();
        assertThat(audit).contains("#" + before + " → #" + (before + 1));
    }
}

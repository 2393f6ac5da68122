package org.fairshed.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser-test harness (the public page's tests and, later, the dashboard's): Debian's headless
 * {@code /usr/bin/chromium} driven by {@code /usr/bin/chromedriver} through Selenium — no browser download. Tests
 * tagged {@code browser} call {@link #start}; without chromium installed they are skipped with a loud notice
 * ({@code .ci/run} installs it, so CI never skips). Sizes (phone 390×844, desktop 1366×900) are set through the
 * DevTools protocol, as are full-page screenshots (under {@code target/screenshots}), the network cut for offline
 * tests, and the axe-core accessibility check (the vendored {@code axe/axe.min.js}, MPL-2.0).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("FAIRSHED_CHROMIUM", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getenv().getOrDefault("FAIRSHED_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A viewport: name (for screenshot files), CSS pixels, whether it is a phone (touch, mobile metrics). */
    public record Size(String name, int width, int height, boolean mobile) {
        public static final Size PHONE = new Size("phone", 390, 844, true);
        public static final Size DESKTOP = new Size("desktop", 1366, 900, false);
    }

    /** An axe-core violation: rule, impact, help text and the first offending elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    private final ChromeDriver driver;
    private BrowserCdp browserCdp;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts headless chromium (its language Ukrainian), or skips the calling test loudly when not installed. */
    public static Browser start() {
        return start("uk-UA");
    }

    /** Starts headless chromium whose language (its {@code Accept-Language}) is {@code lang}. */
    public static Browser start(String lang) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String notice = "\n******************************************************************************\n"
                    + "* BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + DRIVER + " is not installed.\n"
                    + "* Install them: apt-get install -y chromium chromium-driver  (.ci/run does).\n"
                    + "******************************************************************************\n";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        ChromeOptions o = new ChromeOptions();
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=" + lang, "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(d);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an async script: the last argument it receives is the callback. */
    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    public void size(Size s) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", s.width(), "height", s.height(),
                "deviceScaleFactor", 1, "mobile", s.mobile()));
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", s.mobile()));
    }

    /**
     * Cuts the network (DevTools network emulation) of the page and of every service worker running, or restores it:
     * the page's own emulation does not reach its worker's fetches, so the workers are attached at the browser level.
     */
    public void offline(boolean off) {
        Map<String, Object> conditions = Map.of("offline", off, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", conditions);
        if (off && browserCdp == null) {
            browserCdp = BrowserCdp.connect((String) driver.getCapabilities().getCapability("se:cdp"));
        }
        if (browserCdp != null) {
            for (String session : browserCdp.attachServiceWorkers()) {
                browserCdp.send(session, "Network.enable", Map.of());
                browserCdp.send(session, "Network.emulateNetworkConditions", conditions);
            }
            if (!off) {
                browserCdp.close();
                browserCdp = null;
            }
        }
    }

    /** A full-page PNG under {@code target/screenshots/<name>.png}; returns the path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core over the current page (WCAG 2 A/AA and best practices); every violation found. */
    public List<Violation> axe() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axeSource());
        }
        String json = (String) jsAsync("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done('error: ' + e); });");
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        try {
            List<Violation> out = new ArrayList<>();
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode n : v.path("nodes")) {
                    if (targets.size() < 3) {
                        targets.add(n.path("target").toString() + " " + n.path("failureSummary").asText());
                    }
                }
                out.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        targets));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("the vendored axe-core (src/test/resources/axe/axe.min.js) is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (browserCdp != null) {
            browserCdp.close();
        }
        driver.quit();
    }
}

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

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts headless chromium, or skips the calling test (loudly) when it is not installed. */
    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String notice = "\n******************************************************************************\n"
                    + "* BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + DRIVER + " is not installed.\n"
                    + "* Install them: apt-get install -y chromium chromium-driver  (.ci/run does).\n"
                    + "******************************************************************************\n";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=uk-UA", "--no-first-run", "--disable-extensions",
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

    /** The browser's languages ({@code Accept-Language} and {@code navigator.languages}). */
    public void acceptLanguage(String header) {
        cdp("Network.enable", Map.of());
        cdp("Network.setUserAgentOverride", Map.of("userAgent", (String) js("return navigator.userAgent"),
                "acceptLanguage", header));
    }

    /** Cuts the network (DevTools network emulation) or restores it. */
    public void offline(boolean off) {
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", Map.of("offline", off, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1));
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
        driver.quit();
    }
}

package uk.takingpart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium driven by Selenium, with axe-core. Never downloads a browser:
 * without Chromium and ChromeDriver installed it fails, saying what to install.
 */
public final class Browser implements AutoCloseable {
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String INSTALL_HINT = "Browser tests need Chromium and ChromeDriver: "
            + "install the Debian packages 'chromium' and 'chromium-driver' (apt-get install chromium chromium-driver), "
            + "or point -Dchromium.binary and -Dchromedriver.binary at them.";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    private static volatile String axeSource;
    private boolean axeOnEveryPage;

    public Browser(String baseUrl, int width, int height) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException(INSTALL_HINT + " Looked for " + chromium + " and " + chromedriver + ".");
        }
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // the page, not the window, is what must be `width` wide
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Sets the display-preferences cookie (language, large print, easy read) for the next page. */
    public void displayPreferences(String value) {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.get(baseUrl + "icons/favicon.svg");
        }
        driver.manage().deleteCookieNamed("takingpart-display");
        driver.manage().deleteCookieNamed("JSESSIONID");
        if (value != null) {
            driver.manage().addCookie(new Cookie("takingpart-display", value, "/"));
        }
    }

    /** Opens a page and waits until Vaadin has rendered it and has nothing left to do. */
    public void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")));
    }

    /**
     * Makes the page {@code width} CSS pixels wide without reloading it (a phone turned, a window
     * resized): a test can check one state of a page at two widths with one walk through it.
     */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(25))
                .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() == width);
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Runs axe-core on the page for WCAG 2.2 A and AA and fails listing every violation.
     *
     * <p>axe-core (about 550 KB of script, from the axe Selenium library's jar) is sent to Chromium
     * once per browser: the first check puts it into the page it finds and asks Chromium to put it
     * into every page loaded after that ({@code Page.addScriptToEvaluateOnNewDocument}), so no later
     * check sends the script again. axe then runs in the page itself, on its one document (our
     * pages have no frames), reporting violations only.
     */
    @SuppressWarnings("unchecked")
    public void assertNoAxeViolations(String context) {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            String axe = axeSource();
            if (!axeOnEveryPage) {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", axe));
                axeOnEveryPage = true;
            }
            driver.executeScript(axe);
        }
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '))))
                  .catch(e => done(['axe-core could not run: ' + e]));""", WCAG_TAGS);
        List<String> violations = (List<String>) found;
        assertThat(violations).as("axe violations on %s:\n  %s", context, String.join("\n  ", violations)).isEmpty();
    }

    private static String axeSource() {
        String source = axeSource;
        if (source == null) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                source = axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return source;
    }

    /** Fails if the page scrolls sideways (WCAG 1.4.10 reflow). */
    public void assertNoHorizontalScroll(String context) {
        Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px on %s", context).isLessThanOrEqualTo(0);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}

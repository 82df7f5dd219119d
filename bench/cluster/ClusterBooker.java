import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Books places as people would, in Debian's Chromium, through the load balancer, for
 * bench/cluster/cluster.sh, until a stop file appears. Each booking is a new visitor (no cookies,
 * so the balancer may send them to either app node) who answers every question and confirms; a
 * full session's check page offers the waiting list, which they join. Every booking reference
 * the confirmation page showed is appended to the output file with its title and the app node
 * that served it. A visitor whose node died under them (an error, a page that never settles)
 * starts a new visit, as a person would: that attempt is counted, never recorded as booked.
 *
 *   java -cp <selenium> bench/cluster/ClusterBooker.java <base url> <session id> <first step> <name prefix> <output file> <stop file>
 */
public class ClusterBooker {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        String first = args[2];
        String prefix = args[3];
        Path output = Path.of(args[4]);
        Path stop = Path.of(args[5]);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("cluster-booker"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        int booked = 0;
        int restarted = 0;
        try {
            for (int i = 1; !Files.exists(stop); i++) {
                String name = prefix + " " + i;
                String email = prefix.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + i + "@cluster.test";
                try {
                    driver.manage().deleteAllCookies();
                    driver.get(base + "/en/book/" + session + "/" + first);
                    waitForVaadin(driver);
                    String line = book(driver, name, email);
                    Files.writeString(output, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    booked++;
                    System.out.println("booked: " + line);
                } catch (Exception e) {
                    restarted++;
                    String first100 = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                    System.out.println("visit " + i + " (" + name + ") restarted: " + e.getClass().getSimpleName() + ": "
                            + first100.substring(0, Math.min(160, first100.length())));
                }
            }
        } finally {
            driver.quit();
            System.out.println("done: " + booked + " booked, " + restarted + " visits restarted");
        }
    }

    /** Answers the journey to its confirmation; returns "reference, title, node, name". */
    private static String book(WebDriver driver, String name, String email) {
        for (int step = 0; step < 10; step++) {
            List<WebElement> reference = driver.findElements(By.cssSelector(".confirmation-panel .reference em"));
            if (!reference.isEmpty()) {
                String title = driver.findElement(By.cssSelector(".confirmation-panel h1")).getText();
                String node = driver.manage().getCookieNamed("TPNODE") == null ? "?" : driver.manage().getCookieNamed("TPNODE").getValue();
                return reference.getFirst().getText().trim() + "\t" + title + "\t" + node + "\t" + name;
            }
            fill(driver, "session", null);
            fill(driver, "places", "1");
            fill(driver, "role", null);
            fill(driver, "name", name);
            fill(driver, "email", email);
            List<WebElement> submit = driver.findElements(By.cssSelector("form button[type=submit]"));
            if (submit.isEmpty()) {
                throw new IllegalStateException("no form on the page: " + driver.findElement(By.tagName("body")).getText());
            }
            submit.getFirst().click();
            waitForVaadin(driver);
        }
        throw new IllegalStateException("did not reach the confirmation: " + driver.findElement(By.tagName("body")).getText());
    }

    /** Answers a field if the page has it: a radio or checkbox is chosen, a text box gets the text. */
    private static void fill(WebDriver driver, String id, String text) {
        List<WebElement> found = driver.findElements(By.id(id));
        if (found.isEmpty() || !found.getFirst().isDisplayed()) {
            return;
        }
        WebElement field = found.getFirst();
        if (text == null) {
            if (!field.isSelected()) {
                field.click();
            }
        } else {
            field.clear();
            field.sendKeys(text);
        }
    }

    private static void waitForVaadin(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")));
    }
}

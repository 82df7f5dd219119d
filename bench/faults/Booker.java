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
 * Books places as a person would, in Debian's Chromium over HTTP, for bench/faults/kill-restart.sh:
 * each booking is a new visitor (no cookies) who answers every question of the journey and
 * confirms; the name and the confirmation's text are appended to the output file, one line each.
 *
 *   java -cp <selenium> bench/faults/Booker.java <base url> <session id> <first step> <count> <name prefix> <output file>
 */
public class Booker {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        String first = args[2];
        int count = Integer.parseInt(args[3]);
        String prefix = args[4];
        Path output = Path.of(args[5]);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("booker-chromium"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        try {
            for (int i = 1; i <= count; i++) {
                driver.manage().deleteAllCookies();
                String name = prefix + " " + i;
                String email = prefix.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + i + "@faults.test";
                driver.get(base + "/en/book/" + session + "/" + first);
                waitForVaadin(driver);
                String confirmation = null;
                for (int step = 0; step < 10 && confirmation == null; step++) {
                    List<WebElement> panel = driver.findElements(By.cssSelector(".confirmation-panel"));
                    if (!panel.isEmpty()) {
                        confirmation = panel.getFirst().getText().replace('\n', ' ');
                        break;
                    }
                    fill(driver, "session", null);
                    fill(driver, "places", "1");
                    fill(driver, "role", null);
                    fill(driver, "name", name);
                    fill(driver, "email", email);
                    driver.findElement(By.cssSelector("form button[type=submit]")).click();
                    waitForVaadin(driver);
                }
                if (confirmation == null) {
                    throw new IllegalStateException("booking " + i + " did not reach the confirmation: "
                            + driver.findElement(By.tagName("main")).getText());
                }
                Files.writeString(output, name + "\t" + email + "\t" + confirmation + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println("booked: " + name + " <" + email + ">");
            }
        } finally {
            driver.quit();
        }
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
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")));
    }
}

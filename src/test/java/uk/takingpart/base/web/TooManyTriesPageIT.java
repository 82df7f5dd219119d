package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.testing.Browser;

/**
 * The "too many tries" page a person meets after too many failed staff sign-ins (here: one), in a
 * real Chromium through the real sign-in form: axe-core finds nothing in English or Welsh, normal or
 * large print, at 320 px and 1280 px, and it does not scroll sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takingpart.rate-limits.sign-in.per-address=1/15m")
class TooManyTriesPageIT {
    @LocalServerPort int port;

    @Test
    void the_too_many_tries_page_passes_axe_in_both_languages_and_modes_at_both_widths() {
        String site = "http://localhost:" + port;
        for (int width : new int[] {1280, 320}) {
            try (Browser browser = new Browser(site, width, 900)) {
                for (String language : List.of("en", "cy")) {
                    for (String mode : List.of("", ".large-print")) {
                        String where = language + mode + " at " + width + " px";
                        browser.displayPreferences(language + mode);
                        browser.open("staff/sign-in");
                        browser.driver().findElement(By.id("username")).sendKeys("nobody");
                        browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
                        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
                        String expected = language.equals("cy") ? "Gormod o ymdrechion" : "Too many tries";
                        // the very first post of the run is a wrong password (counted); each after it is refused
                        // the page is replaced while this looks at it (the post's answer arriving): an element
                        // gone stale in between is looked for again, not a failure
                        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25))
                                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                            var headings = d.findElements(By.tagName("h1"));
                            if (!headings.isEmpty() && expected.equals(headings.getFirst().getText())) {
                                return true;
                            }
                            if (String.valueOf(d.getCurrentUrl()).endsWith("?error")) {
                                browser.waitForVaadin();
                                d.findElement(By.id("username")).clear();
                                d.findElement(By.id("username")).sendKeys("nobody");
                                d.findElement(By.id("password")).sendKeys("not-the-password");
                                d.findElement(By.cssSelector("main button[type=submit]")).click();
                            }
                            return false;
                        });
                        assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
                        browser.assertNoAxeViolations("too many tries " + where);
                        browser.assertNoHorizontalScroll("too many tries " + where);
                    }
                }
            }
        }
    }
}

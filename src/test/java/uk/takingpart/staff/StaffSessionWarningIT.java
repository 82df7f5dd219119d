package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.audit.Actor;
import uk.takingpart.testing.Browser;

/**
 * WCAG 2.2.1 in a real Chromium: before an idle staff session ends, a warning says so and lets
 * the person stay signed in. (Times shortened: the warning shows after 4 seconds idle here.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.timeout=12s", "takingpart.staff.session-warning=8s"})
class StaffSessionWarningIT {
    private static final String PASSWORD = "kettle-meadow-orbit-58";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    @Test
    void an_idle_editor_is_warned_before_being_signed_out_and_can_stay_signed_in() {
        String username = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Idle Editor", StaffRole.EDITOR, PASSWORD), Actor.system());
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("staff/sign-in");
            browser.driver().findElement(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitForVaadin();
            assertThat(browser.script("return document.querySelector('dialog.session-warning').open")).isEqualTo(false);

            new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25))
                    .until(d -> Boolean.TRUE.equals(browser.script("return document.querySelector('dialog.session-warning').open")));
            assertThat(browser.driver().findElement(By.cssSelector("dialog.session-warning h2")).getText())
                    .isEqualTo("You will be signed out soon");
            assertThat(browser.script("return document.activeElement.closest('dialog') !== null")).as("focus moves into the warning").isEqualTo(true);
            browser.assertNoAxeViolations("session warning");

            browser.driver().findElement(By.cssSelector("dialog.session-warning button.button:not(.secondary)")).click();
            browser.waitForVaadin();
            assertThat(browser.script("return document.querySelector('dialog.session-warning').open")).isEqualTo(false);
            browser.open("staff");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        }
    }
}

package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.audit.Actor;
import uk.takingpart.testing.Browser;

/**
 * Two-step sign-in in a real Chromium, with the application's rule that administrators must use it:
 * a new administrator is taken to set it up and can open nothing else; the key is read from the page
 * and the codes are computed here, as an authenticator app would; then a sign-in with password and
 * code. The setting-up page and the code page (also with an error, and in Welsh) pass axe at 1280 px
 * and 320 px, with nothing wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "takingpart.staff.two-factor-required-for=ADMINISTRATOR")
class TwoFactorBrowserIT {
    private static final String PASSWORD = "copper-lantern-meadow-52";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    Browser browser;
    String username;

    @BeforeEach
    void start() {
        username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Two Step Admin", StaffRole.ADMINISTRATOR, PASSWORD), Actor.system());
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private void signIn() {
        browser.open("staff/sign-in");
        var driver = browser.driver();
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void checkAtBothWidths(String page) {
        browser.assertNoAxeViolations(page + " at 1280 px");
        browser.resize(320, 800);
        browser.assertNoHorizontalScroll(page + " at 320 px");
        browser.assertNoAxeViolations(page + " at 320 px");
        browser.resize(1280, 900);
    }

    private void typeCode(String code) {
        WebElement field = browser.driver().findElement(By.id("code"));
        field.clear();
        field.sendKeys(code);
        browser.waitForVaadin();
    }

    @Test
    void an_administrator_sets_up_an_authenticator_at_first_sign_in_then_signs_in_with_password_and_code() throws Exception {
        signIn();
        waitFor("location.pathname === '/staff/sign-in/two-factor'");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Two-step sign-in");
        assertThat(browser.driver().findElement(By.cssSelector("img.qr-code")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        checkAtBothWidths("setting up two-step sign-in");

        browser.open("staff/accounts");
        waitFor("location.pathname === '/staff/sign-in/two-factor'");
        assertThat(browser.driver().findElements(By.cssSelector(".staff-accounts"))).as("nothing else opens").isEmpty();

        String secret = browser.driver().findElement(By.id("secret")).getText().replace(" ", "");
        typeCode("12345");
        browser.driver().findElement(By.cssSelector(".two-factor-setup button.button")).click();
        browser.waitForVaadin();
        waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        checkAtBothWidths("setting up, with an error");

        typeCode(StaffTwoFactorTest.code(secret, Instant.now()));
        browser.driver().findElement(By.cssSelector(".two-factor-setup button.button")).click();
        browser.waitForVaadin();
        List<WebElement> recoveryCodes = browser.driver().findElements(By.cssSelector("#recovery-codes li"));
        assertThat(recoveryCodes).hasSize(10);
        checkAtBothWidths("recovery codes");
        browser.driver().findElement(By.id("continue")).click();
        waitFor("!!document.querySelector('.staff-home h1')");

        // signed out: the next sign-in asks for the code, and no back-office page opens without it
        browser.driver().manage().deleteAllCookies();
        signIn();
        waitFor("location.pathname === '/staff/sign-in/code'");
        WebElement code = browser.driver().findElement(By.id("code"));
        assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(browser.driver().findElement(By.cssSelector("label[for='code']")).getText()).isEqualTo("Code from your authenticator app");
        checkAtBothWidths("the code page");
        browser.open("staff");
        waitFor("location.pathname === '/staff/sign-in/code'");

        typeCode("000000".equals(StaffTwoFactorTest.code(secret, Instant.now())) ? "111111" : "000000");
        browser.driver().findElement(By.cssSelector("main > button.button")).click();
        browser.waitForVaadin();
        waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
        assertThat(browser.driver().findElement(By.id("code-error")).getText()).contains("this code is not right");
        assertThat(browser.driver().findElement(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");
        checkAtBothWidths("the code page with an error");

        // the enrolment's code was this step's: the next step's code, which the window still accepts, is new
        typeCode(StaffTwoFactorTest.code(secret, Instant.now().plusSeconds(30)));
        browser.driver().findElement(By.cssSelector("main > button.button")).click();
        waitFor("!!document.querySelector('.staff-home h1')");
        browser.open("staff/accounts");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Staff accounts");
    }

    @Test
    void the_code_page_passes_axe_in_welsh() throws Exception {
        String secret = enrolDirectly();
        browser.displayPreferences("cy");
        signIn();
        waitFor("location.pathname === '/staff/sign-in/code'");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("cy");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Rhowch eich cod");
        browser.driver().findElement(By.cssSelector("#recovery summary")).click();
        checkAtBothWidths("the code page [cy], recovery code open");
        typeCode(StaffTwoFactorTest.code(secret, Instant.now()));
        browser.driver().findElement(By.cssSelector("main > button.button")).click();
        waitFor("!!document.querySelector('.staff-home h1')");
    }

    @Autowired StaffTwoFactor twoFactor;

    private String enrolDirectly() throws Exception {
        StaffTwoFactor.Enrolment enrolment = twoFactor.newEnrolment(username, "Taking Part");
        twoFactor.enrol(username, enrolment.secret(), StaffTwoFactorTest.code(enrolment.secret(), Instant.now().minusSeconds(30))).orElseThrow();
        return enrolment.secret();
    }
}

package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.takingpart.audit.Actor;
import uk.takingpart.testing.Browser;

/** The back office in a real Chromium: signing in, lockout, the staff pages, axe in English and Welsh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StaffBrowserIT {
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    Browser browser;
    String username;

    @BeforeEach
    void start() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.ANALYST, PASSWORD), Actor.system());
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private void signIn(String password) {
        var driver = browser.driver();
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    @Test
    void the_sign_in_page_and_its_errors_pass_axe_in_english_and_welsh(CapturedOutput output) {
        for (String language : List.of("en", "cy")) {
            browser.displayPreferences(language);
            browser.open("staff/sign-in");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("autocomplete")).isEqualTo("username");
            assertThat(browser.driver().findElement(By.id("password")).getAttribute("autocomplete")).isEqualTo("current-password");
            browser.assertNoAxeViolations("sign-in [" + language + "]");

            signIn("not-the-password-" + language);
            waitFor("location.search === '?error'");
            waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
            assertThat(browser.driver().getTitle()).startsWith(language.equals("en") ? "Error: " : "Gwall: ");
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
            assertThat(browser.driver().findElement(By.id("password")).getAttribute("value")).isEmpty();
            browser.assertNoAxeViolations("sign-in error [" + language + "]");
        }
        assertThat(output.getAll()).doesNotContain("not-the-password-en").doesNotContain(PASSWORD);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        browser.open("staff/sign-in");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("wrong-password-" + attempt);
        }
        waitFor("location.search === '?locked'");
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains("locked for 15 minutes");

        signIn(PASSWORD);
        waitFor("location.search === '?locked'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'STAFF_LOCKED_OUT' AND record_id = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void a_signed_in_analyst_sees_today_and_the_audit_trail_in_english_and_welsh_without_axe_violations() {
        browser.open("staff/audit");
        waitFor("location.pathname === '/staff/sign-in'");
        signIn(PASSWORD);
        waitFor("!!document.querySelector('.staff-home h1') || !!document.querySelector('.audit-trail h1')");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'STAFF_SIGNED_IN' AND record_id = ?",
                Integer.class, username)).isEqualTo(1);

        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                browser.driver().findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            browser.open("staff");
            browser.assertNoAxeViolations("staff home [" + language + "]");
            browser.open("staff/audit");
            browser.driver().findElement(By.cssSelector(".audit-trail main button, .audit-trail button.button")).click();
            browser.waitForVaadin();
            waitFor("document.querySelector('.verification').textContent.length > 0");
            assertThat(browser.driver().findElement(By.cssSelector(".verification")).getAttribute("class")).contains("verification-intact");
            browser.assertNoAxeViolations("audit trail [" + language + "]");
        }

        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[0]; fetch(document.querySelector('.download-link').href).then(r => r.text()).then(done);");
        assertThat(csv).startsWith("id,occurred_at,actor_type,actor,action,record_type,record_id,activity,summary");
        assertThat(csv).contains("STAFF_SIGNED_IN");
    }

    @Test
    void an_administrator_sees_the_activity_list_editor_preview_and_settings_without_axe_violations() {
        String admin = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(admin, "Browser Admin", StaffRole.ADMINISTRATOR, PASSWORD), Actor.system());
        username = admin;
        browser.open("staff/sign-in");
        signIn(PASSWORD);
        waitFor("!!document.querySelector('.staff-home h1')");
        String slug = jdbc.queryForObject("SELECT slug FROM activity WHERE stage = 'OPEN_CONSULTATION' AND slug NOT LIKE 'test-%' LIMIT 1", String.class);

        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                browser.driver().findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            for (String page : List.of("staff/activities", "staff/activities/new", "staff/activities/" + slug + "/edit",
                    "staff/activities/" + slug + "/preview?lang=cy&mode=easy-read", "staff/activities/" + slug + "/preview?lang=en&mode=large-print",
                    "staff/settings", "staff/accounts", "staff/data-rights")) {
                browser.open(page);
                browser.assertNoAxeViolations(page + " [" + language + "]");
            }
        }
        // an empty form saved: the error summary takes focus and the page still passes
        browser.open("staff/activities/new");
        browser.driver().findElement(By.cssSelector(".editor-actions button")).click();
        browser.waitForVaadin();
        waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
        assertThat(browser.driver().getTitle()).startsWith("Gwall: ");
        browser.assertNoAxeViolations("editor with errors [cy]");
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }
}

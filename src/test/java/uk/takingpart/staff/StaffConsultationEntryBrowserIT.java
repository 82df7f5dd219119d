package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.takingpart.audit.Actor;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Browser;

/**
 * An editor's consultation pages in a real Chromium, in English and Welsh at 1280 and 320 px,
 * pass axe: setting up a consultation (with its errors showing), its details, and entering a
 * paper response (how it came, with an error, a question and the check page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffConsultationEntryBrowserIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ConsultationService consultations;
    @Autowired JdbcTemplate jdbc;
    Browser browser;
    String username;
    String slug;

    @BeforeEach
    void start() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.EDITOR, PASSWORD), Actor.system());
        slug = "it-consultation-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO activity (slug, type, topic, area_id, ladder_level, starts_at) SELECT ?, 'CONSULTATION', 'HOSPITAL_SERVICES',"
                + " MIN(id), 'CONSULT', ? FROM area", slug, LocalDateTime.now());
        jdbc.update("INSERT INTO activity_text (activity_id, language, title, summary) SELECT id, 'en', 'Stroke services', 'Have your say'"
                + " FROM activity WHERE slug = ?", slug);
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
        jdbc.update("DELETE FROM activity WHERE slug = ?", slug);
        jdbc.update("DELETE FROM journey_draft WHERE kind = 'staff-entered-response'");
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void check(String what) {
        browser.resize(1280, 900);
        browser.assertNoAxeViolations(what);
        browser.resize(320, 800);
        browser.assertNoHorizontalScroll(what + " at 320 px");
        browser.assertNoAxeViolations(what + " at 320 px");
        browser.resize(1280, 900);
    }

    private void submit() {
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForVaadin();
    }

    @Test
    void the_set_up_details_and_paper_response_pages_pass_axe_in_english_and_welsh_at_both_widths() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        browser.open("staff/consultations");
        waitFor("location.pathname === '/staff/sign-in'");
        var driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();

        for (String language : List.of("en", "cy")) {
            browser.open("staff/consultations");
            waitFor("!!document.querySelector('main h1')");
            if (language.equals("cy")) {
                driver.findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            check("consultations list (" + language + ")");

            browser.open("staff/consultations/set-up/" + slug);
            waitFor("!!document.querySelector('main h1')");
            driver.findElement(By.cssSelector(".editor-actions button")).click();
            browser.waitForVaadin();
            waitFor("!!document.querySelector('.error-summary:not([hidden])')");
            check("set-up page with errors (" + language + ")");

            browser.open("staff/consultations/" + consultation + "/details");
            waitFor("!!document.querySelector('main h1')");
            check("details page (" + language + ")");

            // a fresh response each time round (the English one's draft would fill the page in)
            jdbc.update("DELETE FROM journey_draft WHERE kind = 'staff-entered-response'");
            browser.open("staff/consultations/" + consultation + "/enter/received");
            waitFor("!!document.querySelector('main h1')");
            submit();
            waitFor("!!document.querySelector('.error-summary:not([hidden])')");
            check("how the response came, with errors (" + language + ")");
            driver.findElement(By.cssSelector("label[for='entry-channel']")).click();
            driver.findElement(By.id("entry-received")).sendKeys(String.valueOf(LocalDateTime.now().getDayOfMonth()));
            driver.findElement(By.id("entry-received-month")).sendKeys(String.valueOf(LocalDateTime.now().getMonthValue()));
            driver.findElement(By.id("entry-received-year")).sendKeys(String.valueOf(LocalDateTime.now().getYear()));
            driver.findElement(By.cssSelector("label[for='entry-language']")).click();
            submit();
            waitFor("location.pathname.endsWith('/enter/practice-area')");
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
            check("first question (" + language + ")");
        }
    }
}

package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.takingpart.audit.Actor;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Browser;

/**
 * In a real Chromium: the questions and answers on a consultation's page and the ask page (with
 * its errors) pass axe in English and Welsh, normal, large print and easy read, at 1280 and 320 px;
 * the staff moderation queue, with the answer form open, passes axe in English and Welsh at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionsBrowserIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ConsultationQuestions questions;
    @Autowired ConsultationService consultations;
    @Autowired JdbcTemplate jdbc;
    Browser browser;
    long consultation;
    long before;

    @BeforeEach
    void start() {
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM consultation_question", Long.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("it-setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            long id = questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH,
                    new ConsultationQuestions.Asking("Is there parking at the Barry practice?", null)).id();
            long version = questions.queue(consultation).stream().filter(q -> q.id() == id).findFirst().orElseThrow().version();
            questions.answer(id, version, Map.of("en", "Practice manager"), Map.of("en", "Yes, 20 spaces.\n\nTwo are for blue badges."), "it-setup");
            questions.ask(GP, UUID.randomUUID().toString(), Locale.forLanguageTag("cy"), new ConsultationQuestions.Asking("Oes bws?", null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
        jdbc.update("DELETE FROM consultation_question WHERE id > ?", before);
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void bothWidths(String where) {
        browser.resize(1280, 900);
        browser.assertNoAxeViolations(where + " at 1280 px");
        browser.resize(320, 800);
        browser.assertNoHorizontalScroll(where + " at 320 px");
        browser.assertNoAxeViolations(where + " at 320 px");
        browser.resize(1280, 900);
    }

    @Test
    void the_public_questions_and_the_ask_page_pass_axe_in_every_language_mode_and_width() {
        for (String language : List.of("en", "cy")) {
            for (String mode : List.of("", ".large-print", ".easy-read")) {
                String where = " [" + language + (mode.isEmpty() ? ", normal" : ", " + mode.substring(1)) + "]";
                browser.displayPreferences(language + mode);
                browser.open(language + "/activities/" + GP);
                assertThat(browser.driver().findElement(By.cssSelector(".consultation-questions")).getText()).contains("Yes, 20 spaces.");
                bothWidths("questions and answers" + where);
                browser.open(language + "/consultations/" + GP + "/ask");
                bothWidths("ask a question" + where);
                browser.driver().findElement(By.id("email")).sendKeys("not an email");
                browser.driver().findElement(By.id("send-question")).click();
                browser.waitForVaadin();
                waitFor("!!document.querySelector('.error-summary:not([hidden])') && document.activeElement.id === 'error-summary'");
                assertThat(browser.driver().getTitle()).startsWith(language.equals("cy") ? "Gwall: " : "Error: ");
                bothWidths("ask a question with errors" + where);
            }
        }
    }

    @Test
    void the_moderation_queue_passes_axe_in_english_and_welsh() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.EDITOR, PASSWORD), Actor.system());
        String path = "staff/consultations/" + consultation + "/questions";
        browser.open(path);
        waitFor("location.pathname === '/staff/sign-in'");
        var driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();
        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                driver.findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            browser.open(path);
            waitFor("!!document.querySelector('main h1') && !!document.querySelector('.question-card')");
            bothWidths("moderation queue [" + language + "]");
            driver.findElements(By.cssSelector(".question-new .question-actions vaadin-button")).get(1).click();
            browser.waitForVaadin();
            waitFor("!!document.querySelector('#question-panel')");
            driver.findElement(By.id("question-save")).click();
            browser.waitForVaadin();
            waitFor("!!document.querySelector('.error-summary:not([hidden])')");
            bothWidths("moderation queue, answer form with errors [" + language + "]");
        }
    }
}

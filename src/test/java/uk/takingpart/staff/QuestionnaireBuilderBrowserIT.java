package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import uk.takingpart.audit.Actor;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Browser;

/**
 * An editor opens the questionnaire builder, a question's form, the form for a new question with
 * its errors, and the preview in a real Chromium, in English and Welsh: no axe violations at 1280
 * and 320 px, and nothing wider than the screen at 320 px. Changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireBuilderBrowserIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ConsultationService consultations;
    Browser browser;
    String username;

    @BeforeEach
    void start() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.EDITOR, PASSWORD), Actor.system());
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void check(String path, String label) {
        browser.resize(1280, 900);
        browser.open(path);
        waitFor("!!document.querySelector('main h1')");
        browser.assertNoAxeViolations(label);
        browser.resize(320, 800);
        browser.assertNoHorizontalScroll(label + " at 320 px");
        browser.assertNoAxeViolations(label + " at 320 px");
    }

    @Test
    void an_editor_uses_the_builder_and_the_question_form_in_english_and_welsh_without_axe_violations() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        long question = questionnaire.question("practice-area").orElseThrow().id();
        long section = questionnaire.sections().getFirst().id();
        String base = "staff/consultations/" + consultation + "/questionnaire";

        browser.open(base);
        waitFor("location.pathname === '/staff/sign-in'");
        var driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();

        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                browser.resize(1280, 900);
                driver.findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            check(base, "builder [" + language + "]");
            check(base + "/questions/" + question, "question form [" + language + "]");
            check(base + "/preview?lang=" + language + "&mode=large-print", "preview [" + language + "]");

            browser.resize(1280, 900);
            browser.open(base + "/sections/" + section + "/new-question");
            waitFor("!!document.querySelector('main h1')");
            driver.findElement(By.cssSelector(".editor-actions button")).click();
            browser.waitForVaadin();
            waitFor("!!document.querySelector('.error-summary li')");
            assertThat(driver.getTitle()).startsWith(language.equals("en") ? "Error: " : "Gwall: ");
            browser.assertNoAxeViolations("new question with errors [" + language + "]");
            browser.resize(320, 800);
            browser.assertNoHorizontalScroll("new question with errors [" + language + "] at 320 px");
            browser.assertNoAxeViolations("new question with errors [" + language + "] at 320 px");
        }
    }
}

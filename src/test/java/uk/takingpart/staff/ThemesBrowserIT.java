package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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
import uk.takingpart.audit.Actor;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Browser;

/**
 * An editor creates a theme from a suggestion in a real Chromium; the themes page (also with an
 * error), the theme's page (also with the quote form open) and a response's page with its answer's
 * themes pass axe in English and Welsh at 1280 and 320 px, without scrolling sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThemesBrowserIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired JdbcTemplate jdbc;
    Browser browser;
    String username;
    final List<String> references = new ArrayList<>();

    @BeforeEach
    void start() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.EDITOR, PASSWORD), Actor.system());
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        long comments = questionnaire.question("other-comments").orElseThrow().id();
        for (String comment : List.of("Saturday surgeries would help working parents like me, a lot.",
                "Saturday surgeries, please: I cannot leave work in the week.")) {
            references.add(responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, Map.of(comments, new Answer.Text(comment))).reference());
        }
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
        jdbc.update("DELETE FROM consultation_theme WHERE created_by = ?", username);
        references.forEach(reference -> jdbc.update("DELETE FROM consultation_response WHERE reference = ?", reference));
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void click(String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
        browser.waitForVaadin();
    }

    private void check(String path, String context) {
        browser.resize(1280, 900);
        browser.assertNoAxeViolations(context);
        browser.resize(320, 800);
        browser.assertNoHorizontalScroll(context + " at 320 px");
        browser.assertNoAxeViolations(context + " at 320 px");
        browser.resize(1280, 900);
    }

    @Test
    void an_editor_creates_a_theme_from_a_suggestion_and_the_theme_pages_pass_axe_in_english_and_welsh() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        String themesPage = "staff/consultations/" + consultation + "/themes";
        browser.open("staff/sign-in");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();
        waitFor("!!document.querySelector('.staff-home h1')");

        browser.open(themesPage);
        waitFor("!!document.querySelector('main h1')");
        var suggestion = browser.driver().findElements(By.cssSelector(".staff-themes table button")).stream()
                .filter(b -> b.getText().contains("saturday surgeries")).findFirst().orElseThrow();
        suggestion.click();
        browser.waitForVaadin();
        assertThat(browser.driver().findElement(By.id("theme-name")).getDomProperty("value")).isEqualTo("Saturday surgeries");
        click(".create-theme button.button");
        waitFor("document.querySelector('.staff-themes .notice') && document.querySelector('.staff-themes .notice').offsetParent !== null");
        assertThat(browser.driver().findElement(By.cssSelector(".staff-themes .notice")).getText())
                .isEqualTo("Theme created: Saturday surgeries. 2 answers were tagged.");
        long theme = jdbc.queryForObject("SELECT id FROM consultation_theme WHERE created_by = ?", Long.class, username);
        String themePage = themesPage + "/" + theme;

        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                browser.driver().findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            browser.open(themesPage);
            waitFor("!!document.querySelector('main h1')");
            check(themesPage, "themes [" + language + "]");
            browser.open(themePage);
            waitFor("!!document.querySelector('.theme-answer')");
            check(themePage, "a theme [" + language + "]");
            String response = "staff/responses/" + references.getFirst();
            browser.open(response);
            waitFor("!!document.querySelector('.answer-themes')");
            check(response, "a response with its answer's themes [" + language + "]");
            browser.open(themePage);
            waitFor("!!document.querySelector('.theme-answer')");
            // the quote form open
            click(".theme-answer .button.secondary");
            waitFor("!!document.querySelector('.quote-form textarea')");
            check(themePage, "a theme with the quote form [" + language + "]");
        }

        // creating a theme with no name, in Welsh: the error summary takes focus and the page still passes
        browser.open(themesPage);
        waitFor("!!document.querySelector('.create-theme button.button')");
        click(".create-theme button.button");
        waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
        assertThat(browser.driver().getTitle()).startsWith("Gwall: ");
        assertThat(browser.driver().findElement(By.id("theme-name-error")).getText()).contains("Rhowch enw’r thema");
        check(themesPage, "themes with an error [cy]");
    }
}

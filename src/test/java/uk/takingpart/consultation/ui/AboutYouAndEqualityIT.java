package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.testing.Browser;

/**
 * "About you" and equality monitoring in a real Chromium: axe-core finds nothing on any of their
 * pages (errors showing too), on the check page or on the confirmation, in English and Welsh, at
 * 320 px and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AboutYouAndEqualityIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final int NARROW = 320;
    private static final int WIDE = 1280;
    private static final int HEIGHT = 900;

    @LocalServerPort int port;

    @Test
    void about_you_equality_check_and_confirmation_pages_pass_axe_in_both_languages_and_widths() {
        try (Browser browser = new Browser("http://localhost:" + port, NARROW, HEIGHT)) {
            for (String language : List.of("en", "cy")) {
                String where = " [" + language + "]";
                browser.displayPreferences(language);
                answerTheQuestions(browser, language);

                scan(browser, "how you respond" + where);
                click(browser, "about-you-named");
                submit(browser);
                type(browser, "about-email", "not an email");
                submit(browser);
                assertError(browser, "name and email with an error" + where);
                type(browser, "about-email", "alys@example.org");
                submit(browser);

                click(browser, "about-as-organisation");
                submit(browser);
                assertError(browser, "responding for an organisation with no name" + where);
                type(browser, "about-organisation", "Barry Carers");
                submit(browser);

                click(browser, "about-help");
                submit(browser);
                scan(browser, "who helped" + where);
                click(browser, "about-who-helped-advocate");
                submit(browser);
                scan(browser, "how they helped" + where);
                click(browser, "about-how-helped-easy-read");
                submit(browser);

                scan(browser, "equality explainer" + where);
                submit(browser);
                for (int i = 0; i < uk.takingpart.consultation.EqualityMonitoring.QUESTIONS.size(); i++) {
                    String id = browser.driver().findElement(By.cssSelector("form .choices")).getAttribute("id");
                    if (id.equals("equality-ethnic-group-group") || id.equals("equality-national-identity-group")) {
                        scan(browser, id + where);
                    }
                    if (id.equals("equality-national-identity-group")) {
                        click(browser, "equality-national-identity");
                    }
                    submit(browser);
                }

                scan(browser, "check your answers with about you and equality" + where);
                submit(browser);
                assertThat(browser.driver().findElement(By.cssSelector(".confirmation-panel")).getText()).as("confirmation" + where).isNotBlank();
                assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("alys@example.org");
                scan(browser, "confirmation with the email copy" + where);
            }
        }
    }

    private static void answerTheQuestions(Browser browser, String language) {
        browser.open(language + "/consultations/" + GP + "/respond/practice-area");
        click(browser, "q-practice-area-penarth");
        submit(browser);
        click(browser, "q-hard-to-get-no");
        submit(browser);
        submit(browser);
        click(browser, "q-best-times-evening");
        submit(browser);
        click(browser, "q-agree-option-a-agree");
        submit(browser);
        click(browser, "q-agree-option-b-disagree");
        submit(browser);
        new Select(browser.driver().findElement(By.id("q-what-matters"))).selectByValue("4");
        new Select(browser.driver().findElement(By.id("q-what-matters-any-evening"))).selectByValue("3");
        new Select(browser.driver().findElement(By.id("q-what-matters-short-journey"))).selectByValue("2");
        new Select(browser.driver().findElement(By.id("q-what-matters-book-online"))).selectByValue("1");
        submit(browser);
        click(browser, "q-statements");
        click(browser, "q-statements-get-to-cowbridge-agree");
        click(browser, "q-statements-another-practice-dont-know");
        submit(browser);
        type(browser, "q-travel-minutes", "30");
        submit(browser);
        submit(browser);
        submit(browser);
    }

    /** Checks the page as it is at 320 px, then the same state at 1280 px, and goes back to 320 px. */
    private static void scan(Browser browser, String context) {
        assertThat((String) browser.script("return document.title")).as("title on %s", context).isNotBlank();
        browser.assertNoAxeViolations(context + " at " + NARROW + " px");
        browser.assertNoHorizontalScroll(context + " at " + NARROW + " px");
        browser.resize(WIDE, HEIGHT);
        try {
            browser.assertNoAxeViolations(context + " at " + WIDE + " px");
        } finally {
            browser.resize(NARROW, HEIGHT);
        }
    }

    private static void assertError(Browser browser, String context) {
        WebElement summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(summary.isDisplayed()).as("error summary on %s", context).isTrue();
        assertThat((String) browser.script("return document.title")).as("title on %s", context).matches("^(Error|Gwall): .*");
        scan(browser, context);
    }

    private static void click(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.waitForVaadin();
    }

    private static void submit(Browser browser) {
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}

package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Browser;

/**
 * Giving your views in a real Chromium: every step of the response journey (start page, each
 * question, a question with its error showing, About you and equality monitoring, check your
 * answers, the saved page with its resume code, the confirmation) has zero
 * axe-core violations, in English and Welsh, in normal, large-print and easy-read modes, at 320 px
 * and 1280 px, and never scrolls sideways at 320 px; and someone using only a keyboard can send a
 * response from the start page to the reference.
 *
 * <p>The walk fills each page from what is on it (radios, checkboxes, text, dates, numbers,
 * positions), not from a list of the demo questions, so a page added to the journey is scanned
 * without changing this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResponseJourneyIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final int NARROW = 320;
    private static final int WIDE = 1280;
    private static final int HEIGHT = 900;
    /** More pages than any journey has: a walk that goes round in circles fails instead of hanging. */
    private static final int MOST_PAGES = 40;
    private static final AtomicInteger scanned = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;

    @Test
    void every_step_passes_axe_in_every_language_mode_and_width() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        int before = responses.count(consultation);
        try (Browser browser = new Browser("http://localhost:" + port, NARROW, HEIGHT)) {
            for (String language : List.of("en", "cy")) {
                for (String mode : List.of("", ".large-print", ".easy-read")) {
                    String where = " [" + language + (mode.isEmpty() ? ", normal" : ", " + mode.substring(1)) + "]";
                    browser.displayPreferences(language + mode);
                    browser.open(language + "/consultations/" + GP + "/respond");
                    scan(browser, "start page" + where);
                    browser.driver().findElement(By.className("start-button")).click();
                    browser.waitForVaadin();

                    // the first question, sent empty: its error next to it and in the summary
                    submit(browser);
                    assertThat(browser.driver().findElement(By.id("error-summary")).isDisplayed()).as("error summary" + where).isTrue();
                    assertThat((String) browser.script("return document.title")).as("error title" + where).matches("^(Error|Gwall): .*");
                    scan(browser, "first question with an error" + where);

                    int pages = 0;
                    while (!browser.driver().getCurrentUrl().endsWith("/check")) {
                        assertThat(++pages).as("pages before check your answers" + where).isLessThan(MOST_PAGES);
                        String step = step(browser);
                        scan(browser, step + where);
                        fill(browser);
                        submit(browser);
                        assertThat(step(browser)).as("the page after " + step + where + " (an error stopped the walk: "
                                + errorText(browser) + ")").isNotEqualTo(step);
                    }
                    assertThat(pages).as("question pages" + where).isGreaterThanOrEqualTo(11);
                    scan(browser, "check your answers" + where);

                    // save and come back later: the code, then the email form sent empty, then back to check
                    browser.driver().findElement(By.id("save-for-later")).click();
                    browser.waitForVaadin();
                    assertThat(browser.driver().findElement(By.className("resume-code")).getText()).as("resume code" + where)
                            .matches("[" + ConsultationResponses.REFERENCE_ALPHABET + "]{4}-[" + ConsultationResponses.REFERENCE_ALPHABET + "]{4}");
                    scan(browser, "saved, with the resume code" + where);
                    submit(browser);
                    assertThat(errorText(browser)).as("email left empty" + where).isNotEqualTo("no error shown");
                    scan(browser, "saved, email left empty" + where);
                    browser.driver().findElement(By.cssSelector("main a[href$='/respond/check']")).click();
                    browser.waitForVaadin();
                    assertThat(browser.driver().getCurrentUrl()).as("back to check" + where).endsWith("/check");
                    submit(browser);
                    assertThat(browser.driver().getCurrentUrl()).as("after sending" + where).endsWith("/done");
                    scan(browser, "confirmation" + where);
                }
            }
        }
        assertThat(responses.count(consultation)).as("one response per walk").isEqualTo(before + 6);
    }

    @Test
    void a_response_can_be_sent_with_the_keyboard_alone() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        int before = responses.count(consultation);
        try (Browser browser = new Browser("http://localhost:" + port, NARROW, HEIGHT)) {
            browser.displayPreferences("en");
            browser.open("en/consultations/" + GP + "/respond");
            tabTo(browser, "a.start-button");
            press(browser, Keys.ENTER);
            int pages = 0;
            while (!browser.driver().getCurrentUrl().endsWith("/check")) {
                assertThat(++pages).as("pages before check your answers").isLessThan(MOST_PAGES);
                String step = step(browser);
                answerWithKeys(browser);
                assertThat(step(browser)).as("the page after " + step + " (" + errorText(browser) + ")").isNotEqualTo(step);
            }
            tabTo(browser, "main form button[type=submit]");
            press(browser, Keys.ENTER);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/done");
            assertThat(browser.driver().findElement(By.cssSelector(".reference em")).getText())
                    .matches("[" + ConsultationResponses.REFERENCE_ALPHABET + "]{8}");
        }
        assertThat(responses.count(consultation)).isEqualTo(before + 1);
    }

    /**
     * Answers the page's questions with keys only: Tab from field to field, Space on the first
     * radio or checkbox of a group, letters into text, a number into each position, then Enter on
     * the button.
     */
    private static void answerWithKeys(Browser browser) {
        tabTo(browser, "main form input, main form select, main form textarea, main form button[type=submit]");
        Set<String> groupsDone = new HashSet<>();
        int position = 1;
        for (int i = 0; i < 60; i++) {
            WebElement field = active(browser);
            String tag = field.getTagName();
            String type = String.valueOf(field.getAttribute("type"));
            String name = String.valueOf(field.getAttribute("name"));
            if (tag.equals("button")) {
                press(browser, Keys.ENTER);
                return;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && groupsDone.add(name)) {
                if (!field.isSelected()) {
                    press(browser, Keys.SPACE);
                }
            } else if (tag.equals("select")) {
                field.sendKeys(String.valueOf(position++));
                browser.waitForVaadin();
            } else if ((tag.equals("textarea") || tag.equals("input") && !type.equals("radio") && !type.equals("checkbox"))
                    && field.getAttribute("value").isEmpty()) {
                field.sendKeys(valueFor(field));
                browser.waitForVaadin();
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Never reached the page's button with the Tab key on " + step(browser));
    }

    /** Gives each visible question on the page an answer, as a person would with a mouse and keyboard. */
    private static void fill(Browser browser) {
        Set<String> groupsDone = new HashSet<>();
        int position = 1;
        for (WebElement field : browser.driver().findElements(By.cssSelector("main form input, main form select, main form textarea"))) {
            if (!visible(browser, field)) {
                continue;
            }
            String tag = field.getTagName();
            String type = String.valueOf(field.getAttribute("type"));
            if (type.equals("radio") || type.equals("checkbox")) {
                if (groupsDone.add(field.getAttribute("name")) && !field.isSelected()) {
                    label(browser, field).click();
                    browser.waitForVaadin();
                }
            } else if (tag.equals("select")) {
                new Select(field).selectByValue(String.valueOf(position++));
                browser.waitForVaadin();
            } else if (field.getAttribute("value").isEmpty()) {
                field.sendKeys(valueFor(field));
            }
        }
    }

    /** A right answer for a field, from what the field says it is. */
    private static String valueFor(WebElement field) {
        String id = String.valueOf(field.getAttribute("id"));
        String type = String.valueOf(field.getAttribute("type"));
        String autocomplete = String.valueOf(field.getAttribute("autocomplete"));
        if (type.equals("email") || autocomplete.equals("email")) {
            return "respondent@example.org";
        }
        if (id.endsWith("-month")) {
            return "5";
        }
        if (id.endsWith("-year")) {
            return "2024";
        }
        if ("numeric".equals(field.getAttribute("inputmode"))) {
            return "12";
        }
        if (field.getTagName().equals("textarea")) {
            return "Evenings suit me.\nBuses stop at 7pm.";
        }
        return "Llew Jones";
    }

    private static boolean visible(Browser browser, WebElement field) {
        return Boolean.TRUE.equals(browser.script("return arguments[0].closest('[hidden]') === null", field));
    }

    private static WebElement label(Browser browser, WebElement field) {
        return browser.driver().findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']"));
    }

    /** The address's last part: the step shown. */
    private static String step(Browser browser) {
        String url = browser.driver().getCurrentUrl().replaceFirst("[?#].*$", "");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String errorText(Browser browser) {
        List<WebElement> summary = browser.driver().findElements(By.id("error-summary"));
        return summary.isEmpty() ? "no error shown" : summary.getFirst().getText();
    }

    private static void scan(Browser browser, String context) {
        assertThat((String) browser.script("return document.title")).as("title on %s", context).isNotBlank();
        assertThat(browser.script("return document.querySelectorAll('main').length")).as("main on %s", context).isEqualTo(1L);
        browser.assertNoAxeViolations(context + " at " + NARROW + " px");
        browser.assertNoHorizontalScroll(context + " at " + NARROW + " px");
        browser.resize(WIDE, HEIGHT);
        try {
            browser.assertNoAxeViolations(context + " at " + WIDE + " px");
        } finally {
            browser.resize(NARROW, HEIGHT);
        }
        scanned.addAndGet(2);
    }

    private static void submit(Browser browser) {
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(Browser browser, CharSequence key) {
        active(browser).sendKeys(key);
        browser.waitForVaadin();
    }

    /** Presses Tab until the element matching the selector has focus, as a keyboard user would. */
    private static void tabTo(Browser browser, String selector) {
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(browser.script("return document.activeElement && document.activeElement.matches(arguments[0])", selector))) {
                return;
            }
            active(browser).sendKeys(Keys.TAB);
        }
        throw new AssertionError("Could not reach " + selector + " with the Tab key on " + step(browser));
    }

    @AfterAll
    static void report() {
        System.out.println("axe: " + scanned.get() + " response journey pages x language x mode x width scanned with zero violations");
    }
}

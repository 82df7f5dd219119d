package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingService;
import uk.takingpart.testing.Browser;

/**
 * The booking journey in a real Chromium: axe-core finds nothing on any step or on the manage
 * page, in English and Welsh, in normal, large-print and easy-read modes, at 320 px and 1280 px,
 * with errors showing too; and someone using only a keyboard can book a place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingJourneyIT {
    private static final AtomicInteger scanned = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired BookingService bookings;
    BookingFixtures fixtures;
    long event;
    long timeToListen;
    long fullSlot;

    @BeforeEach
    void createEvents() {
        fixtures = BookingFixtures.in(context);
        Instant now = Instant.now();
        event = fixtures.activity("EVENT", now);
        fixtures.sessionId(event, now.plus(Duration.ofDays(9)), 100, 4, null);
        fixtures.sessionId(event, now.plus(Duration.ofDays(16)), 100, 4, null);
        timeToListen = fixtures.activity("TIME_TO_LISTEN", now);
        fullSlot = fixtures.sessionId(timeToListen, now.plus(Duration.ofDays(6)), 1, 1, "Helen Pritchard");
        bookings.book(BookingFixtures.request(fullSlot, 1, BookingFixtures.email(), Locale.ENGLISH, false));
    }

    @AfterEach
    void deleteEvents() {
        fixtures.delete(event);
        fixtures.delete(timeToListen);
    }

    @Test
    void every_step_and_the_manage_page_pass_axe_in_every_language_mode_and_width() {
        // one walk per language and mode; every state of every page is scanned at 320 and 1280 px (see scan)
        try (Browser browser = new Browser("http://localhost:" + port, NARROW, HEIGHT)) {
            for (String language : List.of("en", "cy")) {
                for (String mode : List.of("", ".large-print", ".easy-read")) {
                    String where = " [" + language + (mode.isEmpty() ? ", normal" : ", " + mode.substring(1)) + "]";
                    browser.displayPreferences(language + mode);
                    bookAnEvent(browser, language, where);
                    joinAWaitingList(browser, language, where);
                }
            }
        }
    }

    private void bookAnEvent(Browser browser, String language, String where) {
        browser.open(language + "/activities/" + fixtures.slug(event));
        scan(browser, "activity page with sessions" + where);
        clickLink(browser, "start-button");
        scan(browser, "choose a session" + where);
        submit(browser);
        assertError(browser, "choose a session with an error" + where);
        browser.driver().findElement(By.id("session")).click();
        submit(browser);

        type(browser, "places", "9");
        submit(browser);
        assertError(browser, "places with an error" + where);
        type(browser, "places", "2");
        submit(browser);

        scan(browser, "contact details" + where);
        type(browser, "email", "not an email");
        submit(browser);
        assertError(browser, "contact details with errors" + where);
        type(browser, "name", "Alys Jones");
        type(browser, "email", "alys@example.org");
        // a format sent by post reveals the postal address, which is then asked for
        new Select(browser.driver().findElement(By.id("format"))).selectByValue("braille");
        browser.waitForVaadin();
        assertThat(browser.driver().findElement(By.id("address-line-1")).isDisplayed()).as("address revealed" + where).isTrue();
        submit(browser);
        assertError(browser, "contact details with the postal address open and errors" + where);
        type(browser, "address-line-1", "7 Ffordd yr Eglwys");
        type(browser, "address-town", "Y Barri");
        type(browser, "address-postcode", "cf62 8aa");
        submit(browser);

        browser.driver().findElement(By.id("need-spoken-interpreter")).click();
        browser.waitForVaadin();
        scan(browser, "access needs with the interpreter question open" + where);
        submit(browser);
        assertError(browser, "access needs with an error" + where);
        type(browser, "interpreter-language", "Polish");
        submit(browser);

        scan(browser, "check your answers" + where);
        submit(browser);
        assertThat(browser.driver().findElement(By.cssSelector(".confirmation-panel")).getText()).as("confirmation" + where).isNotBlank();
        scan(browser, "confirmation" + where);

        browser.driver().findElement(By.cssSelector("a[href*='/bookings/']")).click();
        browser.waitForVaadin();
        scan(browser, "manage booking" + where);
        // the needs form with a mistake: the interpreter's language emptied
        type(browser, "interpreter-language", " ");
        browser.driver().findElement(By.id("interpreter-language")).sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        assertError(browser, "manage booking with an error in the needs" + where);
        type(browser, "interpreter-language", "Polish and Ukrainian");
        browser.driver().findElement(By.id("interpreter-language")).sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        assertThat(browser.driver().findElement(By.id("manage-notice")).getText()).as("needs saved" + where).isNotBlank();
        scan(browser, "manage booking after saving the needs" + where);
        browser.driver().findElement(By.cssSelector(".button-warning")).click();
        browser.waitForVaadin();
        scan(browser, "manage booking, confirming the cancel" + where);
    }

    private void joinAWaitingList(Browser browser, String language, String where) {
        browser.open(language + "/book/" + fullSlot + "/who");
        scan(browser, "who is coming" + where);
        browser.driver().findElement(By.id("role")).click();
        submit(browser);
        type(browser, "name", "Rhian Evans");
        type(browser, "mobile", "07700 900123");
        submit(browser);
        submit(browser);
        scan(browser, "check your answers for a full slot" + where);
        submit(browser);
        scan(browser, "on the waiting list" + where);
    }

    @Test
    void a_place_can_be_booked_with_the_keyboard_alone() {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.displayPreferences("en");
            browser.open("en/activities/" + fixtures.slug(event));
            tabTo(browser, "a.start-button");
            press(browser, Keys.ENTER);
            expectHeading(browser, "Which session would you like to book?");
            tabTo(browser, "#session");
            press(browser, Keys.SPACE);
            tabTo(browser, "button[type=submit]");
            press(browser, Keys.ENTER);

            expectHeading(browser, "How many places do you need?");
            tabTo(browser, "#places");
            active(browser).sendKeys("3");
            press(browser, Keys.ENTER);

            expectHeading(browser, "Your contact details");
            tabTo(browser, "#name");
            active(browser).sendKeys("Keyboard User");
            press(browser, Keys.TAB);
            active(browser).sendKeys("keys@example.org");
            press(browser, Keys.ENTER);

            expectHeading(browser, "Do you have any access or communication needs?");
            tabTo(browser, "#need-step-free");
            press(browser, Keys.SPACE);
            tabTo(browser, "button[type=submit]");
            press(browser, Keys.ENTER);

            expectHeading(browser, "Check your answers before you book");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Keyboard User", "keys@example.org", "Step-free access");
            tabTo(browser, "button[type=submit]");
            press(browser, Keys.ENTER);

            expectHeading(browser, "Booking confirmed");
            String reference = browser.driver().findElement(By.cssSelector(".confirmation-panel em")).getText();
            assertThat(reference).matches("[A-Z2-9]{8}");
        }
    }

    // ---- helpers ----

    private static final int NARROW = 320;
    private static final int WIDE = 1280;
    private static final int HEIGHT = 900;

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
        scanned.addAndGet(2);
    }

    private static void assertError(Browser browser, String context) {
        WebElement summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(summary.isDisplayed()).as("error summary on %s", context).isTrue();
        assertThat((String) browser.script("return document.title")).as("title on %s", context).matches("^(Error|Gwall): .*");
        scan(browser, context);
    }

    private static void submit(Browser browser) {
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private static void clickLink(Browser browser, String className) {
        browser.driver().findElement(By.className(className)).click();
        browser.waitForVaadin();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
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
        throw new AssertionError("Could not reach " + selector + " with the Tab key");
    }

    /**
     * The page's heading becomes {@code expected}: a key press that leaves the page replaces it
     * while it is read, so the heading is read again (never from a stale element) until it says
     * so or 20 s pass, and then compared, to say what it said instead.
     */
    private static void expectHeading(Browser browser, String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20), java.time.Duration.ofMillis(25))
                    .until(d -> expected.equals(heading(browser)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(heading(browser)).isEqualTo(expected);
        }
    }

    /** The heading's text as the page shows it now, read in the page (so never from a stale element); empty when none. */
    private static String heading(Browser browser) {
        Object text = browser.script("const h = document.querySelector('h1'); return h ? h.innerText.trim() : '';");
        return text == null ? "" : text.toString();
    }

    @AfterAll
    static void report() {
        System.out.println("axe: " + scanned.get() + " booking journey pages x language x mode x width scanned with zero violations");
    }
}

package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingRequest;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.testing.Browser;
import uk.takingpart.testing.StoppableMariaDb;

/**
 * The MariaDB server stops and starts again while the application runs (a restart, an upgrade,
 * a fail-over): pages give the translated sorry page (503, quickly, no stack trace) during the
 * outage and work again after it without restarting the app, and no booking is lost or doubled.
 * The application runs on a MariaDB server of this test's own, so no other test is disturbed,
 * with the pool settings of application.properties (the same as production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"takingpart.demo-content=true", "takingpart.mail.poll=1h", "takingpart.booking.reminder-poll=1h"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseRestartIT {
    static final StoppableMariaDb database = StoppableMariaDb.start();
    /**
     * Vaadin's security set-up puts its own context holder into Spring Security's static holder
     * when an application starts. This test's application is a second one in the same JVM, so the
     * holder the other tests' application reads is put back afterwards: otherwise a later test
     * that signs someone in through the static holder signs them in where its application never
     * looks.
     */
    static final SecurityContextHolderStrategy OTHER_APPLICATIONS_HOLDER = SecurityContextHolder.getContextHolderStrategy();
    /** Hikari's connection-timeout is 3 s; a page during the outage must answer well within this. */
    static final Duration AT_MOST = Duration.ofSeconds(8);
    /**
     * A page opened in the browser waits for the pool twice (its first response, then the page
     * itself), plus Chromium's own time on a busy machine: still far from Hikari's default of 30 s
     * per wait, which made such a page hang for a minute.
     */
    static final Duration BROWSER_AT_MOST = Duration.ofSeconds(20);
    /** How soon after the server is back the same app must work again (Hikari's retry back-off is at most 5 s). */
    static final Duration RECOVERY = Duration.ofSeconds(10);
    static final String SORRY_EN = "Sorry, there is a problem with the service";
    static final String SORRY_CY = "Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired BookingService bookings;
    @Autowired JdbcTemplate jdbc;
    BookingFixtures fixtures;
    long activity;
    long session;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopDatabase() {
        SecurityContextHolder.setContextHolderStrategy(OTHER_APPLICATIONS_HOLDER);
        database.close();
    }

    @BeforeEach
    void createSession() {
        fixtures = BookingFixtures.in(context);
        activity = fixtures.activity("TIME_TO_LISTEN", Instant.now());
        session = fixtures.sessionId(activity, Instant.now().plus(Duration.ofDays(8)), 10, 1, "Helen Pritchard");
    }

    @AfterEach
    void deleteSession() {
        if (!database.answers()) {
            database.restart();
            untilTheAppUsesTheDatabaseAgain();
        }
        fixtures.delete(activity);
    }

    private record Page(int status, Document document, Duration took, String retryAfter) {}

    private Page get(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), Jsoup.parse(response.body()), Duration.ofNanos(System.nanoTime() - started),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private void assertSorry(String path, String title) throws Exception {
        Page page = get(path);
        assertThat(page.status()).as(path + ": status").isEqualTo(503);
        assertThat(page.retryAfter()).as(path + ": Retry-After").isNotBlank();
        assertThat(page.took()).as(path + ": answered without hanging").isLessThan(AT_MOST);
        assertThat(page.document().title()).as(path).startsWith(title);
        String html = page.document().html();
        assertThat(html).as(path + ": no stack trace").doesNotContain("Exception").doesNotContain("SQL").doesNotContain("at uk.takingpart");
    }

    @Test
    void pages_say_sorry_in_english_and_welsh_while_the_database_is_down_and_work_again_when_it_is_back() throws Exception {
        String activityPage = "activities/" + fixtures.slug(activity);
        assertThat(get("en/" + activityPage).status()).isEqualTo(200);
        assertThat(get("en/book/" + session + "/who").status()).isEqualTo(200);

        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.displayPreferences("en");
            browser.open("en");
            assertThat(heading(browser)).isEqualTo("What’s on");

            database.stop();
            assertThat(database.answers()).as("the database server is really down").isFalse();

            // the first response of a page that needs the database: 503, Retry-After, translated, quick
            assertSorry("en/" + activityPage, SORRY_EN);
            assertSorry("cy/" + activityPage, SORRY_CY);
            assertSorry("en/book/" + session + "/who", SORRY_EN);
            assertSorry("cy/book/" + session + "/who", SORRY_CY);
            // and what a person sees in a browser, the activities list included
            for (String[] page : new String[][] {{"en", SORRY_EN}, {"cy", SORRY_CY}, {"en/" + activityPage, SORRY_EN},
                    {"cy/book/" + session + "/who", SORRY_CY}}) {
                long started = System.nanoTime();
                browser.open(page[0]);
                awaitHeading(browser, page[1]);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(page[0] + " in the browser, without hanging").isLessThan(BROWSER_AT_MOST);
                assertThat(browser.driver().findElement(By.tagName("main")).getText()).as(page[0])
                        .doesNotContain("Exception").doesNotContain("SQL");
            }

            database.restart();
            assertThat(untilTheAppUsesTheDatabaseAgain()).as("the same app works again soon after the database is back").isLessThan(RECOVERY);

            Page activityAgain = get("en/" + activityPage);
            assertThat(activityAgain.status()).isEqualTo(200);
            assertThat(activityAgain.document().title()).doesNotStartWith(SORRY_EN);
            Page welsh = get("cy/book/" + session + "/who");
            assertThat(welsh.status()).isEqualTo(200);
            assertThat(welsh.document().title()).doesNotStartWith(SORRY_CY);
            browser.open("en");
            awaitHeading(browser, "What’s on");
            browser.open("cy");
            assertThat(heading(browser)).isNotEqualTo(SORRY_CY);
        }
    }

    @Test
    void a_booking_sent_while_the_database_is_down_gets_the_sorry_page_keeps_its_answers_and_books_once_when_sent_again() {
        // a booking whose commit succeeded just before the outage
        BookingRequest before = BookingFixtures.request(session, 1, BookingFixtures.email(), Locale.ENGLISH, false);
        BookingResult committed = bookings.book(before);
        assertThat(committed.outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        String name = "Rhian " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.displayPreferences("en");
            browser.open("en/book/" + session + "/who");
            browser.driver().findElement(By.id("role")).click();
            submit(browser);
            type(browser, "name", name);
            type(browser, "mobile", "07700 900123");
            submit(browser);
            submit(browser);
            assertThat(heading(browser)).isEqualTo("Check your answers before you book");

            database.stop();
            long started = System.nanoTime();
            submit(browser);
            awaitHeading(browser, SORRY_EN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the sorry page comes without hanging").isLessThan(BROWSER_AT_MOST);
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Exception").doesNotContain("SQL");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/problem");

            database.restart();
            assertThat(untilTheAppUsesTheDatabaseAgain()).isLessThan(RECOVERY);
            assertThat(bookingsNamed(name)).as("nothing booked while the database was down").isZero();

            browser.driver().navigate().back();
            browser.waitForVaadin();
            awaitHeading(browser, "Check your answers before you book");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).as("every answer kept").contains(name, "07700 900123");
            submit(browser);
            awaitHeading(browser, "Booking confirmed");
            assertThat(bookingsNamed(name)).as("booked once").isOne();

            // the confirm pressed again (back, then confirm: a retry after a reply that never came)
            browser.driver().navigate().back();
            browser.waitForVaadin();
            if (!browser.driver().findElements(By.cssSelector("form button[type=submit]")).isEmpty()) {
                submit(browser);
            }
            assertThat(bookingsNamed(name)).as("still booked once").isOne();
        }

        // the booking committed before the outage is there after it, and the same request sent
        // again (its reply lost in the outage) returns that booking instead of making another
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE request_key = ?", Integer.class, before.requestKey())).isOne();
        BookingResult retried = bookings.book(before);
        assertThat(retried.booking().reference()).isEqualTo(committed.booking().reference());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE request_key = ?", Integer.class, before.requestKey())).isOne();
    }

    @Test
    void a_booking_sent_to_the_service_while_the_database_is_down_fails_fast_and_stores_nothing() {
        BookingRequest request = BookingFixtures.request(session, 1, BookingFixtures.email(), Locale.ENGLISH, false);
        database.stop();
        long started = System.nanoTime();
        assertThatThrownBy(() -> bookings.book(request)).isInstanceOf(org.springframework.transaction.CannotCreateTransactionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_MOST);
        database.restart();
        assertThat(untilTheAppUsesTheDatabaseAgain()).isLessThan(RECOVERY);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE request_key = ?", Integer.class, request.requestKey())).isZero();
        assertThat(bookings.book(request).outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        assertThat(bookings.book(request).outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE request_key = ?", Integer.class, request.requestKey())).isOne();
    }

    /**
     * Waits (at most 30 s) until the application's own pool lends a working connection again, and
     * says how long that took after the server was back. Hikari retries a failed connection with
     * a back-off of at most 5 s, so this is normally a few seconds; no app restart is involved.
     */
    private Duration untilTheAppUsesTheDatabaseAgain() {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return Duration.ofNanos(System.nanoTime() - started);
            } catch (org.springframework.dao.DataAccessException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private int bookingsNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE session_id = ? AND name = ?", Integer.class, session, name);
    }

    private static String heading(Browser browser) {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private static void awaitHeading(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> {
            try {
                return text.equals(d.findElement(By.cssSelector("main h1")).getText());
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static void submit(Browser browser) {
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForVaadin();
    }

    private static void type(Browser browser, String id, String text) {
        var input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}

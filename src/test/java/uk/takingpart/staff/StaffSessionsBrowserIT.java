package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingTestData;
import uk.takingpart.booking.Needs;
import uk.takingpart.testing.Browser;

/**
 * The staff pages for sessions, bookings and the email outbox in a real Chromium at 1280 px:
 * no axe violations in English or Welsh, including the editor's errors and the cancel confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takingpart.mail.poll=1h")
class StaffSessionsBrowserIT {
    private static final String PASSWORD = "lantern-quarry-mosaic-73";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired BookingAdministration administration;
    @Autowired BookingService bookings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    Browser browser;
    BookingTestData data;
    String username;

    @BeforeEach
    void start() {
        username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Admin", StaffRole.ADMINISTRATOR, PASSWORD), Actor.system());
        data = new BookingTestData(jdbc, bookings, clock);
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
        data.cleanUp();
        SecurityContextHolder.clearContext();
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    private void signIn() {
        browser.open("staff/sign-in");
        var driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();
        waitFor("!!document.querySelector('.staff-home h1')");
    }

    @Test
    void the_session_booking_and_email_pages_pass_axe_in_english_and_welsh() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "it-setup", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(2, 2), "it-setup");
        data.book(id, "Bethan Hughes", "bethan@example.org", 1, false, new Needs(Set.of(AccessNeed.BSL_INTERPRETER), null, "A quiet seat"));
        data.book(id, "Dewi Evans", "dewi@example.cymru", 1, false, new Needs(Set.of(AccessNeed.SPOKEN_INTERPRETER), "Polish", null));
        data.book(id, "Ffion Jones", null, 1, true, Needs.NONE);
        long email = jdbc.queryForObject("SELECT MAX(id) FROM email_outbox WHERE recipient = 'dewi@example.cymru'", Long.class);

        signIn();
        for (String language : List.of("en", "cy")) {
            if (language.equals("cy")) {
                browser.driver().findElement(By.cssSelector("button[lang='cy']")).click();
                waitFor("document.documentElement.lang === 'cy'");
            }
            for (String page : List.of("staff", "staff/activities", "staff/activities/" + slug + "/sessions",
                    "staff/activities/" + slug + "/sessions/new", "staff/sessions/" + id + "/edit",
                    "staff/sessions/" + id + "/bookings", "staff/emails", "staff/emails/" + email)) {
                browser.open(page);
                assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
                browser.assertNoAxeViolations(page + " [" + language + "]");
            }
            // the cancel confirmation, shown but not confirmed
            browser.open("staff/sessions/" + id + "/bookings");
            browser.driver().findElement(By.cssSelector("#bookings-cancel ~ button.warning")).click();
            browser.waitForVaadin();
            waitFor("document.activeElement && document.activeElement.id === 'cancel-confirmation'");
            browser.assertNoAxeViolations("cancel confirmation [" + language + "]");
        }
        // the attendee list downloads as CSV through the page's link, and the download is audited
        browser.open("staff/sessions/" + id + "/bookings");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[0]; fetch(document.querySelector('.download-link').href).then(r => r.text()).then(done);");
        assertThat(csv).startsWith("reference,status,places,name,email,mobile,role,needs,interpreter_language,other_needs,talk_about,attended");
        assertThat(csv).contains("Bethan Hughes", "Polish", "Ffion Jones");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ATTENDEES_EXPORTED' AND record_id = ? AND actor_name = ?",
                Integer.class, Long.toString(id), username)).isEqualTo(1);

        // an empty session form saved: the error summary takes focus and the page still passes
        browser.open("staff/activities/" + slug + "/sessions/new");
        browser.driver().findElement(By.cssSelector(".editor-actions button")).click();
        browser.waitForVaadin();
        waitFor("document.activeElement && document.activeElement.id === 'error-summary'");
        assertThat(browser.driver().getTitle()).startsWith("Gwall: ");
        browser.assertNoAxeViolations("session editor with errors [cy]");
        assertThat(administration.session(id, java.util.Locale.ENGLISH).orElseThrow().cancelled()).as("not cancelled by looking").isFalse();
    }
}

package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.takingpart.testing.Browser;
import uk.takingpart.testing.SessionTracker;

/**
 * A public visitor's session in a real Chromium: reading with the tab open keeps it (the next click
 * just works); a tab that sleeps or closes loses it within seconds of the visitor timeout; and a
 * page whose session has ended reloads itself at the same address, with no "Session expired" box.
 * Someone who does nothing at all for the idle limit, even with the tab open, gets the page afresh.
 * (Times shortened: visitors get 3 seconds, an open tab beats every second, the idle limit is 20 seconds.)
 * The tests mostly wait for those clocks, each with its own browser and session, so they run at
 * the same time as each other (each is marked so), though never beside another test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "takingpart.visitor.session-timeout=3s", "vaadin.heartbeatInterval=1",
        "server.tomcat.background-processor-delay=1s", "server.servlet.session.timeout=20s"})
@Import(SessionTracker.Configuration.class)
class VisitorSessionIT {
    @LocalServerPort int port;
    @Autowired SessionTracker sessions;

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void a_visitor_reading_with_the_tab_open_keeps_their_session_and_their_next_click_just_works() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("en/contact");
            String session = sessionOf(browser);
            browser.script("window.__samePage = true");

            Thread.sleep(10_000);
            assertThat(sessions.isAlive(session)).as("alive after 10 seconds of reading; the timeout is 3").isTrue();

            browser.driver().findElement(By.cssSelector("footer a[href$='privacy']")).click();
            browser.waitForVaadin();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/privacy");
            assertThat(browser.script("return window.__samePage === true")).as("no reload: the same page moved on").isEqualTo(true);
            assertNoSystemMessage(browser);
            assertThat(sessionOf(browser)).isEqualTo(session);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void a_sleeping_tab_loses_its_session_and_wakes_to_the_same_address_reloaded_with_no_session_expired_box() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("cy/contact");
            String session = sessionOf(browser);
            browser.script("window.__samePage = true");
            ChromeDriver chromium = (ChromeDriver) browser.driver();

            chromium.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "frozen"));
            boolean ended = sessions.awaitEnd(session, Duration.ofSeconds(20));
            chromium.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "active"));
            assertThat(ended).as("the sleeping tab's session ended on the server").isTrue();

            awaitReload(browser);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/contact");
            assertNoSystemMessage(browser);
            assertThat(sessionOf(browser)).as("a fresh session").isNotEqualTo(session);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void a_click_on_a_page_whose_session_has_ended_reloads_that_page_with_no_session_expired_box() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("en/contact");
            String session = sessionOf(browser);
            browser.script("window.__samePage = true");

            var privacy = browser.driver().findElement(By.cssSelector("footer a[href$='privacy']"));
            // ended on the server, and clicked at once: before the next heartbeat can notice
            sessions.find(session).orElseThrow().invalidate();
            browser.script("arguments[0].click()", privacy);

            awaitReload(browser);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/contact");
            assertNoSystemMessage(browser);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void a_visitor_who_does_nothing_for_the_idle_limit_with_the_tab_open_gets_the_same_page_afresh() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            // before the page is asked for: the session cannot have been used any earlier
            Instant opened = Instant.now();
            browser.open("en/contact");
            String session = sessionOf(browser);
            browser.script("window.__samePage = true");

            assertThat(sessions.awaitEnd(session, Duration.ofSeconds(40))).as("the idle session ended").isTrue();
            assertThat(Duration.between(opened, Instant.now())).as("not before the idle limit").isGreaterThanOrEqualTo(Duration.ofSeconds(19));

            awaitReload(browser);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/contact");
            assertNoSystemMessage(browser);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void closing_the_tab_ends_the_session_within_seconds_of_the_visitor_timeout() throws Exception {
        String session;
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("en/contact");
            session = sessionOf(browser);
        }
        assertThat(sessions.isAlive(session)).as("just closed").isTrue();
        assertThat(sessions.awaitEnd(session, Duration.ofSeconds(20))).as("ended by the server").isTrue();
    }

    private static String sessionOf(Browser browser) {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private static void awaitReload(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25))
                .until(d -> Boolean.FALSE.equals(browser.script("return window.__samePage === true")));
        browser.waitForVaadin();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    private static void assertNoSystemMessage(Browser browser) {
        assertThat(browser.driver().findElements(By.cssSelector(".v-system-error"))).as("Vaadin's own message box").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContainIgnoringCase("session expired");
    }
}

package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.staff.StaffFixtures;
import uk.takingpart.testing.SessionTracker;

/**
 * Through a real server and plain HTTP: a public visitor's session ends soon after their browser
 * stops reaching the server, while heartbeats from an open tab keep it; starting a booking and
 * signing in as staff keep the full timeout. (Times shortened here: visitors get 3 seconds, an open
 * tab beats every second, and Tomcat looks for ended sessions every 6 seconds.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "takingpart.visitor.session-timeout=3s", "vaadin.heartbeatInterval=1",
        "server.tomcat.background-processor-delay=1s", "server.servlet.session.timeout=30m"})
@Import(SessionTracker.Configuration.class)
class SessionLifetimesTest {
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final String PASSWORD = "lantern-harbour-violet-73";
    private static final Duration STAFF_AND_JOURNEY = Duration.ofMinutes(30);

    @LocalServerPort int port;
    @Autowired SessionTracker sessions;
    @Autowired ApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static boolean warm;

    /** The first page a fresh server builds takes seconds (longer than a visitor's timeout here). */
    @BeforeEach
    void buildAPageOnce() throws Exception {
        if (!warm) {
            open("/en/contact", null);
            warm = true;
        }
    }

    @Test
    void a_new_public_visitor_gets_the_short_timeout() throws Exception {
        String session = open("/en", null).session;
        assertThat(sessions.timeout(session)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_closed_tab_loses_its_session_within_seconds_of_the_short_timeout_with_no_request_from_anyone() throws Exception {
        Instant opened = Instant.now();
        String session = open("/en/contact", null).session;

        assertThat(sessions.awaitEnd(session, Duration.ofSeconds(20))).as("the server ended the session by itself").isTrue();
        assertThat(Duration.between(opened, Instant.now())).as("not before its timeout").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void an_open_tab_s_heartbeats_keep_its_session_and_page_and_when_they_stop_the_session_ends() throws Exception {
        Page page = open("/en/contact", null);
        String session = page.session;
        for (int beat = 0; beat < 8; beat++) {
            Thread.sleep(1000);
            assertThat(heartbeat(page)).as("heartbeat %d finds the page still there", beat).isEqualTo(200);
        }
        assertThat(sessions.isAlive(session)).as("alive after 8 seconds of reading, well past the 3-second timeout").isTrue();

        assertThat(sessions.awaitEnd(session, Duration.ofSeconds(20))).as("ended once the heartbeats stopped").isTrue();
    }

    @Test
    void a_visitor_who_starts_booking_keeps_their_session_for_the_full_timeout() throws Exception {
        BookingFixtures fixtures = BookingFixtures.in(context);
        Instant now = Instant.now();
        long event = fixtures.activity("EVENT", now);
        try {
            long place = fixtures.sessionId(event, now.plus(Duration.ofDays(9)), 100, 4, null);
            Page reading = open("/en/activities/" + fixtures.slug(event), null);
            assertThat(sessions.timeout(reading.session)).as("reading about the event").isEqualTo(Duration.ofSeconds(3));

            Page booking = open("/en/book/" + place + "/places", reading.session);
            assertThat(booking.status).isEqualTo(200);
            assertThat(booking.session).isEqualTo(reading.session);
            assertThat(sessions.timeout(booking.session)).as("in the booking journey").isEqualTo(STAFF_AND_JOURNEY);
        } finally {
            fixtures.delete(event);
        }
    }

    @Test
    void staff_who_sign_in_keep_their_session_for_the_full_timeout() throws Exception {
        String username = StaffFixtures.editor(context, PASSWORD);
        Page signInPage = open("/staff/sign-in", null);
        assertThat(sessions.timeout(signInPage.session)).as("before signing in").isEqualTo(Duration.ofSeconds(3));

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/staff/sign-in"))
                .header("Cookie", "JSESSIONID=" + signInPage.session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(to -> assertThat(to).endsWith("/staff"));
        String staffSession = sessionCookie(signedIn);
        assertThat(staffSession).as("a new session id on sign-in").isNotNull().isNotEqualTo(signInPage.session);

        assertThat(sessions.timeout(staffSession)).isEqualTo(STAFF_AND_JOURNEY);
        Page home = open("/staff", staffSession);
        assertThat(home.status).isEqualTo(200);
        assertThat(sessions.timeout(staffSession)).isEqualTo(STAFF_AND_JOURNEY);
    }

    // ---- plain HTTP, as a browser would send it ----

    private record Page(int status, String session, int uiId) {}

    /**
     * What a browser does to open a page: fetch the document (which starts the session), ask
     * Vaadin for a UI, then tell that UI where it is (Vaadin builds the view only then).
     */
    private Page open(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder document = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        if (session != null) {
            document.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(document.build(), HttpResponse.BodyHandlers.ofString());
        String given = sessionCookie(response);
        String current = given != null ? given : session;
        String route = path.substring(1);
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(uri("/?v-r=init&location="
                        + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
                .header("Cookie", "JSESSIONID=" + current).GET().build(), HttpResponse.BodyHandlers.ofString());
        int uiId = Integer.parseInt(find(UI_ID, init.body()));
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":                {"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(find(SECURITY_KEY, init.body()), route);
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", "JSESSIONID=" + current).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.body()).as("the page was built").doesNotContain("appError");
        return new Page(Math.max(response.statusCode(), Math.max(init.statusCode(), view.statusCode())), current, uiId);
    }

    private static String find(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertThat(found.find()).as("%s in %s", pattern, text.length() > 300 ? text.substring(0, 300) : text).isTrue();
        return found.group(1);
    }

    /** What an open tab sends every heartbeat interval. */
    private int heartbeat(Page page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + page.uiId))
                .header("Cookie", "JSESSIONID=" + page.session)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

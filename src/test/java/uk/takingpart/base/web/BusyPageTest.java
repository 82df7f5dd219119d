package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through a real server: when it is full (here: one live session is the limit), a new visitor gets
 * a small "busy" page in their language, HTTP 503 with Retry-After and no session, while the
 * visitor who is already in carries on, and the stylesheet and icons are still served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"takingpart.overload.max-sessions=1", "takingpart.overload.retry-after=90s"})
@org.springframework.context.annotation.Import(uk.takingpart.testing.SessionTracker.Configuration.class)
class BusyPageTest {
    @Autowired uk.takingpart.testing.SessionTracker sessions;
    private static String alreadyIn;

    @LocalServerPort int port;
    @Autowired LiveSessions liveSessions;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The one visitor the server has room for. */
    @BeforeEach
    void oneVisitorIsAlreadyIn() throws Exception {
        if (alreadyIn == null) {
            HttpResponse<String> first = get("/en/contact", null);
            assertThat(first.statusCode()).isEqualTo(200);
            alreadyIn = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElseThrow();
        }
        assertThat(liveSessions.count()).as("live sessions").isEqualTo(1);
    }

    @Test
    void a_new_visitor_to_a_welsh_page_gets_the_welsh_busy_page_with_503_and_retry_after_and_no_session() throws Exception {
        HttpResponse<String> busy = get("/cy/contact", null);

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("90");
        assertThat(busy.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(busy.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(liveSessions.count()).as("no session made").isEqualTo(1);

        String page = busy.body();
        assertThat(page).contains("<html lang=\"cy\" dir=\"ltr\">")
                .contains("<title>Mae’n ddrwg gennym, rydyn ni’n brysur – Cymryd Rhan</title>")
                .contains("<h1>Mae’n ddrwg gennym, rydyn ni’n brysur</h1>")
                .contains("Rhowch gynnig arall arni ymhen munud.")
                .contains("<a href=\"/cy/contact\">Rhoi cynnig arall arni</a>")
                .contains("engagement@example.org").contains("029 2000 0000")
                .contains("Darparwr y gwasanaeth: Bwrdd Iechyd Prifysgol Caerdydd a’r Fro")
                .doesNotContain("<script").doesNotContain("<link").doesNotContainIgnoringCase("busy");
        assertThat(Pattern.compile("<main>").matcher(page).results().count()).as("one <main>").isEqualTo(1);
    }

    @Test
    void a_new_visitor_to_an_english_page_gets_it_in_english() throws Exception {
        HttpResponse<String> busy = get("/en/accessibility?from=home", null);

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.body()).contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("<title>Sorry, we are busy – Taking Part</title>")
                .contains("A lot of people are using this website right now. Please try again in a minute.")
                .contains("<a href=\"/en/accessibility?from=home\">Try again</a>")
                .contains("If you need help now, contact us: email engagement@example.org or phone 029 2000 0000.")
                .contains("Run by Cardiff and Vale University Health Board");
    }

    @Test
    void an_address_without_a_language_answers_in_the_language_chosen_before_or_else_the_browser_s() throws Exception {
        assertThat(get("/", null, "Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5").body()).contains("<html lang=\"cy\"");
        assertThat(get("/", null, "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(get("/", null, "Cookie", "takingpart-display=cy.large-print", "Accept-Language", "en").body())
                .contains("<html lang=\"cy\"").contains("<body class=\"large-print\">");
    }

    @Test
    void staff_can_still_sign_in_on_a_busy_day() throws Exception {
        HttpResponse<String> signIn = get("/staff/sign-in", null);
        try {
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(get("/en/contact", null).statusCode()).as("the public still meet the busy page").isEqualTo(503);
        } finally {
            // leave room as it was for the other tests: one visitor in
            signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                    .forEach(id -> sessions.find(id).ifPresent(jakarta.servlet.http.HttpSession::invalidate));
        }
    }

    @Test
    void a_visitor_whose_session_has_already_ended_counts_as_new() throws Exception {
        HttpResponse<String> busy = get("/en/contact", "0123456789ABCDEF0123456789ABCDEF");
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_visitor_already_in_carries_on() throws Exception {
        HttpResponse<String> page = get("/en/contact", alreadyIn);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("VAADIN/").doesNotContain("Sorry, we are busy");

        HttpResponse<String> ui = get("/?v-r=init&location=en%2Fcontact&query=", alreadyIn);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("\"v-uiId\"");
    }

    @Test
    void the_stylesheet_and_icons_are_still_served_to_anyone() throws Exception {
        HttpResponse<String> css = get("/styles/site.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(get("/icons/favicon.svg", null).statusCode()).isEqualTo(200);
        assertThat(liveSessions.count()).isEqualTo(1);
    }

    @Test
    void a_page_left_open_after_its_session_ended_is_told_to_reload_and_then_meets_the_busy_page() throws Exception {
        HttpResponse<String> click = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rpc\":[],\"syncId\":3,\"clientId\":3}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(click.body()).contains("\"sessionExpired\":true");
        assertThat(click.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path, String session, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.SessionFilter;

/**
 * The first HTML bytes of a public page, as a search engine, a link preview or a browser with
 * JavaScript off receives them: the page's title, a description and a way to reach the team,
 * in the address's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstResponseTest {
    @LocalServerPort int port;
    @Autowired ActivityService activities;
    @Autowired BookingService bookings;

    private Document get(String path) throws Exception {
        return get(path, 200);
    }

    private Document get(String path, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(response.body());
    }

    @Test
    void every_not_found_a_person_can_reach_answers_404() throws Exception {
        assertThat(get("en/activities/nope", 404).title()).isEqualTo("Page not found – Taking Part");
        assertThat(get("cy/activities/nope", 404).title()).isEqualTo("Heb ddod o hyd i’r dudalen – Cymryd Rhan");
        get("en/book/99999/who", 404);
        get("en/bookings/xyz", 404);
        get("en/no-such-page", 404);
        long session = bookings.upcomingSessions(new SessionFilter(null, null, null, null), Locale.ENGLISH).getFirst().id();
        get("en/book/" + session + "/bogus", 404);
        get("en/book/" + session + "/contact", 200);
    }

    @Test
    void whats_on_has_its_title_description_and_a_noscript_message_in_english() throws Exception {
        Document page = get("en");
        assertThat(page.title()).isEqualTo("What’s on – Taking Part");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Find events, Time to Listen sessions");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("noscript").html()).contains("This website needs JavaScript", "mailto:engagement@example.org", "tel:02920000000");
    }

    @Test
    void an_activity_page_in_welsh_has_the_activitys_welsh_title_and_summary() throws Exception {
        ActivitySummary activity = activities.whatsOn(ActivityFilter.CURRENT, Locale.forLanguageTag("cy")).stream()
                .filter(a -> !a.title().fallback() && !a.summary().fallback()).findFirst().orElseThrow();
        Document page = get("cy/activities/" + activity.slug());
        assertThat(page.title()).isEqualTo(activity.title().text() + " – Cymryd Rhan");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(activity.summary().text());
        assertThat(page.select("html").attr("lang")).isEqualTo("cy");
        assertThat(page.select("noscript").html()).contains("Mae angen JavaScript ar y wefan hon", "E-bost: engagement@example.org");
    }

    @Test
    void the_sessions_and_information_pages_have_their_own_titles() throws Exception {
        assertThat(get("en/sessions").title()).isEqualTo("Sessions you can book – Taking Part");
        assertThat(get("cy/accessibility").title()).isEqualTo("Datganiad hygyrchedd – Cymryd Rhan");
        assertThat(get("cy/accessibility").select("meta[name=description]").attr("content")).isNotBlank();
    }
}

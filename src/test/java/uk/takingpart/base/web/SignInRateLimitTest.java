package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.takingpart.staff.StaffFixtures;

/**
 * Through a real server, with a low limit (3 failed sign-ins in 15 minutes) and this machine as the
 * trusted proxy, so each test can speak for its own client address through {@code X-Forwarded-For}:
 * after three failures the next post from that address gets HTTP 429, {@code Retry-After} and a page
 * in the person's language, never reaching the sign-in itself, while another address still signs in
 * as before; correct sign-ins (an office behind one address) never count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "takingpart.rate-limits.sign-in.per-address=3/15m",
        "takingpart.client-address.trusted-proxies=127.0.0.1, ::1"})
class SignInRateLimitTest {
    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_fourth_sign_in_post_from_one_address_gets_429_with_retry_after_and_a_translated_page_while_another_address_is_unaffected()
            throws Exception {
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> wrong = signIn("203.0.113.7", "en");
            assertThat(wrong.statusCode()).as("post " + i + " reaches the sign-in").isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/staff/sign-in?error"));
        }

        HttpResponse<String> refused = signIn("203.0.113.7", "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).as("one try back every 5 minutes").hasValue("300");
        assertThat(refused.headers().firstValue("Location")).as("not handled by the sign-in").isEmpty();
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("<title>Too many tries – Taking Part</title>")
                .contains("<h1>Too many tries</h1>")
                .contains("There have been too many tries from this internet connection in a short time. Please wait 5 minutes, then try again.")
                .contains("<a href=\"/staff/sign-in\">Go back and try again</a>")
                .contains("engagement@example.org")
                .doesNotContain("<script");

        HttpResponse<String> other = signIn("198.51.100.1", "en");
        assertThat(other.statusCode()).as("another address").isEqualTo(302);
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/staff/sign-in?error"));

        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(uri("/staff/sign-in"))
                .header("X-Forwarded-For", "203.0.113.7").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.statusCode()).as("the page itself still opens, to read and to try later").isEqualTo(200);
    }

    @Test
    void a_welsh_speaker_is_told_in_welsh_how_many_minutes_to_wait() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn("192.0.2.44", "cy");
        }
        HttpResponse<String> refused = signIn("192.0.2.44", "cy");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("<html lang=\"cy\" dir=\"ltr\">")
                .contains("<h1>Gormod o ymdrechion</h1>")
                .contains("Mae gormod o ymdrechion wedi dod o’r cysylltiad rhyngrwyd hwn mewn amser byr. Arhoswch 5 munud, yna rhowch gynnig arall arni.")
                .contains("Mynd yn ôl a rhoi cynnig arall arni");
    }

    @Test
    void correct_sign_ins_from_one_address_never_count_so_an_office_behind_one_address_is_not_turned_away() throws Exception {
        String password = "a-long-enough-test-passphrase-7";
        for (int i = 1; i <= 6; i++) {
            String username = StaffFixtures.editor(context, password);
            HttpResponse<String> signedIn = signIn("192.0.2.200", "en", username, password);
            assertThat(signedIn.statusCode()).as("sign-in " + i).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).as("sign-in " + i)
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/staff"));
        }
    }

    private HttpResponse<String> signIn(String client, String language) throws IOException, InterruptedException {
        return signIn(client, language, "nobody", "wrong-password");
    }

    private HttpResponse<String> signIn(String client, String language, String username, String password)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/staff/sign-in"))
                .header("X-Forwarded-For", client)
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package uk.takingpart.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.testing.Browser;

/**
 * Staff text can never run script on the public site: script tags, javascript: links, event
 * handlers and raw HTML in an activity's description are checked in a real Chromium's DOM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffTextSanitisingIT {
    private static final String NASTY = String.join("\n\n",
            "Hello <script>window.__pwned = 1</script> world",
            "<img src=x onerror=\"window.__pwned = 2\">",
            "[click me](javascript:window.__pwned=3) and [also](JaVaScRiPt:window.__pwned=4)",
            "<a href=\"javascript:window.__pwned=5\">raw link</a> <b onmouseover=\"window.__pwned=6\">bold</b>",
            "[safe](https://www.example.org/page) and **strong words**",
            "<iframe src=\"javascript:window.__pwned=7\"></iframe><svg onload=\"window.__pwned=8\"></svg>");

    @LocalServerPort int port;
    @Autowired ActivityRepository activities;
    @Autowired AreaRepository areas;
    @Autowired Clock clock;

    @Test
    void script_links_handlers_and_raw_html_in_staff_text_never_reach_the_page() {
        String slug = "sanitising-" + UUID.randomUUID().toString().substring(0, 8);
        Activity activity = new Activity(slug, ActivityType.EVENT, Topic.COMMUNITY_SERVICES, areas.findAll().getFirst(),
                EnumSet.of(Audience.EVERYONE), LadderLevel.INFORM, null, Attendance.IN_PERSON,
                clock.instant().plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(3).plusHours(1)),
                clock.instant().minus(Duration.ofHours(1)), null);
        activity.text("en", new ActivityText("Title <script>window.__pwned=9</script>", "Summary <img src=x onerror=window.__pwned=10>",
                NASTY, null, null, null));
        activities.saveAndFlush(activity);
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            browser.open("en/activities/" + slug);

            assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
            assertThat(browser.script("return document.querySelectorAll('main script, main iframe, main svg, main img[onerror]').length")).isEqualTo(0L);
            @SuppressWarnings("unchecked")
            List<String> handlers = (List<String>) browser.script(
                    "return [...document.querySelectorAll('main *')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on'))");
            assertThat(handlers).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) browser.script(
                    "return [...document.querySelectorAll('.staff-text a')].map(a => a.getAttribute('href'))");
            assertThat(hrefs).containsExactly("https://www.example.org/page");
            String text = (String) browser.script("return document.querySelector('.staff-text').textContent");
            assertThat(text).contains("<script>window.__pwned = 1</script>").contains("click me").contains("strong words");
            assertThat(browser.script("return document.querySelector('.staff-text strong').textContent")).isEqualTo("strong words");
            assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText())
                    .isEqualTo("Title <script>window.__pwned=9</script>");
        } finally {
            activities.delete(activities.findBySlug(slug).orElseThrow());
        }
    }
}

package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.testing.Browser;

/**
 * The busy page in a real Chromium, for a second visitor when the server has room for one: axe-core
 * finds nothing in English or Welsh, normal or large print, at 320 px and 1280 px, and it does not
 * scroll sideways. The first visitor's page still works meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takingpart.overload.max-sessions=1")
class BusyPageIT {
    @LocalServerPort int port;

    @Test
    void the_busy_page_passes_axe_in_both_languages_and_modes_at_both_widths_while_the_visitor_already_in_carries_on() {
        String site = "http://localhost:" + port;
        try (Browser alreadyIn = new Browser(site, 1280, 900)) {
            alreadyIn.open("en/contact");
            for (int width : new int[] {320, 1280}) {
                try (Browser newcomer = new Browser(site, width, 900)) {
                    for (String language : List.of("en", "cy")) {
                        for (String mode : List.of("", ".large-print")) {
                            String where = language + mode + " at " + width + " px";
                            newcomer.displayPreferences(language + mode);
                            newcomer.driver().get(newcomer.url(language + "/contact"));
                            assertThat(newcomer.driver().findElement(By.tagName("h1")).getText())
                                    .isEqualTo(language.equals("cy") ? "Mae’n ddrwg gennym, rydyn ni’n brysur" : "Sorry, we are busy");
                            assertThat(newcomer.driver().manage().getCookieNamed("JSESSIONID")).as("no session for " + where).isNull();
                            newcomer.assertNoAxeViolations("busy page " + where);
                            newcomer.assertNoHorizontalScroll("busy page " + where);
                        }
                    }
                }
            }
            alreadyIn.driver().findElement(By.cssSelector("footer a[href$='privacy']")).click();
            alreadyIn.waitForVaadin();
            assertThat(alreadyIn.driver().getCurrentUrl()).endsWith("/en/privacy");
        }
    }
}

package uk.takingpart.base.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.testing.Forms;

/**
 * The journey engine through the booking journey: answers are saved as they are given and found
 * again through the browser's cookie after the server session is gone; someone whose answers are
 * gone is told so, in their language, and keeps the session they chose.
 */
@SpringBootTest
class JourneyDraftInBrowserTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    BookingFixtures fixtures;
    long event;
    long session;

    @BeforeEach
    void createEvent() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", Instant.now());
        session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 10, 4, null);
    }

    @AfterEach
    void deleteEvent() {
        fixtures.delete(event);
    }

    @Test
    void answers_survive_the_end_of_the_server_session_through_the_cookie() {
        UI.getCurrent().navigate("en/book/" + session + "/places");
        $(Input.class).id("places").setValue("3");
        submit();
        assertThat(heading()).isEqualTo("Your contact details");
        Cookie cookie = unwrap(VaadinResponse.getCurrent(), MockResponse.class).findCookie(BrowserDrafts.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");

        // the server session ends: only the browser's cookie is left
        VaadinSession.getCurrent().setAttribute(BrowserDrafts.ATTRIBUTE, null);
        unwrap(VaadinRequest.getCurrent(), MockRequest.class).addCookie(cookie);
        UI.getCurrent().navigate("en/book/" + session + "/contact");
        assertThat(heading()).as("no step back to the first question").isEqualTo("Your contact details");
        UI.getCurrent().navigate("en/book/" + session + "/places");
        assertThat($(Input.class).id("places").getValue()).isEqualTo("3");
    }

    @Test
    void someone_whose_answers_are_gone_is_told_and_keeps_the_session_chosen() {
        UI.getCurrent().navigate("en/book/" + session + "/contact");
        assertThat(heading()).isEqualTo("How many places do you need?");
        assertThat(uk.takingpart.testing.Rendered.text(getCurrentView()))
                .contains("We could not find the answers you gave before", "The session you chose is still selected.");

        UI.getCurrent().navigate("cy/book/" + session + "/check");
        assertThat(uk.takingpart.testing.Rendered.text(getCurrentView()))
                .contains("Doedden ni ddim yn gallu dod o hyd i’r atebion a roesoch chi o’r blaen");
    }

    @Test
    void the_first_question_opened_afresh_says_nothing_was_lost() {
        UI.getCurrent().navigate("en/book/" + session + "/places");
        assertThat(heading()).isEqualTo("How many places do you need?");
        assertThat(uk.takingpart.testing.Rendered.text(getCurrentView())).doesNotContain("We could not find");
    }

    /** The browserless mock under Vaadin's and the servlet API's wrappers. */
    private static <T> T unwrap(Object wrapped, Class<T> type) {
        Object current = wrapped;
        for (int i = 0; i < 10 && !type.isInstance(current); i++) {
            if (current instanceof jakarta.servlet.ServletResponseWrapper w) {
                current = w.getResponse();
            } else if (current instanceof jakarta.servlet.ServletRequestWrapper w) {
                current = w.getRequest();
            }
        }
        return type.cast(current);
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

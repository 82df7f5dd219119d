package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.Forms;

/** The manage page after a mistake and a cancellation: nothing stale is left, and there is a way on. */
@SpringBootTest
class ManageBookingViewTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    @Autowired BookingService bookings;
    BookingFixtures fixtures;
    long event;

    @BeforeEach
    void createEvent() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", Instant.now());
    }

    @AfterEach
    void deleteEvent() {
        fixtures.delete(event);
    }

    @Test
    void cancelling_after_a_wrong_number_of_places_leaves_no_stale_error_and_offers_a_way_on() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        BookingResult booked = bookings.book(BookingFixtures.request(session, 2, BookingFixtures.email(), Locale.ENGLISH, false));
        navigate("en/bookings/" + booked.booking().manageToken(), ManageBookingView.class);

        $(Input.class).id("places").setValue("9");
        submit();
        assertThat(errors()).contains("You can book up to 3 places at a time");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error:");

        click("Cancel booking");
        assertThat(errors()).isEmpty();
        click("Yes, cancel my booking");

        assertThat(errors()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Your booking – Taking Part");
        Document page = Rendered.page();
        assertThat(page.text()).contains("Your booking is cancelled.").doesNotContain("There is a problem");
        assertThat(page.select("h2").eachText()).contains("What you can do now");
        assertThat(page.select("ul.way-on a").eachAttr("href"))
                .containsExactly("en/activities/" + fixtures.slug(event), "en");
    }

    @Test
    void the_needs_given_at_booking_are_shown_back_on_the_page_and_in_the_email() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        String email = BookingFixtures.email();
        String other = "My son uses a wheelchair.\nHe needs a space at the front.";
        BookingResult booked = bookings.book(new uk.takingpart.booking.BookingRequest(java.util.UUID.randomUUID().toString(), session, 1, null,
                new uk.takingpart.booking.Contact("Bethan Hughes", email, null, Locale.ENGLISH, uk.takingpart.booking.PreferredFormat.STANDARD),
                new uk.takingpart.booking.Needs(java.util.Set.of(uk.takingpart.booking.AccessNeed.STEP_FREE,
                        uk.takingpart.booking.AccessNeed.SPOKEN_INTERPRETER), "Polish", other), null, false));
        navigate("en/bookings/" + booked.booking().manageToken(), ManageBookingView.class);

        Document page = Rendered.page();
        assertThat(page.select("dt").eachText()).contains("Access and communication needs", "Anything else you told us");
        assertThat(page.select("dd ul.plain-list li").eachText()).contains("Step-free access", "An interpreter for another spoken language: Polish");
        assertThat(page.select("dd .as-written").first().wholeText()).isEqualTo(other);

        String text = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "SELECT text_body FROM email_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class, email);
        assertThat(text).contains("Your access and communication needs: ").contains("Polish").contains("He needs a space at the front.");
    }

    private String errors() {
        // a summary with nothing to say is hidden, and a hidden component is not found
        return String.join(" ", $(ErrorSummary.class).all().stream().map(e -> e.getElement().getTextRecursively()).toList());
    }

    private void click(String text) {
        test($(NativeButton.class).all().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow()).click();
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

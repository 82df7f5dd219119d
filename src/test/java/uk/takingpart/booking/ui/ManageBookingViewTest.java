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
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
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

    @Test
    void a_person_sees_their_contact_details_and_changes_their_needs_and_the_staff_see_the_change() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        String email = BookingFixtures.email();
        BookingResult booked = bookings.book(BookingFixtures.request(session, 1, email, Locale.ENGLISH, false));
        navigate("en/bookings/" + booked.booking().manageToken(), ManageBookingView.class);

        Document page = Rendered.page();
        assertThat(page.select("dt").eachText()).contains("Email address", "Language", "How you would like information",
                "Access and communication needs");
        assertThat(page.select("dd").eachText()).contains(email, "English", "Email");
        assertThat(page.select("h2").eachText()).contains("Change your access and communication needs",
                "Change your contact details, language or format");

        $(NativeChoice.class).id("need-hearing-loop").setValue(true);
        String other = "My daughter uses a wheelchair.\nA seat near the door, please.";
        $(NativeTextArea.class).id("other-needs").setValue(other);
        submitFormOf("Save your needs");

        assertThat(errors()).isEmpty();
        page = Rendered.page();
        assertThat(page.select("#manage-notice").text())
                .isEqualTo("We have saved your needs and told the team running the session. We have emailed you to confirm.");
        assertThat(page.select("dd ul.plain-list li").eachText()).contains("Hearing loop");
        assertThat(page.select("dd .as-written").first().wholeText()).isEqualTo(other);
        assertThat($(NativeTextArea.class).id("other-needs").getValue()).isEqualTo(other);
    }

    @Test
    void bad_needs_and_contact_details_get_errors_next_to_the_field_and_in_the_summary_and_what_was_typed_is_kept() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        BookingResult booked = bookings.book(BookingFixtures.request(session, 1, BookingFixtures.email(), Locale.ENGLISH, false));
        navigate("en/bookings/" + booked.booking().manageToken(), ManageBookingView.class);

        $(NativeChoice.class).id("need-spoken-interpreter").setValue(true);
        $(NativeTextArea.class).id("other-needs").setValue("Quiet room\nplease");
        submitFormOf("Save your needs");
        assertThat(errors()).contains("Enter the language you need an interpreter for");
        assertThat($(NativeTextArea.class).id("other-needs").getValue()).isEqualTo("Quiet room\nplease");
        assertThat($(NativeChoice.class).id("need-spoken-interpreter").getValue()).isTrue();
        assertThat($(Input.class).id("interpreter-language").getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error:");

        // a format sent by post reveals the address, which is then required
        assertThat(Rendered.page().select("#address-fields").hasAttr("hidden")).isTrue();
        assertThat(Rendered.page().select("#format").attr("aria-controls")).isEqualTo("address-fields");
        $(NativeSelect.class).id("format").setValue("braille");
        assertThat(Rendered.page().select("#address-fields").hasAttr("hidden")).isFalse();
        $(Input.class).id("address-line-1").setValue("3 Heol y Bont");
        $(Input.class).id("address-postcode").setValue("nope");
        $(Input.class).id("email").setValue("not-an-email");
        submitFormOf("Save your contact details");
        assertThat(errors()).contains("Enter your town or city", "Enter a real UK postcode, such as CF10 1AA",
                "Enter an email address in the correct format, like name@example.com")
                .doesNotContain("interpreter");
        assertThat($(Input.class).id("address-line-1").getValue()).isEqualTo("3 Heol y Bont");
        assertThat($(Input.class).id("address-postcode").getValue()).isEqualTo("nope");
        assertThat($(Input.class).id("email").getValue()).isEqualTo("not-an-email");
        assertThat($(NativeSelect.class).id("format").getValue()).isEqualTo("braille");
        assertThat($(Input.class).id("address-postcode").getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Rendered.page().select("#address-fields").hasAttr("hidden")).isFalse();

        $(Input.class).id("email").setValue("dewi@example.org");
        $(Input.class).id("address-town").setValue("Pen-y-bont ar Ogwr");
        $(Input.class).id("address-postcode").setValue("cf311aa");
        $(NativeChoice.class).id("language-cy").setValue(true);
        submitFormOf("Save your contact details");

        assertThat(errors()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).doesNotStartWith("Error:");
        Document page = Rendered.page();
        assertThat(page.select("#manage-notice").text()).isEqualTo("We have saved your contact details. We have emailed you to confirm.");
        assertThat(page.select("dd").eachText()).contains("dewi@example.org", "Cymraeg", "Braille, by post");
        assertThat(page.select("dd .postal-address").first().wholeText()).isEqualTo("3 Heol y Bont\nPen-y-bont ar Ogwr\nCF31 1AA");
        assertThat($(Input.class).id("address-postcode").getValue()).isEqualTo("CF31 1AA");
    }

    @Test
    void a_time_to_listen_booking_can_change_its_needs() {
        long timeToListen = fixtures.activity("TIME_TO_LISTEN", Instant.now());
        try {
            long slot = fixtures.sessionId(timeToListen, Instant.now().plus(Duration.ofDays(5)), 1, 1, "Ceri Morgan");
            BookingResult booked = bookings.book(new uk.takingpart.booking.BookingRequest(java.util.UUID.randomUUID().toString(), slot, 1,
                    uk.takingpart.booking.BookerRole.values()[0],
                    new uk.takingpart.booking.Contact("Rhian Evans", BookingFixtures.email(), null, Locale.ENGLISH,
                            uk.takingpart.booking.PreferredFormat.STANDARD), uk.takingpart.booking.Needs.NONE, null, false));
            navigate("en/bookings/" + booked.booking().manageToken(), ManageBookingView.class);
            assertThat($(Input.class).all().stream().noneMatch(i -> "places".equals(i.getId().orElse(null)))).isTrue();

            $(NativeChoice.class).id("need-quiet-space").setValue(true);
            submitFormOf("Save your needs");

            assertThat(Rendered.page().select("#manage-notice").text()).startsWith("We have saved your needs");
            assertThat(Rendered.page().select("dd ul.plain-list li").eachText()).contains("A quiet space");
        } finally {
            fixtures.delete(timeToListen);
        }
    }

    /** Submits the form whose submit button says this. */
    private void submitFormOf(String button) {
        NativeButton found = $(NativeButton.class).all().stream().filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        com.vaadin.flow.dom.Element form = found.getElement();
        while (!"form".equals(form.getTag())) {
            form = form.getParent();
        }
        Forms.fire(form);
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

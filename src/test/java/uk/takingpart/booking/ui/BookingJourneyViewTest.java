package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.testing.Rendered;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingStatus;
import uk.takingpart.booking.ManagedBooking;
import uk.takingpart.testing.Forms;

/**
 * The whole booking journey without a browser, as a person would take it: in English and Welsh,
 * with mistakes corrected, a "Change" link, the waiting list and the manage page.
 */
@SpringBootTest
class BookingJourneyViewTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    @Autowired BookingService bookings;
    BookingFixtures fixtures;
    long event;
    long timeToListen;

    @BeforeEach
    void createEvents() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", Instant.now());
        timeToListen = fixtures.activity("TIME_TO_LISTEN", Instant.now());
    }

    @AfterEach
    void deleteEvents() {
        fixtures.delete(event);
        fixtures.delete(timeToListen);
    }

    @Test
    void an_event_booked_in_english_with_mistakes_corrected_and_an_answer_changed() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 3, 2, null);
        navigate("en/activities/" + fixtures.slug(event) + "/book", ChooseSessionView.class);
        assertThat(heading()).isEqualTo("Which session would you like to book?");
        submit();
        assertThat(errors()).contains("Select a session");

        $(NativeChoice.class).id("session").setValue(true);
        submit();
        assertThat(heading()).isEqualTo("How many places do you need?");
        assertThat(backLink()).isEqualTo("en/activities/" + fixtures.slug(event) + "/book");
        input("places").setValue("5");
        submit();
        assertThat(errors()).contains("You can book up to 2 places at a time");
        assertThat(input("places").getValue()).as("what was typed is kept").isEqualTo("5");
        assertThat(input("places").getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Error: ");
        input("places").setValue("2");
        submit();

        assertThat(heading()).isEqualTo("Your contact details");
        submit();
        assertThat(errors()).contains("Enter your name",
                "Enter an email address or a UK mobile number, so we can send you your booking");
        input("name").setValue("Alys Jones");
        input("email").setValue("alys@example");
        input("mobile").setValue("01234");
        submit();
        assertThat(errors()).contains("Enter an email address in the correct format, like name@example.com",
                "Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982");
        assertThat(input("name").getValue()).isEqualTo("Alys Jones");
        input("email").setValue("alys@example.org");
        input("mobile").setValue("07700 900982");
        submit();

        assertThat(heading()).isEqualTo("Do you have any access or communication needs?");
        $(NativeChoice.class).id("need-spoken-interpreter").setValue(true);
        submit();
        assertThat(errors()).contains("Enter the language you need an interpreter for");
        input("interpreter-language").setValue("Polish");
        $(NativeChoice.class).id("need-step-free").setValue(true);
        submit();

        assertThat(heading()).isEqualTo("Check your answers before you book");
        assertThat(pageText()).contains("Alys Jones", "alys@example.org", "07700 900982",
                "An interpreter for another spoken language: Polish", "Step-free access", "English", "Email");
        Anchor changeEmail = $(Anchor.class).all().stream().filter(a -> a.getElement().getTextRecursively().equals("Change email address"))
                .findFirst().orElseThrow();
        follow(changeEmail.getHref());
        assertThat(heading()).isEqualTo("Your contact details");
        assertThat(backLink()).endsWith("/check");
        assertThat(input("email").getValue()).isEqualTo("alys@example.org");
        input("email").setValue("alys.jones@example.org");
        submit();
        assertThat(heading()).as("a change goes straight back to the check page").isEqualTo("Check your answers before you book");
        assertThat(pageText()).contains("alys.jones@example.org");

        submit();
        assertThat(heading()).isEqualTo("Booking confirmed");
        assertThat(pageText()).contains("We have sent the details to alys.jones@example.org.", "Download a calendar file (.ics)");
        ManagedBooking booking = managedFromPage();
        assertThat(booking.places()).isEqualTo(2);
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.contact().mobile()).isEqualTo("+447700900982");
        assertThat(pageText()).contains(booking.reference());

        // the confirmation survives a reload; going back to the questions starts a new booking
        UI.getCurrent().navigate("en/book/" + session + "/done");
        assertThat(heading()).isEqualTo("Booking confirmed");
        UI.getCurrent().navigate("en/book/" + session + "/check");
        assertThat(heading()).isEqualTo("How many places do you need?");
        assertThat(input("places").getValue()).isEmpty();
    }

    @Test
    void a_format_sent_by_post_asks_for_a_postal_address_shown_on_the_check_and_confirmation_pages() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 10, 1, null);
        navigate("en/book/" + session + "/contact", BookingJourneyView.class);
        assertThat(heading()).isEqualTo("Your contact details");
        assertThat(Rendered.page().select("#format option").eachText()).contains("Email", "Standard letter, by post",
                "Large print letter, by post", "Braille, by post");
        assertThat(Rendered.page().select("#address-fields").hasAttr("hidden")).as("no address asked for email").isTrue();

        input("name").setValue("Siân Lewis");
        input("email").setValue("sian@example.org");
        $(NativeSelect.class).id("format").setValue("letter");
        assertThat(Rendered.page().select("#address-fields").hasAttr("hidden")).isFalse();
        input("address-line-1").setValue("7 Ffordd yr Eglwys");
        submit();
        assertThat(errors()).contains("Enter your town or city", "Enter your postcode");
        assertThat(input("address-line-1").getValue()).as("what was typed is kept").isEqualTo("7 Ffordd yr Eglwys");
        input("address-town").setValue("Y Barri");
        input("address-postcode").setValue("cf62  8aa");
        submit();
        assertThat(heading()).isEqualTo("Do you have any access or communication needs?");
        submit();

        assertThat(heading()).isEqualTo("Check your answers before you book");
        assertThat(pageText()).contains("Standard letter, by post", "Your postal address", "7 Ffordd yr Eglwys", "Y Barri", "CF62 8AA");
        submit();

        assertThat(heading()).isEqualTo("Booking confirmed");
        assertThat(Rendered.page().select("dd .postal-address").first().wholeText()).isEqualTo("7 Ffordd yr Eglwys\nY Barri\nCF62 8AA");
        assertThat(Rendered.page().select("dd").eachText()).contains("sian@example.org", "English", "Standard letter, by post");
        assertThat(managedFromPage().contact().address().postcode()).isEqualTo("CF62 8AA");
    }

    @Test
    void a_wrong_answer_left_behind_by_the_back_link_is_sent_back_to_be_put_right_never_booked() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 10, 2, null);
        navigate("en/book/" + session + "/places", BookingJourneyView.class);
        input("places").setValue("2");
        submit();
        input("name").setValue("Gwen Price");
        input("email").setValue("gwen@example.org");
        submit();
        submit();
        assertThat(heading()).isEqualTo("Check your answers before you book");

        follow("en/book/" + session + "/places?change");
        input("places").setValue("0");
        submit();
        assertThat(errors()).contains("Enter 1 or more places");
        follow(backLink());
        assertThat(heading()).as("the check page refuses the wrong answer").isEqualTo("How many places do you need?");
        assertThat(errors()).contains("Enter 1 or more places");
        input("places").setValue("1");
        submit();
        assertThat(heading()).isEqualTo("Check your answers before you book");
        submit();
        assertThat(heading()).isEqualTo("Booking confirmed");
        assertThat(managedFromPage().places()).isEqualTo(1);
    }

    @Test
    void a_full_time_to_listen_slot_booked_in_welsh_joins_the_waiting_list() {
        long slot = fixtures.sessionId(timeToListen, Instant.now().plus(Duration.ofDays(5)), 1, 1, "Helen Pritchard");
        bookings.book(BookingFixtures.request(slot, 1, BookingFixtures.email(), Locale.ENGLISH, false));

        navigate("cy/activities/" + fixtures.slug(timeToListen) + "/book", ChooseSessionView.class);
        assertThat(heading()).isEqualTo("Pa slot amser hoffech chi?");
        assertThat(pageText()).contains("Helen Pritchard, Cyfarwyddwr Addysg, fydd yn siarad â chi", "Llawn: gallwch ymuno â’r rhestr aros");
        $(NativeChoice.class).id("session").setValue(true);
        submit();

        assertThat(heading()).isEqualTo("Pwy sy’n dod i’r sesiwn?");
        submit();
        assertThat(errors()).contains("Dewiswch pwy sy’n dod i’r sesiwn");
        $(NativeChoice.class).id("role-both").setValue(true);
        submit();

        input("name").setValue("Rhian Evans");
        input("email").setValue("rhian@example.org");
        submit();
        $(NativeTextArea.class).id("talk-about").setValue("Cludiant i’r ysgol");
        submit();

        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn archebu");
        assertThat(pageText()).contains("Rhiant sy’n ofalwr a pherson ifanc gyda’i gilydd", "Cludiant i’r ysgol", "Cymraeg",
                "Mae’r sesiwn hon yn llawn");
        assertThat($(NativeButton.class).all()).extracting(NativeButton::getText).contains("Ymuno â’r rhestr aros");
        submit();

        assertThat(heading()).isEqualTo("Rydych chi ar y rhestr aros");
        assertThat(pageText()).contains("Chi yw rhif 1 ar y rhestr aros");
        ManagedBooking booking = managedFromPage();
        assertThat(booking.status()).isEqualTo(BookingStatus.WAITING);
        assertThat(booking.contact().language().getLanguage()).isEqualTo("cy");
        assertThat(booking.talkAbout()).isEqualTo("Cludiant i’r ysgol");
    }

    @Test
    void someone_taking_the_last_places_while_you_check_your_answers_offers_the_waiting_list() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 2, 2, null);
        navigate("en/book/" + session + "/places", BookingJourneyView.class);
        input("places").setValue("2");
        submit();
        input("name").setValue("Sam Lee");
        input("mobile").setValue("+44 7700 900123");
        submit();
        submit();
        assertThat(heading()).isEqualTo("Check your answers before you book");

        BookingResult other = bookings.book(BookingFixtures.request(session, 1, BookingFixtures.email(), Locale.ENGLISH, false));
        assertThat(other.outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        submit();

        assertThat(heading()).isEqualTo("Only 1 place is left");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Book 1 place instead", "Choose another session");
        submit();
        assertThat(heading()).isEqualTo("You are on the waiting list");
        assertThat(pageText()).contains("We can only tell you about a place by email, and you did not give an email address.");
    }

    @Test
    void the_manage_page_changes_places_cancels_and_refuses_a_tampered_link() {
        long session = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        BookingResult booked = bookings.book(BookingFixtures.request(session, 1, BookingFixtures.email(), Locale.ENGLISH, false));
        String token = booked.booking().manageToken();

        navigate("en/bookings/" + token, ManageBookingView.class);
        assertThat(heading()).isEqualTo("Your booking");
        assertThat(pageText()).contains("Booked", booked.booking().reference(), "Cowbridge Town Hall");
        input("places").setValue("9");
        submit();
        assertThat(errors()).contains("You can book up to 3 places at a time");
        assertThat(input("places").getValue()).isEqualTo("9");
        input("places").setValue("3");
        submit();
        assertThat(pageText()).contains("Your booking is now for 3 places.");
        assertThat(bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().places()).isEqualTo(3);

        click("Cancel booking");
        assertThat(pageText()).contains("Are you sure you want to cancel?");
        click("No, keep my booking");
        assertThat(bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        click("Cancel booking");
        click("Yes, cancel my booking");
        assertThat(pageText()).contains("Your booking is cancelled.");
        assertThat(bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.session(session, Locale.ENGLISH).orElseThrow().placesLeft()).isEqualTo(4);

        // only one letter's case changed: secret links compare exactly
        int letter = 0;
        while (!Character.isLetter(token.charAt(letter))) {
            letter++;
        }
        char c = token.charAt(letter);
        String tampered = token.substring(0, letter)
                + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + token.substring(letter + 1);
        navigate("cy/bookings/" + tampered, ManageBookingView.class);
        assertThat(heading()).isEqualTo("Allwn ni ddim dod o hyd i’r archeb hon");
    }

    // ---- helpers ----

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String pageText() {
        return uk.takingpart.testing.Rendered.text(getCurrentView());
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    private String backLink() {
        return $(Anchor.class).all().stream().filter(a -> a.hasClassName("back-link")).findFirst().orElseThrow().getHref();
    }

    private Input input(String id) {
        return $(Input.class).id(id);
    }

    private void click(String text) {
        test($(NativeButton.class).all().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow()).click();
    }

    private ManagedBooking managedFromPage() {
        String href = $(Anchor.class).all().stream().map(Anchor::getHref).filter(h -> h.contains("/bookings/")).findFirst().orElseThrow();
        return bookings.byManageLink(href.substring(href.lastIndexOf('/') + 1), Locale.ENGLISH).orElseThrow();
    }

    /** Follows a link as the router would (an address with a query is split, as the browser does). */
    private void follow(String href) {
        int query = href.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(href);
        } else {
            UI.getCurrent().navigate(href.substring(0, query), com.vaadin.flow.router.QueryParameters.fromString(href.substring(query + 1)));
        }
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

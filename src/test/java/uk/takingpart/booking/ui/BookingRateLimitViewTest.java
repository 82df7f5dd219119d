package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
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
import org.springframework.context.annotation.Import;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingService;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;
import uk.takingpart.testing.Forms;

/**
 * Bookings per client address are limited (here: 1 an hour). Confirming one more shows, in the check
 * page's error summary, how many minutes to wait, in English or Welsh; nothing is booked, every
 * answer is still there, and after the wait the same confirm books.
 */
@SpringBootTest(properties = "takingpart.rate-limits.booking.per-address=1/1h")
@Import(TestClockConfiguration.class)
class BookingRateLimitViewTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    @Autowired BookingService bookings;
    @Autowired TestClock clock;
    BookingFixtures fixtures;
    long event;
    long timeToListen;

    @BeforeEach
    void createEvents() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", clock.instant());
        timeToListen = fixtures.activity("TIME_TO_LISTEN", clock.instant());
        clock.advance(Duration.ofHours(2)); // a full allowance for this test
    }

    @AfterEach
    void deleteEvents() {
        fixtures.delete(event);
        fixtures.delete(timeToListen);
    }

    @Test
    void a_second_booking_within_the_hour_is_refused_in_the_error_summary_with_the_wait_and_every_answer_kept() {
        long first = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 5, 2, null);
        long second = fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(10)), 5, 2, null);
        bookThrough(first, "en");
        submit();
        assertThat(heading()).isEqualTo("Booking confirmed");

        bookThrough(second, "en");
        assertThat(heading()).isEqualTo("Check your answers before you book");
        submit();

        assertThat(heading()).as("still the check page").isEqualTo("Check your answers before you book");
        assertThat(errors()).contains("There is a problem",
                "A lot of bookings have been made from this internet connection in the last hour. Please wait 60 minutes, then confirm again. Your answers are kept.");
        Anchor toButton = $(ErrorSummary.class).single().getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(toButton.getHref()).isEqualTo("#" + BookingJourneyView.SUBMIT_ID);
        assertThat($(com.vaadin.flow.component.html.NativeButton.class).id(BookingJourneyView.SUBMIT_ID).getText()).isEqualTo("Confirm booking");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Error: ");
        assertThat(pageText()).as("every answer is still there").contains("Alys Jones", "alys@example.org", "07700 900982",
                "An interpreter for another spoken language: Polish", "Step-free access");
        assertThat(bookings.session(second, Locale.ENGLISH).orElseThrow().placesLeft()).as("nothing booked").isEqualTo(5);

        clock.advance(Duration.ofMinutes(60));
        submit();
        assertThat(heading()).as("after the wait, the same answers book").isEqualTo("Booking confirmed");
        assertThat(bookings.session(second, Locale.ENGLISH).orElseThrow().placesLeft()).isEqualTo(3);
    }

    @Test
    void in_welsh_the_wait_is_given_in_welsh_and_the_answers_are_kept() {
        long first = fixtures.sessionId(timeToListen, Instant.now().plus(Duration.ofDays(5)), 3, 1, "Helen Pritchard");
        long second = fixtures.sessionId(timeToListen, Instant.now().plus(Duration.ofDays(6)), 3, 1, "Helen Pritchard");
        bookTimeToListen(first);
        submit();
        assertThat(heading()).isEqualTo("Archeb wedi’i chadarnhau");

        bookTimeToListen(second);
        clock.advance(Duration.ofMinutes(58));
        submit();
        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn archebu");
        assertThat(errors()).contains("Mae problem",
                "Mae llawer o archebion wedi’u gwneud o’r cysylltiad rhyngrwyd hwn yn ystod yr awr ddiwethaf. Arhoswch 2 funud, yna cadarnhewch eto. Mae eich atebion wedi’u cadw.");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Gwall: ");
        assertThat(pageText()).contains("Rhian Evans", "rhian@example.org", "Cludiant i’r ysgol");
        assertThat(bookings.session(second, Locale.ENGLISH).orElseThrow().placesLeft()).isEqualTo(3);
    }

    /** Answers every question for an event session, up to the check page. */
    private void bookThrough(long session, String language) {
        navigate(language + "/book/" + session + "/places", BookingJourneyView.class);
        input("places").setValue("2");
        submit();
        input("name").setValue("Alys Jones");
        input("email").setValue("alys@example.org");
        input("mobile").setValue("07700 900982");
        submit();
        $(NativeChoice.class).id("need-spoken-interpreter").setValue(true);
        input("interpreter-language").setValue("Polish");
        $(NativeChoice.class).id("need-step-free").setValue(true);
        submit();
    }

    private void bookTimeToListen(long session) {
        navigate("cy/book/" + session + "/who", BookingJourneyView.class);
        $(NativeChoice.class).id("role-both").setValue(true);
        submit();
        input("name").setValue("Rhian Evans");
        input("email").setValue("rhian@example.org");
        submit();
        $(NativeTextArea.class).id("talk-about").setValue("Cludiant i’r ysgol");
        submit();
        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn archebu");
    }

    // ---- helpers, as in BookingJourneyViewTest ----

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String pageText() {
        return uk.takingpart.testing.Rendered.text(getCurrentView());
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    private Input input(String id) {
        return $(Input.class).id(id);
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Input;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.Forms;

/** A Time to Listen slot whose leader is not named yet still confirms a booking that says what to talk about. */
@SpringBootTest
class TimeToListenConfirmationTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    BookingFixtures fixtures;
    long timeToListen;

    @BeforeEach
    void create() {
        fixtures = BookingFixtures.in(context);
        timeToListen = fixtures.activity("TIME_TO_LISTEN", Instant.now());
    }

    @AfterEach
    void delete() {
        fixtures.delete(timeToListen);
    }

    @Test
    void a_slot_with_no_leader_named_confirms_and_says_who_will_read_it() {
        long slot = fixtures.sessionId(timeToListen, Instant.now().plus(Duration.ofDays(5)), 1, 1, null);
        navigate("en/book/" + slot + "/who", BookingJourneyView.class);
        $(NativeChoice.class).id("role").setValue(true);
        submit();
        $(Input.class).id("name").setValue("Rhian Evans");
        $(Input.class).id("email").setValue("rhian@example.org");
        submit();
        $(NativeTextArea.class).id("talk-about").setValue("Transport to school");
        submit();
        submit();

        assertThat(Rendered.page().select("h1").text()).isEqualTo("Booking confirmed");
        assertThat(Rendered.page().select(".next-steps li").eachText())
                .contains("The person you meet will read what you would like to talk about before you meet.");
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;
import uk.takingpart.testing.Forms;

/** A consultation closing while someone is answering: they are told, nothing is sent, and they see the answers they gave. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class ResponseAfterClosingTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;
    @Autowired TestClock clock;

    @Test
    void an_answer_given_after_the_closing_time_is_not_sent_and_the_person_sees_that_it_closed_and_what_they_answered() {
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        int before = responses.count(page.id());
        Instant now = clock.instant();
        try {
            navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
            $(NativeChoice.class).id("q-practice-area-other").setValue(true);
            $(Input.class).id("q-practice-area-other-text").setValue("Rhoose");
            submit();
            $(NativeChoice.class).id("q-hard-to-get-no").setValue(true);
            submit();

            clock.set(page.closesAt().plus(Duration.ofMinutes(1)));
            UI.getCurrent().navigate("en/consultations/" + GP + "/respond/check");
            String text = uk.takingpart.testing.Rendered.text(getCurrentView());
            assertThat(text).contains("This consultation has closed", "your response has not been sent", "The answers you gave",
                    "Where is your GP practice?", "Other, please say: Rhoose", "No");
            assertThat(responses.count(page.id())).isEqualTo(before);

            navigate("cy/consultations/" + GP + "/respond/hard-to-get", ResponseJourneyView.class);
            assertThat(uk.takingpart.testing.Rendered.text(getCurrentView())).contains("Mae’r ymgynghoriad hwn wedi cau", "Yr atebion a roesoch chi");
        } finally {
            clock.set(now);
        }
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

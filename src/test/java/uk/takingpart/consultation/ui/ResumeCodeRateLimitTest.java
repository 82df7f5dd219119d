package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.journey.ResumeCodes;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * Resume codes typed from one client address are limited (here: 3 in 15 minutes), so codes cannot
 * be found by guessing: over the limit even the right code waits, the page says how long, in the
 * error summary, with what was typed kept; after the wait the right code works.
 */
@SpringBootTest(properties = "takingpart.rate-limits.resume-code.per-address=3/15m")
@Import(TestClockConfiguration.class)
class ResumeCodeRateLimitTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationService consultations;
    @Autowired JourneyDrafts drafts;
    @Autowired TestClock clock;

    @BeforeEach
    void fullAllowance() {
        clock.advance(Duration.ofMinutes(20));
    }

    @Test
    void the_fourth_code_in_fifteen_minutes_is_refused_with_the_wait_and_the_right_code_works_after_it() {
        long consultation = consultations.page(GP, java.util.Locale.ENGLISH).orElseThrow().id();
        Draft draft = Draft.begin(ResponseJourneyView.KIND, String.valueOf(consultation));
        Draft saved = drafts.save(draft);
        String code = drafts.resumeCode(saved);
        String wrong = (code.charAt(0) == 'A' ? "C" : "A") + code.substring(1);

        navigate("en/consultations/" + GP + "/respond/resume", ResponseJourneyView.class);
        for (int i = 0; i < 3; i++) {
            type(wrong);
            assertThat(errors()).contains("We could not find saved answers to this consultation with that code");
        }
        type(ResumeCodes.display(code));
        assertThat(errors()).contains("Too many codes have been tried from this internet connection in a short time. Please wait 5 minutes, then try again.");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Error: ");
        assertThat($(Input.class).id(ResponseJourneyView.CODE_ID).getValue()).isEqualTo(ResumeCodes.display(code));
        assertThat(heading()).isEqualTo("Continue a saved response");

        clock.advance(Duration.ofMinutes(5));
        type(ResumeCodes.display(code));
        assertThat(heading()).as("the right code, after the wait").isEqualTo("Where is your GP practice?");
    }

    private void type(String code) {
        $(Input.class).id(ResponseJourneyView.CODE_ID).setValue(code);
        Forms.submit(getCurrentView());
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }
}

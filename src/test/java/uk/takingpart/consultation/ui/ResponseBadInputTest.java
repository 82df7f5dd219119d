package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.NotFoundView;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.Rendered;

/**
 * Bad and hostile answers in the response journey: too long, out of range, a position that is
 * not offered (what a tampered browser can send), an address naming no question, and text made of
 * markup, control characters, right-to-left overrides, Arabic, Welsh and emoji. Each gets a
 * clear message next to its field and in the summary with what was typed kept, or is stored and
 * shown back exactly, as text; never a server error.
 */
@SpringBootTest
class ResponseBadInputTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String HOSTILE = "<img src=x onerror=alert(1)> '; DROP TABLE consultation_answer; -- \u202Egnirts\u202C"
            + " مرحبا ŵŷ 🙂\t\u0007 end";

    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;

    @Test
    void each_bad_answer_is_refused_next_to_its_field_and_what_was_typed_is_kept() {
        navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        $(NativeChoice.class).id("q-practice-area-penarth").setValue(true);
        submit();
        $(NativeChoice.class).id("q-hard-to-get").setValue(true);
        submit();

        // 1,001 characters where 1,000 are allowed
        String tooLong = "a".repeat(1001);
        $(NativeTextArea.class).id("q-what-made-it-hard").setValue(tooLong);
        submit();
        assertThat(errors()).contains("Answer in 1,000 characters or fewer");
        assertThat(fieldError()).contains("Answer in 1,000 characters or fewer");
        assertThat($(NativeTextArea.class).id("q-what-made-it-hard").getValue()).isEqualTo(tooLong);
        $(NativeTextArea.class).id("q-what-made-it-hard").setValue(HOSTILE);
        submit();

        // a year far in the future and a day that does not exist
        input("q-last-tried").setValue("32");
        input("q-last-tried-month").setValue("13");
        input("q-last-tried-year").setValue("99999");
        submit();
        assertThat(errors()).contains("Enter a real date, like 27 3 2026");
        assertThat(input("q-last-tried-year").getValue()).isEqualTo("99999");
        input("q-last-tried").setValue("");
        input("q-last-tried-month").setValue("");
        input("q-last-tried-year").setValue("");
        submit();

        $(NativeChoice.class).id("q-best-times-evening").setValue(true);
        submit();
        $(NativeChoice.class).id("q-agree-option-a").setValue(true);
        submit();
        $(NativeChoice.class).id("q-agree-option-b").setValue(true);
        submit();

        // a position no drop-down offers, as a tampered browser could send
        select("q-what-matters", "99");
        select("q-what-matters-any-evening", "2");
        select("q-what-matters-short-journey", "3");
        select("q-what-matters-book-online", "4");
        submit();
        assertThat(errors()).isNotBlank();
        assertThat(heading()).isEqualTo("Put these in order of how much they matter to you");
        select("q-what-matters", "1");
        submit();

        $(NativeChoice.class).id("q-statements").setValue(true);
        $(NativeChoice.class).id("q-statements-get-to-cowbridge-agree").setValue(true);
        $(NativeChoice.class).id("q-statements-another-practice-agree").setValue(true);
        submit();

        // a number too big for any column, and a negative one
        input("q-travel-minutes").setValue("99999999999999999999999");
        submit();
        assertThat(errors()).contains("Enter a number from 0 to 180");
        assertThat(input("q-travel-minutes").getValue()).isEqualTo("99999999999999999999999");
        input("q-travel-minutes").setValue("-5");
        submit();
        assertThat(errors()).contains("Enter a number from 0 to 180");
        input("q-travel-minutes").setValue("15");
        submit();

        // the rest is optional: on to check your answers
        for (int i = 0; i < 30 && !heading().equals("Check your answers before sending your response"); i++) {
            submit();
        }
        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(Rendered.text(getCurrentView())).as("the hostile answer shown as the text it is").contains("<img src=x onerror=alert(1)>",
                "DROP TABLE", "مرحبا ŵŷ 🙂");
        assertThat(Rendered.document(getCurrentView()).select("img")).as("no markup from an answer").isEmpty();

        Forms.submit(getCurrentView());
        assertThat(heading()).isEqualTo("Response sent");
        String reference = Rendered.document(getCurrentView()).select(".reference em").text();
        assertThat(reference).matches("[" + ConsultationResponses.REFERENCE_ALPHABET + "]{8}");
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        long hard = questionnaire.question("what-made-it-hard").orElseThrow().id();
        assertThat(responses.answers(reference)).filteredOn(a -> a.questionId() == hard)
                .extracting(ConsultationResponses.StoredAnswer::text)
                .as("stored as typed, less the invisible control character (the bell); tabs and every letter kept")
                .containsExactly(HOSTILE.replace("\u0007", ""));
    }

    @Test
    void an_address_naming_no_question_is_not_found() {
        navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/no-such-question");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("en/consultations/no-such-consultation/respond/practice-area");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String errors() {
        return $(ErrorSummary.class).all().stream().map(s -> s.getElement().getTextRecursively()).findFirst().orElse("");
    }

    /** The message shown beside the field (GOV.UK's error message in the form group). */
    private String fieldError() {
        return Rendered.document(getCurrentView()).select(".error-message").text();
    }

    private Input input(String id) {
        return $(Input.class).id(id);
    }

    private void select(String id, String value) {
        $(NativeSelect.class).id(id).setValue(value);
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}

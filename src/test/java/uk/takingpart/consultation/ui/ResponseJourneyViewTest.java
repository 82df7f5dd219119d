package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Forms;

/**
 * Responding to the open demo consultation without a browser, as a person would: in English and
 * Welsh, with mistakes corrected, a question that appears after a changed answer, and a double
 * click on "Send response".
 */
@SpringBootTest
class ResponseJourneyViewTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Pattern REFERENCE = Pattern.compile("\\b([" + ConsultationResponses.REFERENCE_ALPHABET + "]{8})\\b");

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;

    @Test
    void a_resident_answers_every_question_type_in_english_corrects_mistakes_changes_an_answer_and_sends_once() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        int before = responses.count(consultation);

        navigate("en/consultations/" + GP + "/respond", RespondStartView.class);
        follow(uk.takingpart.testing.Rendered.page().select("a.start-button").attr("href"));

        assertThat(heading()).isEqualTo("Where is your GP practice?");
        assertThat(pageText()).contains("Question 1 of 11", "You and your GP practice");
        assertThat(backLink()).isEqualTo("en/consultations/" + GP + "/respond");
        submit();
        assertThat(errors()).contains("Answer this question");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Error: ");
        choose("q-practice-area-other");
        submit();
        assertThat(errors()).contains("Say what your other answer is");
        input("q-practice-area-other-text").setValue("Rhoose");
        submit();

        assertThat(heading()).startsWith("In the last year, have you found it hard");
        choose("q-hard-to-get-no");
        submit();

        assertThat(heading()).as("the question shown only after yes is skipped")
                .isEqualTo("When did you last try to book a GP appointment? (optional)");
        assertThat(pageText()).contains("Question 3 of 11");
        input("q-last-tried").setValue("31");
        input("q-last-tried-month").setValue("2");
        input("q-last-tried-year").setValue("2026");
        submit();
        assertThat(errors()).contains("Enter a real date, like 27 3 2026");
        assertThat(input("q-last-tried").getValue()).as("what was typed is kept").isEqualTo("31");
        input("q-last-tried").setValue("27");
        input("q-last-tried-month").setValue("3");
        submit();

        assertThat(heading()).startsWith("When would you most like");
        choose("q-best-times");
        choose("q-best-times-saturday");
        submit();
        choose("q-agree-option-a");
        submit();
        choose("q-agree-option-b-dont-know");
        submit();

        assertThat(heading()).isEqualTo("Put these in order of how much they matter to you");
        select("q-what-matters", "1");
        select("q-what-matters-any-evening", "1");
        select("q-what-matters-short-journey", "3");
        select("q-what-matters-book-online", "4");
        submit();
        assertThat(errors()).contains("Give each option a different position");
        assertThat($(NativeSelect.class).id("q-what-matters-any-evening").getValue()).isEqualTo("1");
        select("q-what-matters-any-evening", "2");
        submit();

        assertThat(heading()).isEqualTo("How far do you agree with each of these?");
        choose("q-statements");
        submit();
        assertThat(errors()).contains("Answer every statement");
        choose("q-statements-get-to-cowbridge-disagree");
        choose("q-statements-another-practice-neither");
        submit();

        assertThat(input("q-travel-minutes").getElement().getAttribute("inputmode")).isEqualTo("numeric");
        input("q-travel-minutes").setValue("500");
        submit();
        assertThat(errors()).contains("Enter a number from 0 to 180");
        assertThat(input("q-travel-minutes").getValue()).isEqualTo("500");
        input("q-travel-minutes").setValue("20");
        submit();

        assertThat(pageText()).contains("You can enter up to 2,000 characters");
        $(NativeTextArea.class).id("q-other-comments").setValue("<script>alert(1)</script> Late buses");
        submit();
        assertThat(heading()).endsWith("(optional)");
        submit();
        skipAboutYouAndEquality();

        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(pageText()).contains("Other, please say: Rhoose", "No", "27 March 2026", "Weekdays before 8am", "Saturday mornings",
                "Strongly agree", "Don’t know", "1. Seeing my own practice team", "2. Being able to go on any evening",
                "I could get to Cowbridge on a Saturday morning: Disagree", "20", "<script>alert(1)</script> Late buses", "Not answered");

        follow(changeLink("Change your answer to question 2"));
        assertThat(backLink()).endsWith("/check");
        choose("q-hard-to-get");
        submit();
        assertThat(heading()).as("the change makes the follow-up question apply").isEqualTo("What made it hard? (optional)");
        assertThat(pageText()).contains("Question 3 of 12");
        $(NativeTextArea.class).id("q-what-made-it-hard").setValue("Work hours");
        submit();
        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(pageText()).contains("Work hours", "Yes", "Change your answer to question 12");

        // a double click: the same form sent twice
        Element form = Forms.find(getCurrentView().getElement(), "form").orElseThrow();
        Forms.fire(form);
        Forms.fire(form);
        assertThat(heading()).isEqualTo("Response sent");
        String reference = reference();
        assertThat(responses.count(consultation)).isEqualTo(before + 1);
        assertThat(responses.answers(reference)).hasSize(11);
        long comments = questionnaire.question("other-comments").orElseThrow().id();
        assertThat(responses.answers(reference)).filteredOn(a -> a.questionId() == comments)
                .extracting(ConsultationResponses.StoredAnswer::text).containsExactly("<script>alert(1)</script> Late buses");

        // the confirmation survives a reload
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/done");
        assertThat(heading()).isEqualTo("Response sent");
        assertThat(reference()).isEqualTo(reference);
    }

    @Test
    void a_resident_answers_in_welsh_and_sees_welsh_errors_and_a_reference() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        int before = responses.count(consultation);
        navigate("cy/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        assertThat(heading()).isEqualTo("Ble mae eich meddygfa?");
        assertThat(pageText()).contains("Cwestiwn 1 (11 cwestiwn i gyd)");
        submit();
        assertThat(errors()).contains("Atebwch y cwestiwn hwn");
        choose("q-practice-area-penarth");
        submit();
        choose("q-hard-to-get");
        submit();
        assertThat(heading()).isEqualTo("Beth wnaeth ei gwneud yn anodd? (dewisol)");
        assertThat(pageText()).contains("Cwestiwn 3 (12 cwestiwn i gyd)");
        $(NativeTextArea.class).id("q-what-made-it-hard").setValue("Gwaith");
        submit();
        submit(); // the date is optional
        choose("q-best-times-evening");
        submit();
        choose("q-agree-option-a-agree");
        submit();
        choose("q-agree-option-b-disagree");
        submit();
        select("q-what-matters", "4");
        select("q-what-matters-any-evening", "3");
        select("q-what-matters-short-journey", "2");
        select("q-what-matters-book-online", "1");
        submit();
        choose("q-statements");
        choose("q-statements-get-to-cowbridge-agree");
        choose("q-statements-another-practice-dont-know");
        submit();
        input("q-travel-minutes").setValue("ugain");
        submit();
        assertThat(errors()).contains("Rhowch rif cyfan, fel 20");
        assertThat(input("q-travel-minutes").getValue()).isEqualTo("ugain");
        input("q-travel-minutes").setValue("30");
        submit();
        submit();
        submit();
        skipAboutYouAndEquality();
        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn anfon eich ymateb");
        assertThat(pageText()).contains("Penarth", "Gwaith", "Nosweithiau’r wythnos, 6.30yh tan 8yh",
                "1. Trefnu ar-lein", "Heb ei ateb");
        submit();
        assertThat(heading()).isEqualTo("Ymateb wedi’i anfon");
        assertThat(pageText()).contains("Eich cyfeirnod yw", "Beth sy’n digwydd nesaf");
        assertThat(responses.answers(reference())).hasSize(9);
        assertThat(responses.count(consultation)).isEqualTo(before + 1);
    }

    /** The "About you" and equality pages that come after the last question: all optional, all skipped. */
    private void skipAboutYouAndEquality() {
        submit(); // how you respond
        submit(); // for yourself or an organisation
        submit(); // did someone help you
        choose("equality-skip");
        submit();
    }

    private String reference() {
        Matcher m = REFERENCE.matcher(Forms.find(getCurrentView().getElement(), "em").map(Element::getTextRecursively)
                .orElseGet(this::pageText));
        assertThat(m.find()).as("a reference on the page").isTrue();
        return m.group(1);
    }

    private String changeLink(String text) {
        return $(Anchor.class).all().stream().filter(a -> a.getElement().getTextRecursively().equals(text)).findFirst().orElseThrow().getHref();
    }

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

    private void choose(String id) {
        $(NativeChoice.class).id(id).setValue(true);
    }

    private void select(String id, String value) {
        $(NativeSelect.class).id(id).setValue(value);
    }

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

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
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.EqualityMonitoring;
import uk.takingpart.consultation.Respondent;
import uk.takingpart.testing.Forms;

/**
 * "About you" and equality monitoring after the last question of the open demo consultation,
 * without a browser, in English and Welsh: mistakes shown with what was typed kept, every
 * equality question skippable, and both on the check page with change links.
 */
@SpringBootTest
class AboutYouAndEqualityViewTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Pattern REFERENCE = Pattern.compile("\\b([" + ConsultationResponses.REFERENCE_ALPHABET + "]{8})\\b");

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;

    @Test
    void a_resident_helped_by_an_advocate_responds_for_a_group_gives_an_email_address_and_some_equality_answers() {
        answerTheQuestions("en");

        assertThat(heading()).isEqualTo("How would you like to respond? (optional)");
        assertThat(pageText()).contains("About you (optional)", "we will send you a copy of your answers");
        choose("about-you-named");
        submit();

        assertThat(heading()).isEqualTo("Your name and email address");
        input("about-name").setValue("Jo Bloggs");
        input("about-email").setValue("jo@example");
        submit();
        assertThat(errors()).contains("Enter an email address in the correct format, like name@example.com");
        assertThat(title()).startsWith("Error: ");
        assertThat(input("about-email").getValue()).as("what was typed is kept").isEqualTo("jo@example");
        assertThat(input("about-name").getValue()).isEqualTo("Jo Bloggs");
        input("about-email").setValue("jo@example.org");
        submit();

        assertThat(heading()).isEqualTo("Are you responding for yourself or for an organisation? (optional)");
        choose("about-as-organisation");
        submit();
        assertThat(errors()).contains("Enter the name of the organisation you are responding for");
        input("about-organisation").setValue("Barry Patient Group");
        submit();

        assertThat(heading()).isEqualTo("Did someone help you respond? (optional)");
        choose("about-help");
        submit();
        assertThat(heading()).isEqualTo("Who helped you? (optional)");
        choose("about-who-helped-advocate");
        choose("about-who-helped-support-worker");
        submit();
        assertThat(heading()).isEqualTo("How did they help you? (optional)");
        choose("about-how-helped-interpreted");
        submit();

        assertThat(heading()).isEqualTo("Equality monitoring");
        assertThat(pageText()).contains("kept apart from your response", "Only our engagement staff see them", "24 months after the consultation closes",
                "Every question is optional", "Prefer not to say");
        submit(); // neither answer nor skip chosen: on to the questions
        int records = equalityRecords();
        for (EqualityMonitoring.Question question : EqualityMonitoring.QUESTIONS) {
            assertThat(heading()).endsWith("(optional)");
            assertThat(pageText()).contains("Equality monitoring (optional)", "Prefer not to say");
            if (question.code().equals("age")) {
                choose("equality-age-25-34");
            } else if (question.code().equals("national-identity")) {
                choose("equality-national-identity");
                choose("equality-national-identity-british");
            } else if (question.code().equals("welsh-speaker")) {
                choose("equality-welsh-speaker-prefer-not-to-say");
            }
            submit();
        }

        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(pageText()).contains("About you", "With my name and email address", "Jo Bloggs", "jo@example.org",
                "On behalf of an organisation: Barry Patient Group", "An advocate", "A support worker",
                "They interpreted (BSL or another language)",
                "Equality monitoring (kept apart from your response)", "25 to 34", "Welsh", "British", "Prefer not to say", "Not answered");
        assertThat(changeLink("Change Did someone help you respond?")).endsWith("/about-help?change");
        assertThat(changeLink("Change What is your age?")).endsWith("/equality-age?change");

        follow(changeLink("Change Did someone help you respond?"));
        choose("about-help-no");
        submit();
        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(pageText()).doesNotContain("An advocate", "They interpreted");

        submit();
        assertThat(heading()).isEqualTo("Response sent");
        assertThat(pageText()).contains("We have sent a copy of your answers to jo@example.org.");
        Respondent respondent = responses.respondent(reference()).orElseThrow();
        assertThat(respondent.name()).isEqualTo("Jo Bloggs");
        assertThat(respondent.organisation()).isEqualTo("Barry Patient Group");
        assertThat(respondent.supported()).isFalse();
        assertThat(equalityRecords()).isEqualTo(records + 1);
    }

    @Test
    void a_welsh_speaker_sees_about_you_in_welsh_corrects_an_email_address_and_skips_every_equality_question() {
        answerTheQuestions("cy");
        int records = equalityRecords();

        assertThat(heading()).isEqualTo("Sut hoffech chi ymateb? (dewisol)");
        assertThat(pageText()).contains("Amdanoch chi (dewisol)");
        choose("about-you-named");
        submit();
        assertThat(heading()).isEqualTo("Eich enw a’ch cyfeiriad e-bost");
        input("about-email").setValue("siân@");
        submit();
        assertThat(errors()).contains("Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com");
        assertThat(title()).startsWith("Gwall: ");
        assertThat(input("about-email").getValue()).isEqualTo("siân@");
        input("about-email").setValue("sian@example.org");
        submit();
        assertThat(heading()).isEqualTo("Ydych chi’n ymateb ar eich rhan eich hun neu ar ran sefydliad? (dewisol)");
        choose("about-as-organisation");
        submit();
        assertThat(errors()).contains("Rhowch enw’r sefydliad rydych chi’n ymateb ar ei ran");
        choose("about-as");
        submit();
        assertThat(heading()).isEqualTo("Wnaeth rhywun eich helpu chi i ymateb? (dewisol)");
        submit();

        assertThat(heading()).isEqualTo("Monitro cydraddoldeb");
        assertThat(pageText()).contains("ar wahân i’ch ymateb", "Mae’n well gen i beidio â dweud");
        submit();
        for (int i = 0; i < EqualityMonitoring.QUESTIONS.size(); i++) {
            String question = heading();
            assertThat(question).endsWith("(dewisol)");
            submit();
            assertThat(heading()).as("every equality question can be skipped").isNotEqualTo(question);
            assertThat(title()).doesNotStartWith("Gwall");
        }

        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn anfon eich ymateb");
        assertThat(pageText()).contains("Amdanoch chi", "Gyda fy enw a’m cyfeiriad e-bost", "sian@example.org", "Ar fy rhan fy hun",
                "Monitro cydraddoldeb (wedi’i gadw ar wahân i’ch ymateb)", "Beth yw eich oed?", "Allwch chi siarad Cymraeg?", "Heb ei ateb");
        submit();
        assertThat(heading()).isEqualTo("Ymateb wedi’i anfon");
        assertThat(pageText()).contains("Rydyn ni wedi anfon copi o’ch atebion at y cyfeiriad e-bost hwn: sian@example.org");
        assertThat(equalityRecords()).as("nothing answered, nothing stored").isEqualTo(records);
    }

    @Test
    void a_person_can_skip_about_you_and_all_of_equality_monitoring_in_four_clicks() {
        answerTheQuestions("en");
        submit();
        submit();
        submit();
        assertThat(heading()).isEqualTo("Equality monitoring");
        choose("equality-skip");
        submit();
        assertThat(heading()).isEqualTo("Check your answers before sending your response");
        assertThat(pageText()).contains("Do you want to answer the equality questions?", "No, skip them")
                .doesNotContain("What is your age?");
        submit();
        assertThat(heading()).isEqualTo("Response sent");
        assertThat(pageText()).doesNotContain("We have sent a copy");
        assertThat(responses.copySentTo(reference())).isEmpty();
    }

    /** Answers the demo consultation's questions as briefly as it allows. */
    private void answerTheQuestions(String language) {
        navigate(language + "/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        choose("q-practice-area-penarth");
        submit();
        choose("q-hard-to-get-no");
        submit();
        submit();
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
        input("q-travel-minutes").setValue("30");
        submit();
        submit();
        submit();
    }

    private int equalityRecords() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        return jdbc.sql("SELECT COUNT(*) FROM equality_record WHERE consultation_id = ?").param(consultation).query(Integer.class).single();
    }

    private String reference() {
        Matcher m = REFERENCE.matcher(Forms.find(getCurrentView().getElement(), "em").map(Element::getTextRecursively).orElseGet(this::pageText));
        assertThat(m.find()).as("a reference on the page").isTrue();
        return m.group(1);
    }

    private String title() {
        return ((UI) UI.getCurrent()).getInternals().getTitle();
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

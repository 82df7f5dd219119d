package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * Asking a question on a consultation's page and seeing the answers there, in English and Welsh,
 * without a browser. Questions from one address are limited here to 3 an hour; each test starts
 * with a full allowance (the clock moves on two hours).
 */
@SpringBootTest(properties = "takingpart.rate-limits.question.per-address=3/1h")
@Import(TestClockConfiguration.class)
class AskQuestionViewTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationService consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    private long consultation;
    private long before;

    @BeforeEach
    void fullAllowance() {
        clock.advance(Duration.ofHours(2));
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM consultation_question").query(Long.class).single();
    }

    @AfterEach
    void deleteTheQuestions() {
        jdbc.sql("UPDATE consultation_question SET merged_into_id = NULL, status = 'NEW' WHERE id > ?").param(before).update();
        jdbc.sql("DELETE FROM consultation_question WHERE id > ?").param(before).update();
    }

    private long asked() {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_question WHERE id > ?").param(before).query(Long.class).single();
    }

    private void type(String question, String email) {
        $(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).setValue(question);
        $(Input.class).id(AskQuestionView.EMAIL_ID).setValue(email);
        Forms.submit(getCurrentView());
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String title() {
        return ((UI) UI.getCurrent()).getInternals().getTitle();
    }

    @Test
    void a_person_asks_in_english_fixing_bad_input_and_pressing_send_twice_makes_one_question() {
        navigate("en/activities/" + GP, com.vaadin.flow.component.Component.class);
        Document page = Rendered.page();
        assertThat(page.select("section.consultation-questions h2").text()).isEqualTo("Questions and answers");
        assertThat(page.select("a.ask-link").attr("href")).isEqualTo("en/consultations/" + GP + "/ask");

        navigate("en/consultations/" + GP + "/ask", AskQuestionView.class);
        assertThat(Rendered.text(getCurrentView())).contains("What happens to your question", "We never publish your name",
                "we use it only to tell you when your question is answered");
        type("", "");
        assertThat(errors()).contains("There is a problem", "Enter your question");
        assertThat(title()).startsWith("Error: ");
        Document form = Rendered.page();
        assertThat(form.select("#question-error").text()).isEqualTo("Error: Enter your question");

        String tooLong = "Why? ".repeat(401);
        type(tooLong, "not an email");
        assertThat(errors()).contains("Your question must be 2,000 characters or fewer",
                "Enter an email address in the correct format, like name@example.com");
        assertThat($(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).getValue()).as("what was typed is kept").isEqualTo(tooLong);
        assertThat($(Input.class).id(AskQuestionView.EMAIL_ID).getValue()).isEqualTo("not an email");
        assertThat(asked()).isZero();

        $(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).setValue("Will the Barry practice open on Saturdays?");
        $(Input.class).id(AskQuestionView.EMAIL_ID).setValue("asker@example.org");
        Element formElement = Forms.find(getCurrentView().getElement(), "form").orElseThrow();
        Forms.fire(formElement);
        Forms.fire(formElement); // a double click
        assertThat(heading()).isEqualTo("Your question has been sent");
        assertThat(Rendered.text(getCurrentView())).contains("What happens next", "We will email you when your question is answered");
        assertThat(asked()).isEqualTo(1);
        assertThat(title()).doesNotStartWith("Error");
    }

    @Test
    void a_welsh_speaker_asks_in_welsh_and_over_the_limit_is_told_when_to_try_again_with_the_question_kept() {
        navigate("cy/consultations/" + GP + "/ask", AskQuestionView.class);
        assertThat(heading()).startsWith("Gofyn cwestiwn: ");
        type("Pryd bydd y penderfyniad?", "dim-e-bost");
        assertThat(errors()).contains("Mae problem", "Rhowch gyfeiriad e-bost yn y fformat cywir");
        assertThat(title()).startsWith("Gwall: ");
        assertThat($(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).getValue()).isEqualTo("Pryd bydd y penderfyniad?");

        for (int i = 0; i < 3; i++) {
            navigate("cy/consultations/" + GP + "/ask", AskQuestionView.class);
            type("Cwestiwn rhif " + i, "");
            assertThat(heading()).isEqualTo("Mae eich cwestiwn wedi cael ei anfon");
        }
        navigate("cy/consultations/" + GP + "/ask", AskQuestionView.class);
        type("Un cwestiwn arall", "");
        assertThat(errors()).contains("Mae gormod o gwestiynau wedi cael eu hanfon", "Arhoswch 20 munud");
        assertThat($(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).getValue()).isEqualTo("Un cwestiwn arall");
        assertThat(asked()).isEqualTo(3);
    }

    @Test
    void what_was_typed_is_kept_when_the_language_is_switched() {
        navigate("en/consultations/" + GP + "/ask", AskQuestionView.class);
        $(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).setValue("Pa fysiau sy’n mynd i’r feddygfa?");
        $(Input.class).id(AskQuestionView.EMAIL_ID).setValue("holwr@example.org");
        navigate("en/activities/" + GP, com.vaadin.flow.component.Component.class);
        navigate("cy/consultations/" + GP + "/ask", AskQuestionView.class);
        assertThat(heading()).startsWith("Gofyn cwestiwn: ");
        assertThat($(NativeTextArea.class).id(AskQuestionView.QUESTION_ID).getValue()).isEqualTo("Pa fysiau sy’n mynd i’r feddygfa?");
        assertThat($(Input.class).id(AskQuestionView.EMAIL_ID).getValue()).isEqualTo("holwr@example.org");
    }

    @Test
    @WithMockUser(username = "editor-in-test", roles = "EDITOR")
    void published_answers_show_newest_first_in_the_pages_language_and_a_rejected_question_never_does() {
        long first = questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH,
                new ConsultationQuestions.Asking("Is there parking at the Barry practice?", null)).id();
        long second = questions.ask(GP, UUID.randomUUID().toString(), Locale.forLanguageTag("cy"),
                new ConsultationQuestions.Asking("Oes bws i’r feddygfa?", null)).id();
        long rejected = questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH,
                new ConsultationQuestions.Asking("Tell me about patient X", null)).id();
        questions.answer(first, version(first), Map.of("en", "Practice manager", "cy", "Rheolwr y practis"),
                Map.of("en", "Yes, 20 spaces.", "cy", "Oes, 20 lle."), "editor-in-test");
        clock.advance(Duration.ofMinutes(5));
        questions.answer(second, version(second), Map.of("en", "Transport lead"), Map.of("en", "The 95 bus stops outside."), "editor-in-test");
        questions.reject(rejected, version(rejected), "Personal details of a patient", "editor-in-test");

        navigate("en/activities/" + GP, com.vaadin.flow.component.Component.class);
        Document en = Rendered.page();
        assertThat(en.select(".question-card .question-text")).extracting(org.jsoup.nodes.Element::text)
                .containsSubsequence("Oes bws i’r feddygfa?", "Is there parking at the Barry practice?");
        assertThat(en.select(".question-card .question-text").first().attr("lang")).isEqualTo("cy");
        assertThat(en.text()).contains("Answered by: Transport lead", "Yes, 20 spaces.").doesNotContain("patient X", "Personal details");
        assertThat(en.select("section.consultation-questions")).hasSize(1);

        navigate("cy/activities/" + GP, com.vaadin.flow.component.Component.class);
        Document cy = Rendered.page();
        assertThat(cy.text()).contains("Cwestiynau ac atebion", "Pwy sy’n ateb: Rheolwr y practis", "Oes, 20 lle.")
                .doesNotContain("patient X");
        // no Welsh answer yet: the English, marked and said so
        assertThat(cy.select(".answer-text[lang=en]").text()).isEqualTo("The 95 bus stops outside.");
        assertThat(cy.select(".consultation-questions .fallback-notice")).hasSize(1);
    }

    private long version(long id) {
        return questions.queue(consultation).stream().filter(q -> q.id() == id).findFirst().orElseThrow().version();
    }
}

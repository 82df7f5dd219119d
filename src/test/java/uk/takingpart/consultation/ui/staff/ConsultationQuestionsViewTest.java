package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationQuestions.Status;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/** The moderation queue of a consultation's public questions, in English and Welsh, for an editor and an analyst. */
@SpringBootTest
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ConsultationQuestionsViewTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationService consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired JdbcClient jdbc;
    private long consultation;
    private long before;

    @BeforeEach
    void setUp() {
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM consultation_question").query(Long.class).single();
    }

    @AfterEach
    void deleteTheQuestions() {
        jdbc.sql("UPDATE consultation_question SET merged_into_id = NULL, status = 'NEW' WHERE id > ?").param(before).update();
        jdbc.sql("DELETE FROM consultation_question WHERE id > ?").param(before).update();
    }

    private long ask(Locale language, String text) {
        return questions.ask(GP, UUID.randomUUID().toString(), language, new ConsultationQuestions.Asking(text, null)).id();
    }

    private Status status(long id) {
        return questions.queue(consultation).stream().filter(q -> q.id() == id).findFirst().orElseThrow().status();
    }

    private ConsultationQuestionsView open() {
        return navigate("staff/consultations/" + consultation + "/questions", ConsultationQuestionsView.class);
    }

    @Test
    void an_editor_publishes_answers_in_both_languages_rejects_with_a_reason_and_merges_a_duplicate() {
        long parking = ask(Locale.ENGLISH, "Is there parking?");
        long duplicate = ask(Locale.ENGLISH, "Can I park there?");
        long off = ask(Locale.ENGLISH, "Off-topic question");
        ConsultationQuestionsView view = open();
        assertThat(view.heading.getText()).startsWith("Questions from the public: ");
        String text = Rendered.text(view);
        assertThat(text.indexOf("Is there parking?")).as("new questions first, oldest first").isLessThan(text.indexOf("Can I park there?"));

        view.publishButtons.get(parking).click();
        assertThat(view.notice.getText()).isEqualTo("Question " + parking + " is published. It will show on the public page once it is answered.");
        assertThat(status(parking)).isEqualTo(Status.PUBLISHED);

        // an answer with no English: errors by the fields and in the summary, nothing saved
        view.answerButtons.get(parking).click();
        view.answerTexts.get("cy").role.setValue("Rheolwr y practis");
        view.saveButton.click();
        assertThat($(ErrorSummary.class).single().getElement().getTextRecursively())
                .contains("Enter who answers, as a role (English)", "Enter the answer (English)");
        assertThat(view.answerTexts.get("en").role.isInvalid()).isTrue();
        assertThat(view.answerTexts.get("cy").role.getValue()).as("what was typed is kept").isEqualTo("Rheolwr y practis");
        view.answerTexts.get("en").role.setValue("Practice manager");
        view.answerTexts.get("en").answer.setValue("Yes, 20 spaces.");
        view.answerTexts.get("cy").answer.setValue("Oes, 20 lle.");
        view.saveButton.click();
        assertThat(view.notice.getText()).startsWith("Question " + parking + " is answered and published.");
        assertThat(Rendered.text(view)).contains("Answered by: Practice manager", "Rheolwr y practis",
                "Shown on the public page.");

        view.rejectButtons.get(off).click();
        view.saveButton.click();
        assertThat($(ErrorSummary.class).single().getElement().getTextRecursively()).contains("Enter the reason for rejecting the question");
        view.reason.setValue("Not about this consultation");
        view.saveButton.click();
        assertThat(status(off)).isEqualTo(Status.REJECTED);
        assertThat(Rendered.text(view)).contains("Reason for rejecting (staff only): Not about this consultation");

        view.mergeButtons.get(duplicate).click();
        view.mergeInto.setValue(view.mergeInto.getListDataView().getItems().filter(q -> q.id() == parking).findFirst().orElseThrow());
        view.saveButton.click();
        assertThat(status(duplicate)).isEqualTo(Status.MERGED);
        assertThat(Rendered.text(view)).contains("Merged into question " + parking + ".");
    }

    @Test
    void the_consultation_list_and_the_responses_page_link_to_the_queue() {
        String queue = "staff/consultations/" + consultation + "/questions";
        navigate("staff/consultations", ConsultationListView.class);
        assertThat(Rendered.page().select("table a[href=\"" + queue + "\"]")).singleElement()
                .satisfies(a -> assertThat(a.attr("aria-label")).startsWith("Questions – GP appointments"));
        navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);
        assertThat(Rendered.page().select(".related-pages a[href=\"" + queue + "\"]").text()).isEqualTo("Questions from the public");
    }

    @Test
    void when_someone_else_acts_first_the_second_editor_is_told_and_nothing_breaks() {
        long id = ask(Locale.ENGLISH, "When will you decide?");
        ConsultationQuestionsView view = open();
        view.rejectButtons.get(id).click();
        view.reason.setValue("Duplicate");
        // meanwhile another editor publishes it
        long seen = questions.queue(consultation).stream().filter(q -> q.id() == id).findFirst().orElseThrow().version();
        questions.publish(id, seen, "other-editor");
        view.saveButton.click();
        assertThat(view.notice.getText()).startsWith("Someone else changed question " + id + " while you were looking at it");
        assertThat(status(id)).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void in_welsh_the_queue_and_its_actions_are_in_welsh() {
        long id = ask(Locale.forLanguageTag("cy"), "Pryd bydd y penderfyniad?");
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        ConsultationQuestionsView view = open();
        assertThat(view.heading.getText()).startsWith("Cwestiynau gan y cyhoedd: ");
        assertThat(Rendered.text(view)).contains("Cwestiwn " + id + ": newydd", "Iaith: Cymraeg", "Does dim cyfeiriad e-bost wedi’i roi.")
                .doesNotContain("Question ", "Publish");
        view.rejectButtons.get(id).click();
        view.saveButton.click();
        assertThat($(ErrorSummary.class).single().getElement().getTextRecursively()).contains("Rhowch y rheswm dros wrthod y cwestiwn");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Gwall: ");
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_the_queue_without_any_action() {
        long id = ask(Locale.ENGLISH, "Who decides?");
        ConsultationQuestionsView view = open();
        assertThat(Rendered.text(view)).contains("Who decides?", "Only editors and administrators can publish");
        assertThat(view.publishButtons).isEmpty();
        assertThat(view.answerButtons).doesNotContainKey(id);
    }
}

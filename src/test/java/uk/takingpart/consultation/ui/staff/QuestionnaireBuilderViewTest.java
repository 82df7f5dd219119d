package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.QuestionnaireBuilder;
import uk.takingpart.consultation.QuestionnaireOutline;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/**
 * An editor writes the GP consultation's questionnaire in the back office, in English and in
 * Welsh: the list of questions, the question form with its errors, a refusal once people have
 * responded, a save from an old version, the preview; an analyst reads it only. Each test starts
 * with no responses and is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class QuestionnaireBuilderViewTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;
    @Autowired QuestionnaireBuilder builder;
    @Autowired JdbcClient jdbc;
    private long consultation;

    @BeforeEach
    void startWithNoResponses() {
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        jdbc.sql("DELETE FROM consultation_response WHERE consultation_id = ?").param(consultation).update();
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    private QuestionDraft question(String code) {
        return builder.open(consultation).orElseThrow().questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    private QuestionEditorView edit(String code) {
        return navigate(QuestionEditorView.editPath(consultation, question(code).id()), QuestionEditorView.class);
    }

    @Test
    void an_editor_sees_the_questions_in_order_with_when_each_is_asked_and_moves_one_down() {
        QuestionnaireBuilderView view = navigate("staff/consultations/" + consultation + "/questionnaire", QuestionnaireBuilderView.class);

        assertThat(view.heading.getText()).startsWith("Questionnaire: ");
        Document page = Rendered.document(view.outlineArea);
        assertThat(page.select("h2").eachText()).first().asString().startsWith("Section 1: ");
        assertThat(page.select("tbody tr").first().select("td").eachText()).startsWith("1", "Where is your GP practice?", "Single choice");
        assertThat(page.select("tbody tr").get(2).select("td").get(3).text()).isEqualTo("If the answer to question 2 is: Yes");
        assertThat(page.select("a").eachAttr("href")).contains("staff/consultations/" + consultation + "/questionnaire/preview");

        long dependent = question("what-made-it-hard").id();
        click(view.questionActions.get(dependent).up());
        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively())
                .contains("Question 3 is asked only after an answer to an earlier question, so it cannot come before that question");
        assertThat(builder.open(consultation).orElseThrow().number(dependent)).isEqualTo(3);

        click(view.questionActions.get(dependent).down());
        assertThat(view.status.getText()).isEqualTo("Moved.");
        assertThat(builder.open(consultation).orElseThrow().number(dependent)).isEqualTo(4);

        long last = question("organisation").id();
        int count = builder.open(consultation).orElseThrow().questions().size();
        click(view.questionActions.get(last).remove());
        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat(Rendered.text(view.confirmation)).startsWith("Do you want to remove question " + count + ", ‘");
        click(view.confirmRemove);
        assertThat(view.status.getText()).isEqualTo("Removed.");
        assertThat(builder.open(consultation).orElseThrow().questions()).hasSize(count - 1);
    }

    @Test
    void an_editor_adds_a_section_after_being_told_its_english_title_is_needed() {
        QuestionnaireBuilderView view = navigate("staff/consultations/" + consultation + "/questionnaire", QuestionnaireBuilderView.class);
        int sections = view.outline.sections().size();
        click(view.addSection);
        view.sectionTexts.get("cy").title.setValue("Amdanoch chi");
        click(view.saveSection);

        assertThat(view.sectionTexts.get("en").title.getErrorMessage()).isEqualTo("Enter the section title in English");
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains("Enter the section title in English");
        assertThat(view.sectionTexts.get("cy").title.getValue()).isEqualTo("Amdanoch chi");

        view.sectionTexts.get("en").title.setValue("About you");
        click(view.saveSection);
        assertThat(view.status.getText()).isEqualTo("Section saved.");
        assertThat(view.outline.sections()).hasSize(sections + 1);
        assertThat(Rendered.text(view.outlineArea)).contains("Section " + (sections + 1) + ": About you");
    }

    @Test
    void an_empty_english_question_is_named_beside_the_field_and_in_the_summary_and_the_welsh_typed_is_kept() {
        QuestionEditorView editor = edit("practice-area");
        assertThat(editor.texts.get("cy").text.getValue()).isEqualTo("Ble mae eich meddygfa?");
        assertThat(editor.texts.get("cy").text.getElement().getAttribute("lang")).isEqualTo("cy");
        assertThat(editor.options).hasSize(question("practice-area").options().size());

        editor.texts.get("en").text.setValue("  ");
        editor.texts.get("cy").text.setValue("Ym mha dref mae eich meddygfa?");
        editor.maxChoices.setValue("lots");
        click(editor.save);

        assertThat(editor.texts.get("en").text.isInvalid()).isTrue();
        assertThat(editor.texts.get("en").text.getErrorMessage()).isEqualTo("Enter the question in English");
        assertThat(editor.errorSummary.getElement().getTextRecursively()).contains("Enter the question in English");
        assertThat(editor.texts.get("cy").text.getValue()).isEqualTo("Ym mha dref mae eich meddygfa?");
        assertThat(question("practice-area").text()).containsEntry("cy", "Ble mae eich meddygfa?");

        editor.texts.get("en").text.setValue("Which town is your GP practice in?");
        click(editor.save);
        assertThat(editor.errorSummary.isVisible()).isFalse();
        assertThat(editor.status.getText()).isEqualTo("Question 1 saved.");
        assertThat(question("practice-area").text()).containsEntry("en", "Which town is your GP practice in?")
                .containsEntry("cy", "Ym mha dref mae eich meddygfa?");
    }

    @Test
    void in_welsh_an_editor_adds_a_multiple_choice_question_with_its_options_after_being_told_it_needs_them() {
        UI.getCurrent().setLocale(WELSH);
        long section = builder.open(consultation).orElseThrow().sections().getLast().id();
        QuestionEditorView editor = navigate(QuestionEditorView.newPath(consultation, section), QuestionEditorView.class);
        assertThat(editor.heading.getText()).startsWith("Cwestiwn newydd: ");

        editor.type.setValue(QuestionType.MULTIPLE_CHOICE);
        editor.texts.get("en").text.setValue("How did you hear about this consultation?");
        editor.texts.get("cy").text.setValue("Sut clywsoch chi am yr ymgynghoriad hwn?");
        click(editor.save);
        assertThat(editor.errorSummary.getElement().getTextRecursively()).contains("Ychwanegwch o leiaf 2 opsiwn");
        assertThat(editor.getPageTitle()).startsWith("Gwall: ");

        click(editor.addOption);
        click(editor.addOption);
        editor.options.get(0).words.get("en").setValue("Radio");
        editor.options.get(0).words.get("cy").setValue("Radio");
        editor.options.get(1).words.get("en").setValue("A leaflet");
        editor.options.get(1).words.get("cy").setValue("Taflen");
        assertThat(editor.options.get(1).words.get("cy").getLabel()).isEqualTo("Opsiwn 2 (Cymraeg)");
        click(editor.options.get(1).up);
        click(editor.save);

        assertThat(editor.status.getText()).startsWith("Mae cwestiwn ").endsWith(" wedi’i ychwanegu.");
        Questionnaire live = consultations.questionnaire(GP, WELSH).orElseThrow();
        assertThat(live.questions().getLast().text().text()).isEqualTo("Sut clywsoch chi am yr ymgynghoriad hwn?");
        assertThat(live.questions().getLast().options()).extracting(o -> o.text().text()).containsExactly("Taflen", "Radio");

        QuestionnaireBuilderView view = navigate("staff/consultations/" + consultation + "/questionnaire", QuestionnaireBuilderView.class);
        assertThat(view.heading.getText()).startsWith("Holiadur: ");
        assertThat(Rendered.text(view.outlineArea)).contains("Sut clywsoch chi am yr ymgynghoriad hwn?", "Os mai dyma’r ateb i gwestiwn 2: Ie");
    }

    @Test
    void once_people_have_responded_removing_an_option_is_refused_with_a_message_and_the_form_is_kept() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH,
                Map.of(questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null)));

        QuestionEditorView editor = edit("practice-area");
        assertThat(editor.type.isReadOnly()).as("only the words can change").isTrue();
        assertThat(editor.options.get(1).remove.isVisible()).isFalse();
        // a removal forced past the hidden button is still refused by the service
        editor.removeOption(editor.options.get(1));
        editor.texts.get("en").text.setValue("Where is your surgery?");
        click(editor.save);

        assertThat(editor.errorSummary.getElement().getTextRecursively()).contains("People have responded to this consultation");
        assertThat(editor.texts.get("en").text.getValue()).isEqualTo("Where is your surgery?");
        assertThat(question("practice-area").options()).hasSize(editor.options.size() + 1);
        assertThat(question("practice-area").text()).containsEntry("en", "Where is your GP practice?");

        QuestionnaireBuilderView view = navigate("staff/consultations/" + consultation + "/questionnaire", QuestionnaireBuilderView.class);
        assertThat(Rendered.text(view.outlineArea)).contains("you can only correct the wording");
        assertThat(view.questionActions.values()).allSatisfy(a -> assertThat(a.remove().isVisible()).isFalse());
    }

    @Test
    void a_save_from_a_page_opened_before_someone_else_saved_is_refused_and_keeps_what_was_typed() {
        QuestionEditorView editor = edit("organisation");
        QuestionnaireOutline now = builder.open(consultation).orElseThrow();
        QuestionDraft other = question("practice-area");
        Map<String, String> text = new LinkedHashMap<>(other.text());
        text.put("en", "Where is your GP practice? (changed by someone else)");
        builder.saveQuestion(consultation, now.version(), now.sections().getFirst().id(), new QuestionDraft(other.id(), other.code(),
                other.type(), text, other.help(), other.optional(), other.otherAllowed(), other.minChoices(), other.maxChoices(),
                other.maxLength(), other.minValue(), other.maxValue(), other.earliestDate(), other.latestDate(), other.options(),
                other.shownIfQuestion(), other.shownIfValue()), "someone-else");

        editor.texts.get("cy").text.setValue("Enw’r sefydliad");
        click(editor.save);

        assertThat(editor.errorSummary.getElement().getTextRecursively()).contains("Someone else changed this questionnaire after you opened it");
        assertThat(editor.texts.get("cy").text.getValue()).isEqualTo("Enw’r sefydliad");
        assertThat(question("organisation").text().get("cy")).isNotEqualTo("Enw’r sefydliad");
    }

    @Test
    void the_preview_shows_every_question_page_in_welsh_easy_read_without_a_continue_button() {
        UI.getCurrent().navigate("staff/consultations/" + consultation + "/questionnaire/preview",
                QueryParameters.simple(Map.of("lang", "cy", "mode", "easy-read")));
        QuestionnairePreviewView preview = (QuestionnairePreviewView) getCurrentView();

        Document page = Rendered.document(preview.page);
        assertThat(page.select(".preview-page").attr("lang")).isEqualTo("cy");
        assertThat(page.select(".preview-question")).hasSize(consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow().questions().size());
        assertThat(page.text()).contains("Ble mae eich meddygfa?", "Cwestiwn 1 (", "Dim ond yn cael ei ofyn os mai dyma’r ateb i gwestiwn 2: Ie");
        assertThat(page.select("button")).isEmpty();
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_the_questionnaire_and_a_question_without_any_way_to_change_them() {
        QuestionnaireBuilderView view = navigate("staff/consultations/" + consultation + "/questionnaire", QuestionnaireBuilderView.class);
        assertThat(Rendered.text(view.outlineArea)).contains("You can read this questionnaire but not change it.");
        assertThat(Rendered.document(view.outlineArea).select("button")).isEmpty();

        QuestionEditorView editor = edit("practice-area");
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.texts.get("en").text.isReadOnly()).isTrue();
        assertThat(editor.type.isReadOnly()).isTrue();
    }
}

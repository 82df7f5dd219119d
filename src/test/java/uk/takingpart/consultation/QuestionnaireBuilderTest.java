package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.consultation.QuestionnaireBuilder.Refused;
import uk.takingpart.consultation.QuestionnaireOutline.OptionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.SectionDraft;

/**
 * An editor writes a questionnaire on the real database: the rules for conditions, limits and
 * words, two editors at once, and what may change once people have responded. Each test is
 * rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class QuestionnaireBuilderTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired QuestionnaireBuilder builder;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;
    @Autowired JdbcClient jdbc;
    private long consultation;

    @BeforeEach
    void startWithNoResponses() {
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        jdbc.sql("DELETE FROM consultation_response WHERE consultation_id = ?").param(consultation).update();
    }

    private QuestionnaireOutline outline() {
        return builder.open(consultation).orElseThrow();
    }

    private QuestionDraft question(String code) {
        return outline().questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    private long sectionOf(String code) {
        return outline().sections().stream().filter(s -> s.questions().stream().anyMatch(q -> q.code().equals(code)))
                .findFirst().orElseThrow().id();
    }

    private static QuestionDraft choice(String english, String welsh, String... options) {
        List<OptionDraft> list = new ArrayList<>();
        for (String o : options) {
            list.add(new OptionDraft(null, null, Map.of("en", o)));
        }
        return new QuestionDraft(null, null, QuestionType.SINGLE_CHOICE, Map.of("en", english, "cy", welsh), Map.of(), false, false,
                null, null, null, null, null, null, null, list, null, null);
    }

    private static QuestionDraft withOptions(QuestionDraft q, List<OptionDraft> options) {
        return new QuestionDraft(q.id(), q.code(), q.type(), q.text(), q.help(), q.optional(), q.otherAllowed(), q.minChoices(),
                q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliestDate(), q.latestDate(), options,
                q.shownIfQuestion(), q.shownIfValue());
    }

    private static QuestionDraft withText(QuestionDraft q, String language, String text) {
        Map<String, String> words = new LinkedHashMap<>(q.text());
        words.put(language, text);
        return new QuestionDraft(q.id(), q.code(), q.type(), words, q.help(), q.optional(), q.otherAllowed(), q.minChoices(),
                q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliestDate(), q.latestDate(), q.options(),
                q.shownIfQuestion(), q.shownIfValue());
    }

    private static QuestionDraft shownIf(QuestionDraft q, Long question, String value) {
        return new QuestionDraft(q.id(), q.code(), q.type(), q.text(), q.help(), q.optional(), q.otherAllowed(), q.minChoices(),
                q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliestDate(), q.latestDate(), q.options(), question, value);
    }

    private int auditEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND actor_name = 'editor-in-test'").param(action)
                .query(Integer.class).single();
    }

    private void respond() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, Map.of(
                questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null)));
    }

    @Test
    void an_editor_gives_a_consultation_without_questions_a_questionnaire_and_writes_a_section_and_a_question() {
        jdbc.sql("UPDATE consultation SET questionnaire_id = NULL WHERE id = ?").param(consultation).update();
        assertThat(outline().questionnaireId()).isNull();

        builder.create(consultation, "editor-in-test");
        QuestionnaireOutline empty = outline();
        assertThat(empty.questionnaireId()).isNotNull();
        assertThat(empty.sections()).isEmpty();
        long section = builder.saveSection(consultation, empty.version(),
                SectionDraft.of(Map.of("en", "About you", "cy", "Amdanoch chi"), Map.of()), "editor-in-test");
        long question = builder.saveQuestion(consultation, outline().version(), section,
                choice("Where do you live?", "Ble rydych chi’n byw?", "Barry", "Penarth"), "editor-in-test");

        Questionnaire live = consultations.questionnaire(GP, Locale.forLanguageTag("cy")).orElseThrow();
        assertThat(live.questions()).hasSize(1);
        assertThat(live.questions().getFirst().id()).isEqualTo(question);
        assertThat(live.questions().getFirst().text().text()).isEqualTo("Ble rydych chi’n byw?");
        assertThat(live.questions().getFirst().options()).extracting(o -> o.text().text()).containsExactly("Barry", "Penarth");
        assertThat(auditEntries("QUESTIONNAIRE_CREATED")).isEqualTo(1);
        assertThat(auditEntries("QUESTIONNAIRE_CHANGED")).isEqualTo(2);
    }

    @Test
    void an_empty_question_a_choice_without_options_and_ten_thousand_characters_are_refused_with_reasons() {
        long section = sectionOf("practice-area");
        QuestionDraft empty = new QuestionDraft(null, null, QuestionType.MULTIPLE_CHOICE, Map.of("cy", "x".repeat(10_000)), Map.of(),
                false, false, 3, 2, null, null, null, null, null, List.of(), null, null);
        int before = outline().questions().size();

        assertThatThrownBy(() -> builder.saveQuestion(consultation, outline().version(), section, empty, "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors())
                        .containsEntry("en.text", "consultation.builder.error.text-required")
                        .containsEntry("cy.text", "consultation.builder.error.text-too-long")
                        .containsEntry("options", "consultation.builder.error.options-required")
                        .containsKey("max-choices"));
        assertThat(outline().questions()).hasSize(before);
    }

    @Test
    void a_condition_must_name_an_earlier_question_and_a_value_it_can_take() {
        QuestionDraft hard = question("hard-to-get");
        QuestionDraft area = question("practice-area");
        long section = sectionOf("practice-area");

        assertThatThrownBy(() -> builder.saveQuestion(consultation, outline().version(), section,
                shownIf(area, question("travel-minutes").id(), "10"), "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("condition", "consultation.builder.error.condition-later"));
        assertThatThrownBy(() -> builder.saveQuestion(consultation, outline().version(), section,
                shownIf(question("last-tried"), hard.id(), "maybe"), "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("condition-value", "consultation.builder.error.condition-value-unknown"));

        builder.saveQuestion(consultation, outline().version(), section, shownIf(question("last-tried"), hard.id(), "yes"), "editor-in-test");
        assertThat(question("last-tried").shownIfQuestion()).isEqualTo(hard.id());
        assertThat(consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow().question("last-tried").orElseThrow().shownIf().value())
                .isEqualTo("yes");
    }

    @Test
    void a_question_cannot_move_above_the_question_its_condition_depends_on_nor_can_that_question_be_removed() {
        QuestionDraft dependent = question("what-made-it-hard");
        QuestionDraft hard = question("hard-to-get");
        long version = outline().version();

        assertThatThrownBy(() -> builder.moveQuestion(consultation, version, dependent.id(), -1, "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("", "consultation.builder.error.condition-order"));
        assertThatThrownBy(() -> builder.removeQuestion(consultation, version, hard.id(), "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("", "consultation.builder.error.condition-gone"));
        assertThat(outline().number(dependent.id())).isEqualTo(3);
        assertThat(outline().version()).as("a refused change leaves the version").isEqualTo(version);

        builder.moveQuestion(consultation, version, dependent.id(), 1, "editor-in-test");
        assertThat(outline().number(dependent.id())).isEqualTo(4);
        assertThat(consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow().questions().get(3).code()).isEqualTo("what-made-it-hard");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'QUESTIONNAIRE_CHANGED' AND actor_name = 'editor-in-test'"
                + " ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("Question what-made-it-hard moved down in the questionnaire of the consultation " + GP);
    }

    @Test
    void a_second_editor_saving_from_an_older_version_is_told_and_changes_nothing() {
        QuestionDraft area = question("practice-area");
        long section = sectionOf("practice-area");
        long version = outline().version();
        builder.saveQuestion(consultation, version, section, withText(area, "en", "Which town is your GP practice in?"), "editor-in-test");

        assertThatThrownBy(() -> builder.saveQuestion(consultation, version, section, withText(area, "en", "Where is your surgery?"), "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("", QuestionnaireBuilder.STALE));
        assertThat(question("practice-area").text()).containsEntry("en", "Which town is your GP practice in?");
    }

    @Test
    void once_people_have_responded_removing_an_option_they_chose_is_refused_and_nothing_changes() {
        respond();
        QuestionDraft area = question("practice-area");
        List<OptionDraft> fewer = area.options().stream().filter(o -> !o.code().equals("penarth")).toList();

        assertThatThrownBy(() -> builder.saveQuestion(consultation, outline().version(), sectionOf("practice-area"),
                withOptions(area, fewer), "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("", QuestionnaireBuilder.RESPONDED));
        assertThat(question("practice-area").options()).extracting(OptionDraft::code).contains("penarth");
        assertThatThrownBy(() -> builder.moveQuestion(consultation, outline().version(), question("organisation").id(), -1, "editor-in-test"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.errors()).containsEntry("", QuestionnaireBuilder.RESPONDED));
        assertThat(consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow().question("practice-area").orElseThrow().option("penarth"))
                .isPresent();
        assertThat(auditEntries("QUESTIONNAIRE_CHANGED")).isZero();
    }

    @Test
    void once_people_have_responded_a_wording_fix_is_saved_and_audited_with_before_and_after() {
        respond();
        QuestionDraft area = question("practice-area");
        String welsh = area.text().get("cy");

        builder.saveQuestion(consultation, outline().version(), sectionOf("practice-area"),
                withText(area, "cy", "Ym mha dref mae eich meddygfa?"), "editor-in-test");

        assertThat(consultations.questionnaire(GP, Locale.forLanguageTag("cy")).orElseThrow().question("practice-area").orElseThrow()
                .text().text()).isEqualTo("Ym mha dref mae eich meddygfa?");
        String summary = jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'QUESTIONNAIRE_WORDING_CHANGED'"
                + " AND actor_name = 'editor-in-test' ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(summary).contains("question practice-area", "cy", "\"" + welsh + "\"", "\"Ym mha dref mae eich meddygfa?\"");
    }
}

package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.takingpart.activity.LocalizedText;

/** Each question type turns raw input into an answer, or into the translation key of what is wrong. */
class AnswerValidationTest {
    private static final LocalizedText WORDS = new LocalizedText("Question", Locale.ENGLISH, false);
    private static final LocalizedText NONE = new LocalizedText(null, Locale.ENGLISH, false);

    private static Question question(QuestionType type, boolean optional, String... options) {
        return question(type, optional, false, null, null, null, null, null, null, null, options);
    }

    private static Question question(QuestionType type, boolean optional, boolean other, Integer minChoices, Integer maxChoices,
                                     Integer maxLength, Long min, Long max, LocalDate earliest, LocalDate latest, String... options) {
        List<QuestionOption> list = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            list.add(new QuestionOption(i + 1, options[i], new LocalizedText(options[i], Locale.ENGLISH, false)));
        }
        return new Question(7, "q", 1, type, WORDS, NONE, optional, other, minChoices, maxChoices, maxLength, min, max,
                earliest, latest, list, null);
    }

    private static String error(Validation v) {
        assertThat(v.answer()).isNull();
        return v.error().key().replace("consultation.answer.error.", "");
    }

    @Test
    void a_required_question_left_blank_is_required_and_an_optional_one_is_simply_skipped() {
        for (QuestionType type : QuestionType.values()) {
            assertThat(error(question(type, false, "a", "b").validate(RawAnswer.text("  ")))).as(type.name()).isEqualTo("required");
            assertThat(question(type, true, "a", "b").validate(RawAnswer.parts(Map.of())).skipped()).as(type.name()).isTrue();
        }
    }

    @Test
    void single_choice_accepts_one_known_option_and_other_with_what_the_person_says() {
        Question q = question(QuestionType.SINGLE_CHOICE, false, true, null, null, null, null, null, null, null, "barry", "cowbridge");
        assertThat(q.validate(RawAnswer.choice("barry")).answer()).isEqualTo(new Answer.Choice("barry", null));
        assertThat(q.validate(RawAnswer.choice("other", " Penarth ")).answer()).isEqualTo(new Answer.Choice("other", "Penarth"));
        assertThat(error(q.validate(RawAnswer.choice("other", " ")))).isEqualTo("other-required");
        assertThat(error(q.validate(RawAnswer.choice("other", "x".repeat(201))))).isEqualTo("too-long");
        assertThat(error(q.validate(RawAnswer.choice("cardiff")))).isEqualTo("unknown-option");
        assertThat(error(q.validate(RawAnswer.choices(List.of("barry", "cowbridge"))))).isEqualTo("unknown-option");
        Question noOther = question(QuestionType.SINGLE_CHOICE, false, "barry");
        assertThat(error(noOther.validate(RawAnswer.choice("other", "Penarth")))).isEqualTo("unknown-option");
    }

    @Test
    void multiple_choice_keeps_the_questions_order_and_counts_against_its_minimum_and_maximum() {
        Question q = question(QuestionType.MULTIPLE_CHOICE, false, false, 2, 3, null, null, null, null, null, "a", "b", "c", "d");
        assertThat(q.validate(RawAnswer.choices(List.of("c", "a", "c"))).answer()).isEqualTo(new Answer.Choices(List.of("a", "c")));
        assertThat(error(q.validate(RawAnswer.choices(List.of("a"))))).isEqualTo("too-few");
        assertThat(q.validate(RawAnswer.choices(List.of("a"))).error().arguments()).containsEntry("min", 2);
        assertThat(error(q.validate(RawAnswer.choices(List.of("a", "b", "c", "d"))))).isEqualTo("too-many");
        assertThat(error(q.validate(RawAnswer.choices(List.of("a", "<script>"))))).isEqualTo("unknown-option");
    }

    @Test
    void short_and_long_text_are_trimmed_kept_as_typed_and_limited_in_length() {
        Question shortText = question(QuestionType.SHORT_TEXT, false);
        assertThat(shortText.validate(RawAnswer.text("  <b>Hi</b>\r\n ")).answer()).isEqualTo(new Answer.Text("<b>Hi</b>"));
        assertThat(error(shortText.validate(RawAnswer.text("x".repeat(201))))).isEqualTo("too-long");
        Question longText = question(QuestionType.LONG_TEXT, false, false, null, null, 12, null, null, null, null);
        assertThat(longText.validate(RawAnswer.text("line one\r\nŵŷ")).answer()).isEqualTo(new Answer.Text("line one\nŵŷ"));
        Validation over = longText.validate(RawAnswer.text("ŵ".repeat(14)));
        assertThat(error(over)).isEqualTo("too-long");
        assertThat(over.error().arguments()).containsEntry("max", 12).containsEntry("over", 2);
        assertThat(question(QuestionType.LONG_TEXT, false).textLimit()).isEqualTo(Question.LONG_TEXT_LIMIT);
    }

    @Test
    void agreement_scale_and_yes_no_not_sure_take_only_their_own_points() {
        Question scale = question(QuestionType.AGREEMENT_SCALE, false);
        assertThat(scale.validate(RawAnswer.choice("dont-know")).answer()).isEqualTo(new Answer.Choice("dont-know", null));
        assertThat(error(scale.validate(RawAnswer.choice("yes")))).isEqualTo("unknown-option");
        Question yesNo = question(QuestionType.YES_NO_NOT_SURE, false);
        assertThat(yesNo.validate(RawAnswer.choice("not-sure")).answer()).isEqualTo(new Answer.Choice("not-sure", null));
        assertThat(error(yesNo.validate(RawAnswer.choice("maybe")))).isEqualTo("unknown-option");
    }

    @Test
    void ranking_needs_every_option_in_a_different_position() {
        Question q = question(QuestionType.RANKING, false, "phone", "visit", "safe-place");
        assertThat(q.validate(RawAnswer.parts(Map.of("phone", "2", "visit", "3", "safe-place", "1"))).answer())
                .isEqualTo(new Answer.Ranking(List.of("safe-place", "phone", "visit")));
        assertThat(error(q.validate(RawAnswer.parts(Map.of("phone", "1", "visit", "1", "safe-place", "2"))))).isEqualTo("ranking-repeated");
        assertThat(error(q.validate(RawAnswer.parts(Map.of("phone", "1", "visit", "2"))))).isEqualTo("ranking-incomplete");
        assertThat(error(q.validate(RawAnswer.parts(Map.of("phone", "1", "visit", "2", "safe-place", "4"))))).isEqualTo("unknown-option");
        assertThat(error(q.validate(RawAnswer.parts(Map.of("phone", "1", "visit", "2", "safe-place", "3", "bus", "4"))))).isEqualTo("unknown-option");
    }

    @Test
    void a_grid_needs_a_known_point_for_every_statement() {
        Question q = question(QuestionType.AGREEMENT_GRID, false, "easy-to-book", "felt-listened-to");
        Map<String, String> both = new LinkedHashMap<>();
        both.put("felt-listened-to", "agree");
        both.put("easy-to-book", "strongly-disagree");
        Answer.Grid grid = (Answer.Grid) q.validate(RawAnswer.parts(both)).answer();
        assertThat(grid.points()).containsExactly(Map.entry("easy-to-book", "strongly-disagree"), Map.entry("felt-listened-to", "agree"));
        assertThat(error(q.validate(RawAnswer.parts(Map.of("easy-to-book", "agree"))))).isEqualTo("grid-incomplete");
        assertThat(error(q.validate(RawAnswer.parts(Map.of("easy-to-book", "agree", "felt-listened-to", "very"))))).isEqualTo("unknown-option");
    }

    @Test
    void a_number_is_a_whole_number_within_its_range() {
        Question q = question(QuestionType.NUMBER, false, false, null, null, null, 0L, 20L, null, null);
        assertThat(q.validate(RawAnswer.text(" 12 ")).answer()).isEqualTo(new Answer.Number(12));
        assertThat(error(q.validate(RawAnswer.text("twelve")))).isEqualTo("not-a-number");
        assertThat(error(q.validate(RawAnswer.text("1.5")))).isEqualTo("not-a-number");
        assertThat(error(q.validate(RawAnswer.text("21")))).isEqualTo("number-out-of-range");
        assertThat(error(question(QuestionType.NUMBER, false, false, null, null, null, 1L, null, null, null).validate(RawAnswer.text("0"))))
                .isEqualTo("number-too-small");
        assertThat(question(QuestionType.NUMBER, false).validate(RawAnswer.text("1,200")).answer()).isEqualTo(new Answer.Number(1200));
    }

    @Test
    void a_date_is_a_real_day_within_its_limits() {
        Question q = question(QuestionType.DATE, false, false, null, null, null, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(q.validate(RawAnswer.date("3", "09", "2026")).answer()).isEqualTo(new Answer.Date(LocalDate.of(2026, 9, 3)));
        assertThat(error(q.validate(RawAnswer.date("31", "2", "2026")))).isEqualTo("not-a-date");
        assertThat(error(q.validate(RawAnswer.date("1", "", "2026")))).isEqualTo("not-a-date");
        assertThat(error(q.validate(RawAnswer.date("1", "1", "26")))).isEqualTo("not-a-date");
        assertThat(error(q.validate(RawAnswer.date("1", "1", "2019")))).isEqualTo("date-too-early");
        assertThat(error(q.validate(RawAnswer.date("1", "1", "2031")))).isEqualTo("date-too-late");
    }

    @Test
    void a_conditional_question_is_asked_only_when_the_earlier_answer_includes_the_value() {
        Question first = question(QuestionType.YES_NO_NOT_SURE, false);
        Question second = new Question(8, "why", 2, QuestionType.LONG_TEXT, WORDS, NONE, true, false, null, null, null, null,
                null, null, null, List.of(), new Condition(7, "q", "no"));
        Questionnaire questionnaire = new Questionnaire(1, "test", WORDS, NONE,
                List.of(new QuestionnaireSection(1, "s", WORDS, NONE, List.of(first, second))));
        assertThat(questionnaire.applicable(Map.of())).containsExactly(first);
        assertThat(questionnaire.applicable(Map.of(7L, new Answer.Choice("yes", null)))).containsExactly(first);
        assertThat(questionnaire.applicable(Map.of(7L, new Answer.Choice("no", null)))).containsExactly(first, second);
    }

    @Test
    void a_period_shorter_than_twelve_weeks_needs_a_reason() {
        java.time.Instant opens = java.time.Instant.parse("2026-03-02T09:00:00Z");
        assertThat(ConsultationPeriod.problem(opens, opens.plus(java.time.Duration.ofDays(84)), false)).isNull();
        assertThat(ConsultationPeriod.problem(opens, opens.plus(java.time.Duration.ofDays(42)), false))
                .isEqualTo("consultation.period.error.reason-required");
        assertThat(ConsultationPeriod.problem(opens, opens.plus(java.time.Duration.ofDays(42)), true)).isNull();
        assertThat(ConsultationPeriod.problem(opens, opens, true)).isEqualTo("consultation.period.error.dates");
    }
}

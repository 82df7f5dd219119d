package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.Stage;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Questionnaires and consultation details against a real MariaDB; each test is rolled back. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
class ConsultationServiceTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale CY = Locale.forLanguageTag("cy");

    @Autowired ConsultationService service;
    @Autowired QuestionnaireStore questionnaires;
    @Autowired ActivityService activities;
    @Autowired TestClock clock;

    /** One question of every type, in two sections, one shown only after "no". */
    static QuestionnaireDefinition everyType(String code) {
        QuestionnaireDefinition d = new QuestionnaireDefinition(code)
                .text("title", "Test questionnaire", "Holiadur prawf");
        var first = d.section("first").text("title", "First", "Cyntaf").text("introduction", "About you.", "Amdanoch chi.");
        first.question("where", QuestionType.SINGLE_CHOICE, "Where?", "Ble?").other()
                .option("barry", "Barry", "Y Barri").option("cowbridge", "Cowbridge", "Y Bont-faen");
        first.question("when", QuestionType.MULTIPLE_CHOICE, "When?", "Pryd?").choices(1, 2)
                .option("evening", "Evening", "Gyda’r nos").option("saturday", "Saturday", "Dydd Sadwrn").option("sunday", "Sunday", "Dydd Sul");
        first.question("name", QuestionType.SHORT_TEXT, "Your group?", "Eich grŵp?").optional().help("If any.", "Os oes un.");
        first.question("agree", QuestionType.AGREEMENT_SCALE, "Do you agree?", "Ydych chi’n cytuno?");
        first.question("used", QuestionType.YES_NO_NOT_SURE, "Have you used it?", "Ydych chi wedi’i ddefnyddio?");
        first.question("why-not", QuestionType.LONG_TEXT, "Why not?", "Pam lai?").maxLength(500).optional().shownIf("used", "no");
        var second = d.section("second").text("title", "Second", "Ail");
        second.question("rank", QuestionType.RANKING, "Rank these", "Rhowch y rhain mewn trefn")
                .option("phone", "Phone", "Ffôn").option("visit", "Visit", "Ymweliad");
        second.question("grid", QuestionType.AGREEMENT_GRID, "How far do you agree?", "I ba raddau ydych chi’n cytuno?")
                .option("easy", "It was easy", "Roedd yn hawdd").option("kind", "Staff were kind", "Roedd y staff yn garedig");
        second.question("miles", QuestionType.NUMBER, "How many miles?", "Sawl milltir?").range(0L, 200L);
        second.question("since", QuestionType.DATE, "Since when?", "Ers pryd?").dates(LocalDate.of(2000, 1, 1), null).optional();
        return d;
    }

    @Test
    void a_questionnaire_with_every_question_type_loads_in_order_in_english_and_in_welsh() {
        long id = service.createQuestionnaire(everyType("test-" + UUID.randomUUID()));

        Questionnaire english = service.questionnaire(id, EN).orElseThrow();
        Questionnaire welsh = service.questionnaire(id, CY).orElseThrow();

        assertThat(english.questions()).extracting(Question::type).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(english.questions()).extracting(Question::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(english.sections()).extracting(s -> s.title().text()).containsExactly("First", "Second");
        assertThat(welsh.sections()).extracting(s -> s.title().text()).containsExactly("Cyntaf", "Ail");
        assertThat(welsh.sections().getFirst().introduction().text()).isEqualTo("Amdanoch chi.");
        assertThat(welsh.question("where").orElseThrow().options()).extracting(o -> o.text().text()).containsExactly("Y Barri", "Y Bont-faen");
        assertThat(welsh.question("grid").orElseThrow().options()).extracting(QuestionOption::code).containsExactly("easy", "kind");
        assertThat(welsh.question("name").orElseThrow().help().text()).isEqualTo("Os oes un.");
        assertThat(welsh.question("name").orElseThrow().optional()).isTrue();
        assertThat(english.question("where").orElseThrow().otherAllowed()).isTrue();
        assertThat(english.question("when").orElseThrow().maxChoices()).isEqualTo(2);
        assertThat(english.question("why-not").orElseThrow().textLimit()).isEqualTo(500);
        assertThat(english.question("miles").orElseThrow().maxValue()).isEqualTo(200L);
        assertThat(english.question("since").orElseThrow().earliestDate()).isEqualTo(LocalDate.of(2000, 1, 1));
        // ids identify the same question and option in every language, for answers to refer to
        assertThat(welsh.question("rank").orElseThrow().id()).isEqualTo(english.question("rank").orElseThrow().id());
        assertThat(welsh.question("rank").orElseThrow().options()).extracting(QuestionOption::id)
                .isEqualTo(english.question("rank").orElseThrow().options().stream().map(QuestionOption::id).toList());

        Question whyNot = english.question("why-not").orElseThrow();
        assertThat(whyNot.shownIf().questionCode()).isEqualTo("used");
        assertThat(english.applies(whyNot, Map.of(english.question("used").orElseThrow().id(), new Answer.Choice("no", null)))).isTrue();
        assertThat(english.applies(whyNot, Map.of(english.question("used").orElseThrow().id(), new Answer.Choice("yes", null)))).isFalse();
    }

    @Test
    void a_third_language_is_only_more_rows_and_untranslated_words_fall_back_to_english_marked() {
        long id = service.createQuestionnaire(everyType("test-" + UUID.randomUUID()));
        Question where = service.questionnaire(id, EN).orElseThrow().question("where").orElseThrow();

        questionnaires.putText(id, QuestionnaireStore.QUESTION, where.id(), "text", "fr", "Où ?");
        Questionnaire french = service.questionnaire(id, Locale.FRENCH).orElseThrow();

        assertThat(french.question("where").orElseThrow().text().text()).isEqualTo("Où ?");
        assertThat(french.question("where").orElseThrow().text().fallback()).isFalse();
        assertThat(french.question("when").orElseThrow().text().text()).isEqualTo("When?");
        assertThat(french.question("when").orElseThrow().text().fallback()).isTrue();
    }

    @Test
    void a_condition_must_point_to_an_earlier_question_and_a_value_it_can_take() {
        QuestionnaireDefinition later = new QuestionnaireDefinition("test-" + UUID.randomUUID());
        var section = later.section("only");
        section.question("first", QuestionType.LONG_TEXT, "Why?", "Pam?").shownIf("second", "yes");
        section.question("second", QuestionType.YES_NO_NOT_SURE, "Yes?", "Ie?");
        assertThatThrownBy(() -> service.createQuestionnaire(later)).isInstanceOf(IllegalArgumentException.class);

        QuestionnaireDefinition impossible = new QuestionnaireDefinition("test-" + UUID.randomUUID());
        var only = impossible.section("only");
        only.question("first", QuestionType.YES_NO_NOT_SURE, "Yes?", "Ie?");
        only.question("second", QuestionType.LONG_TEXT, "Why?", "Pam?").shownIf("first", "perhaps");
        assertThatThrownBy(() -> service.createQuestionnaire(impossible)).hasMessageContaining("perhaps");
    }

    @Test
    void an_open_demo_consultation_has_its_details_a_questionnaire_and_says_why_a_shorter_period_is_shorter() {
        var open = activities.whatsOn(ActivityFilter.CURRENT, EN).stream()
                .filter(a -> a.type() == ActivityType.CONSULTATION)
                .map(a -> service.page(a.slug(), CY).map(p -> Map.entry(a, p)))
                .flatMap(java.util.Optional::stream)
                .filter(e -> e.getValue().acceptsResponses())
                .toList();

        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        for (var entry : open) {
            ConsultationPage page = entry.getValue();
            assertThat(page.state()).isEqualTo(ConsultationState.OPEN);
            assertThat(page.purpose().fallback()).isFalse();
            assertThat(page.timeline()).isNotEmpty();
            assertThat(page.documents()).allSatisfy(d -> assertThat(d.formats()).isNotEmpty());
            assertThat(page.options()).allSatisfy(o -> assertThat(o.impact().isEmpty()).isFalse());
            assertThat(service.questionnaire(entry.getKey().slug(), CY).orElseThrow().questions()).hasSize(page.questionCount());
        }
        assertThat(open).anySatisfy(e -> {
            assertThat(e.getValue().weeks()).isLessThan(12);
            assertThat(e.getValue().shorterPeriodReason().isEmpty()).isFalse();
        });
        var types = open.stream().flatMap(e -> service.questionnaire(e.getKey().slug(), EN).orElseThrow().questions().stream())
                .toList();
        assertThat(types).extracting(Question::type).contains(QuestionType.values());
        assertThat(types).anySatisfy(q -> assertThat(q.shownIf()).isNotNull());
    }

    @Test
    void a_consultation_closes_on_the_servers_clock_and_then_no_longer_accepts_responses() {
        ActivitySummary open = activities.whatsOn(ActivityFilter.CURRENT, EN).stream()
                .filter(a -> a.stage() == Stage.OPEN_CONSULTATION).findFirst().orElseThrow();
        ConsultationPage before = service.page(open.slug(), EN).orElseThrow();
        Instant now = clock.instant();
        try {
            clock.set(before.closesAt());
            ConsultationPage after = service.page(open.slug(), EN).orElseThrow();
            assertThat(after.state()).isEqualTo(ConsultationState.CLOSED);
            assertThat(after.acceptsResponses()).isFalse();
        } finally {
            clock.set(now);
        }
        assertThat(before.acceptsResponses()).isTrue();
    }

    @Test
    void a_period_shorter_than_twelve_weeks_without_a_reason_is_refused() {
        long activity = activities.publishedRef(activities.whatsOn(ActivityFilter.CURRENT, EN).stream()
                .filter(a -> a.type() == ActivityType.EVENT).findFirst().orElseThrow().slug(), EN).orElseThrow().id();
        Instant now = clock.instant();

        assertThatThrownBy(() -> service.createConsultation(new ConsultationDefinition(activity, now, now.plus(Duration.ofDays(30)))))
                .hasMessage("consultation.period.error.reason-required");
        long saved = service.createConsultation(new ConsultationDefinition(activity, now, now.plus(Duration.ofDays(30)))
                .text("shorter-period-reason", "The contract ends in March.", "Mae’r contract yn dod i ben ym mis Mawrth."));
        assertThat(saved).isPositive();
    }
}

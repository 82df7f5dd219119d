package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;

/**
 * Themes of free-text answers on the real MariaDB: an editor creates, renames, merges and deletes
 * themes, tags answers, picks quotes, takes suggestions from the words people used, and finds the
 * themes in the filter and the ODS export. Each test starts from the demo GP consultation with no
 * responses and no themes (deleted inside the test's transaction) and is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ThemesTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final String STAFF = "editor-in-test";

    @Autowired Themes themes;
    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired ResponseAdministration administration;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired I18NProvider translations;
    private Questionnaire questionnaire;
    private long consultation;

    @BeforeEach
    void startWithNoResponsesAndNoThemes() {
        questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        jdbc.sql("DELETE FROM consultation_theme WHERE consultation_id = ?").param(consultation).update();
        jdbc.sql("DELETE FROM consultation_response WHERE consultation_id = ?").param(consultation).update();
    }

    private long id(String code) {
        return questionnaire.question(code).orElseThrow().id();
    }

    /** A response with a comment (the free-text "anything else" question) and, when given, an organisation's name. */
    private String send(Locale language, String comment, String organisation) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(id("practice-area"), new Answer.Choice("barry", null));
        answers.put(id("hard-to-get"), new Answer.Choice("no", null));
        if (comment != null) {
            answers.put(id("other-comments"), new Answer.Text(comment));
        }
        if (organisation != null) {
            answers.put(id("organisation"), new Answer.Text(organisation));
        }
        ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), language, answers);
        assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
        return result.reference();
    }

    private Themes.Theme theme(long themeId) {
        return themes.theme(consultation, themeId).orElseThrow();
    }

    private static Map<String, String> errors(Runnable change) {
        try {
            change.run();
        } catch (Themes.Invalid invalid) {
            return invalid.errors();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void an_editor_creates_and_renames_themes_and_a_name_is_unique_in_the_consultation_whatever_its_case() {
        long parking = themes.create(consultation, "  Parking   near the surgery ", "Where to leave the car", null, STAFF);
        long travel = themes.create(consultation, "Travel", null, null, STAFF);

        assertThat(themes.themes(consultation)).extracting(Themes.Theme::name).containsExactly("Parking near the surgery", "Travel");
        assertThat(theme(parking).description()).isEqualTo("Where to leave the car");
        assertThat(errors(() -> themes.create(consultation, "TRAVEL", null, null, STAFF)))
                .containsEntry("name", "consultation.staff.themes.error.name-taken");
        assertThat(errors(() -> themes.create(consultation, "   ", "x".repeat(501), null, STAFF)))
                .containsEntry("name", "consultation.staff.themes.error.name-required")
                .containsEntry("description", "consultation.staff.themes.error.description-too-long");
        assertThat(errors(() -> themes.create(consultation, "x".repeat(121), null, null, STAFF)))
                .containsEntry("name", "consultation.staff.themes.error.name-too-long");
        assertThat(errors(() -> themes.rename(consultation, parking, "travel", null, STAFF)))
                .containsEntry("name", "consultation.staff.themes.error.name-taken");

        themes.rename(consultation, travel, "travel", "Buses and lifts", STAFF);
        themes.rename(consultation, parking, "Car parking", null, STAFF);

        assertThat(themes.themes(consultation)).extracting(Themes.Theme::name, Themes.Theme::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Car parking", null),
                        org.assertj.core.groups.Tuple.tuple("travel", "Buses and lifts"));
        List<AuditRecord> renamed = audit.search(new AuditFilter(null, null, AuditAction.THEME_RENAMED, null, GP), 10);
        assertThat(renamed.getFirst().summary()).contains("Parking near the surgery", "Car parking");
        assertThat(renamed.getFirst().actor().name()).isEqualTo(STAFF);
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_themes_but_cannot_create_one() {
        assertThat(themes.themes(consultation)).isEmpty();
        assertThatThrownBy(() -> themes.create(consultation, "Parking", null, null, "analyst-in-test"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tagged_answers_are_counted_by_answer_and_by_person_and_only_free_text_answers_of_the_consultation_can_be_tagged() {
        String first = send(Locale.ENGLISH, "The car park is always full.", "Barry Patients Group");
        String second = send(Locale.ENGLISH, "Parking is hard.", null);
        long parking = themes.create(consultation, "Parking", null, null, STAFF);

        assertThat(themes.tag(parking, first, id("other-comments"), STAFF)).isTrue();
        assertThat(themes.tag(parking, first, id("organisation"), STAFF)).isTrue();
        assertThat(themes.tag(parking, second, id("other-comments"), STAFF)).isTrue();
        assertThat(themes.tag(parking, second, id("other-comments"), STAFF)).as("tagged once").isFalse();

        assertThat(theme(parking).answers()).isEqualTo(3);
        assertThat(theme(parking).responses()).isEqualTo(2);
        assertThat(themes.tags(first)).containsEntry(id("other-comments"), java.util.Set.of(parking));
        assertThat(errors(() -> themes.tag(parking, first, id("practice-area"), STAFF)))
                .as("a choice is not free text").containsEntry("theme", "consultation.staff.themes.error.answer-not-found");
        assertThat(errors(() -> themes.tag(parking, second, id("organisation"), STAFF)))
                .as("not answered").containsEntry("theme", "consultation.staff.themes.error.answer-not-found");
        assertThat(errors(() -> themes.tag(parking, "NOSUCH1", id("other-comments"), STAFF)))
                .containsEntry("theme", "consultation.staff.themes.error.answer-not-found");
        assertThat(errors(() -> themes.tag(parking, "<script>", id("other-comments"), STAFF)))
                .containsEntry("theme", "consultation.staff.themes.error.answer-not-found");

        Themes.ThemeAnswers page = themes.answers(consultation, parking, 1, Locale.ENGLISH).orElseThrow();
        assertThat(page.answers()).extracting(Themes.ThemeAnswer::reference, Themes.ThemeAnswer::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, "Parking is hard."),
                        org.assertj.core.groups.Tuple.tuple(first, "The car park is always full."),
                        org.assertj.core.groups.Tuple.tuple(first, "Barry Patients Group"));
        assertThat(page.answers().getFirst().question().number()).isEqualTo(11);

        assertThat(themes.untag(parking, first, id("organisation"), STAFF)).isTrue();
        assertThat(theme(parking).answers()).isEqualTo(2);

        List<AuditRecord> tagged = audit.search(new AuditFilter(null, null, AuditAction.ANSWER_TAGGED, null, GP), 10);
        assertThat(tagged).hasSize(3);
        assertThat(tagged).allSatisfy(e -> assertThat(e.summary()).contains("Parking").doesNotContain("car park", "Barry Patients"));
    }

    @Test
    void merging_moves_the_answers_and_quotes_counts_an_answer_in_both_once_and_a_theme_cannot_be_merged_into_itself() {
        String first = send(Locale.ENGLISH, "The car park is always full in the evening.", null);
        String second = send(Locale.ENGLISH, "Nowhere to park.", null);
        long parking = themes.create(consultation, "Parking", null, null, STAFF);
        long cars = themes.create(consultation, "Cars", null, null, STAFF);
        themes.tag(parking, first, id("other-comments"), STAFF);
        themes.tag(cars, first, id("other-comments"), STAFF);
        themes.tag(cars, second, id("other-comments"), STAFF);
        themes.quote(parking, first, id("other-comments"), "always full", STAFF);
        themes.quote(cars, first, id("other-comments"), "always full", STAFF);
        themes.quote(cars, second, id("other-comments"), "Nowhere to park", STAFF);

        assertThat(errors(() -> themes.merge(consultation, cars, cars, STAFF)))
                .containsEntry("into", "consultation.staff.themes.error.merge-into-itself");
        assertThat(errors(() -> themes.merge(consultation, cars, null, STAFF)))
                .containsEntry("into", "consultation.staff.themes.error.into-required");
        assertThat(errors(() -> themes.merge(consultation, cars, 999_999_999L, STAFF)))
                .containsEntry("into", "consultation.staff.themes.error.into-not-found");
        assertThat(theme(cars).answers()).as("nothing changed").isEqualTo(2);

        themes.merge(consultation, cars, parking, STAFF);

        assertThat(themes.themes(consultation)).extracting(Themes.Theme::name).containsExactly("Parking");
        assertThat(theme(parking).answers()).isEqualTo(2);
        assertThat(theme(parking).responses()).isEqualTo(2);
        assertThat(themes.answers(consultation, parking, 1, Locale.ENGLISH).orElseThrow().quotes())
                .extracting(Themes.Quote::excerpt).containsExactlyInAnyOrder("always full", "Nowhere to park");
        List<AuditRecord> merged = audit.search(new AuditFilter(null, null, AuditAction.THEME_MERGED, null, GP), 10);
        assertThat(merged).hasSize(1);
        assertThat(merged.getFirst().summary()).contains("Cars", "Parking");

        themes.delete(consultation, parking, STAFF);
        assertThat(themes.themes(consultation)).isEmpty();
        assertThat(themes.tags(first)).isEmpty();
    }

    @Test
    void a_quote_must_be_words_of_the_answer_as_written_short_enough_and_from_an_answer_in_the_theme() {
        String written = "I work in Cardiff until 5:30.\nThe surgery shuts at 6, so I cannot get there.";
        String first = send(Locale.ENGLISH, written, null);
        String second = send(Locale.ENGLISH, "x".repeat(600), null);
        long work = themes.create(consultation, "Work hours", null, null, STAFF);
        themes.tag(work, first, id("other-comments"), STAFF);
        themes.tag(work, second, id("other-comments"), STAFF);

        assertThat(errors(() -> themes.quote(work, first, id("other-comments"), "The surgery shuts at 7", STAFF)))
                .containsEntry("excerpt", "consultation.staff.themes.error.quote-not-in-answer");
        assertThat(errors(() -> themes.quote(work, first, id("other-comments"), "  ", STAFF)))
                .containsEntry("excerpt", "consultation.staff.themes.error.quote-required");
        assertThat(errors(() -> themes.quote(work, second, id("other-comments"), "x".repeat(501), STAFF)))
                .containsEntry("excerpt", "consultation.staff.themes.error.quote-too-long");
        long other = themes.create(consultation, "Other", null, null, STAFF);
        assertThat(errors(() -> themes.quote(other, first, id("other-comments"), "until 5:30", STAFF)))
                .containsEntry("excerpt", "consultation.staff.themes.error.quote-not-in-theme");

        long quote = themes.quote(work, first, id("other-comments"), "  The surgery shuts at 6, so I cannot get there. ", STAFF);
        assertThat(themes.quote(work, first, id("other-comments"), "The surgery shuts at 6, so I cannot get there.", STAFF))
                .as("the same quote twice is one quote").isEqualTo(quote);

        List<Themes.Quote> quotes = themes.answers(consultation, work, 1, Locale.ENGLISH).orElseThrow().quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.excerpt()).isEqualTo("The surgery shuts at 6, so I cannot get there.");
            assertThat(q.reference()).isEqualTo(first);
            assertThat(q.pickedBy()).isEqualTo(STAFF);
        });
        List<AuditRecord> picked = audit.search(new AuditFilter(null, null, AuditAction.QUOTE_PICKED, null, GP), 10);
        assertThat(picked).singleElement().satisfies(e -> assertThat(e.summary()).contains(first).doesNotContain("surgery", "Cardiff"));

        themes.untag(work, first, id("other-comments"), STAFF);
        assertThat(themes.answers(consultation, work, 1, Locale.ENGLISH).orElseThrow().quotes())
                .as("an answer taken out of the theme takes its quotes").isEmpty();
        assertThat(themes.removeQuote(consultation, quote, STAFF)).isFalse();
    }

    @Test
    void suggestions_find_a_term_repeated_in_english_answers_and_creating_one_can_tag_every_answer_that_uses_it() {
        String a = send(Locale.ENGLISH, "Evening appointments would help me, because I work.", null);
        String b = send(Locale.ENGLISH, "More evening appointments, please!", null);
        String c = send(Locale.ENGLISH, "I need EVENING appointments for my children.", null);
        send(Locale.ENGLISH, "The evening is fine. Appointments in the day are not.", null);
        send(Locale.ENGLISH, "The car park is too small.", null);

        List<Themes.Suggestion> suggestions = themes.suggestions(consultation);

        assertThat(suggestions.getFirst()).isEqualTo(new Themes.Suggestion("appointments", 4));
        assertThat(suggestions).contains(new Themes.Suggestion("evening appointments", 3), new Themes.Suggestion("evening", 4));
        assertThat(suggestions).extracting(Themes.Suggestion::term).as("common words are not themes")
                .doesNotContain("the", "would", "because", "car", "park");

        long evenings = themes.create(consultation, "Evening appointments", null, "evening appointments", STAFF);

        Themes.ThemeAnswers tagged = themes.answers(consultation, evenings, 1, Locale.ENGLISH).orElseThrow();
        assertThat(tagged.answers()).extracting(Themes.ThemeAnswer::reference).containsExactlyInAnyOrder(a, b, c)
                .as("the one with the words in different sentences is left out");
        assertThat(themes.suggestions(consultation)).extracting(Themes.Suggestion::term)
                .as("a theme's name is no longer suggested").doesNotContain("evening appointments");
    }

    @Test
    void suggestions_find_a_term_repeated_in_welsh_answers_leaving_out_common_welsh_words() {
        send(WELSH, "Mae’r maes parcio yn llawn bob nos.", null);
        send(WELSH, "Does dim lle yn y maes parcio oherwydd y gwaith.", null);
        send(WELSH, "Byddai’n well gen i apwyntiad gyda’r nos, achos mae’r maes parcio’n brysur.", null);
        send(WELSH, "Rydw i’n gweithio yng Nghaerdydd.", null);

        List<Themes.Suggestion> suggestions = themes.suggestions(consultation);

        assertThat(suggestions).contains(new Themes.Suggestion("maes parcio", 3));
        assertThat(suggestions).extracting(Themes.Suggestion::term)
                .as("a word only ever used in the pair is not suggested alone").doesNotContain("maes", "parcio")
                .as("common Welsh words are not themes").doesNotContain("mae", "oherwydd", "achos", "byddai", "gyda", "dim");
    }

    @Test
    void the_responses_filter_by_theme_lets_through_only_responses_with_an_answer_in_it() {
        String inTheme = send(Locale.ENGLISH, "Parking is hard.", null);
        send(Locale.ENGLISH, "Buses are late.", null);
        long parking = themes.create(consultation, "Parking", null, null, STAFF);
        themes.tag(parking, inTheme, id("other-comments"), STAFF);

        ResponseFilter.Parsed parsed = ResponseFilter.parse(Map.of("theme", List.of(Long.toString(parking))));
        ResponseAdministration.ResponsePage page = administration.responses(consultation, parsed.filter(), 1, Locale.ENGLISH).orElseThrow();

        assertThat(parsed.filter().parameters()).containsEntry("theme", Long.toString(parking));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.responses()).extracting(ResponseAdministration.ResponseRow::reference).containsExactly(inTheme);
        assertThat(administration.counts(consultation, parsed.filter(), Locale.ENGLISH).orElseThrow().responses()).isEqualTo(1);
        assertThat(ResponseFilter.parse(Map.of("theme", List.of("1 OR 1=1"))).filter().themeId()).as("tampered: ignored").isNull();
    }

    @Test
    void the_ods_themes_sheet_lists_each_theme_with_its_counts_and_quotes() throws Exception {
        String first = send(Locale.ENGLISH, "The car park is always full.", "Barry Patients Group");
        String second = send(Locale.ENGLISH, "Parking is hard after 6.", null);
        long parking = themes.create(consultation, "Parking", "Cars and where to leave them", null, STAFF);
        long empty = themes.create(consultation, "Access", null, null, STAFF);
        themes.tag(parking, first, id("other-comments"), STAFF);
        themes.tag(parking, first, id("organisation"), STAFF);
        themes.tag(parking, second, id("other-comments"), STAFF);
        themes.quote(parking, first, id("other-comments"), "always full", STAFF);
        themes.quote(parking, second, id("other-comments"), "Parking is hard", STAFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        administration.exportOds(consultation, ResponseFilter.NONE, out, key -> translations.getTranslation(key, Locale.ENGLISH), STAFF);

        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(out.toByteArray()));
        Sheet sheet = spreadsheet.getSheet("Themes");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < sheet.getMaxRows(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < sheet.getMaxColumns(); c++) {
                Object value = sheet.getRange(r, c).getValue();
                row.add(value instanceof Number n ? n.intValue() : value);
            }
            rows.add(row);
        }
        assertThat(rows.get(0)).containsExactly("Theme", "Number of people", "Answers in the theme", "Description", "Quote",
                "Question quoted", "Reference");
        assertThat(rows.get(1)).startsWith("Access", 0, 0);
        String question = "Q11. Is there anything else you would like to tell us about the options?";
        assertThat(rows.get(2)).containsExactly("Parking", 2, 3, "Cars and where to leave them", "always full", question, first);
        assertThat(rows.get(3)).containsExactly("Parking", null, null, null, "Parking is hard", question, second);
        assertThat(rows).hasSize(4);
        assertThat(empty).isPositive();
    }

    @Test
    void suggestions_over_ten_thousand_answers_are_read_as_a_stream_and_find_the_repeated_terms() {
        long question = id("other-comments");
        jdbc.sql("""
                        INSERT INTO consultation_response (consultation_id, reference, request_key, submitted_at, language)
                        SELECT ?, CONCAT('TV', seq), CONCAT('volume-', seq), NOW(6), 'en' FROM seq_1_to_10000""")
                .param(consultation).update();
        // five sentences in turn, each with a word of its own (so the vocabulary grows with the answers)
        jdbc.sql("""
                        INSERT INTO consultation_answer (response_id, question_id, text_value)
                        SELECT r.id, ?, CONCAT(ELT(1 + r.id % 5, 'There are too few evening appointments.', 'Parking near the surgery is hard.',
                               'The receptionists were kind and helpful.', 'The phone lines are busy every morning.',
                               'Saturday surgeries would help working parents.'), ' Note', r.id, 'x.')
                        FROM consultation_response r WHERE r.consultation_id = ? AND r.request_key LIKE 'volume-%'""")
                .params(question, consultation).update();

        long started = System.nanoTime();
        List<Themes.Suggestion> suggestions = themes.suggestions(consultation);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Theme suggestions over 10,000 answers: " + millis + " ms");

        assertThat(suggestions).extracting(Themes.Suggestion::term)
                .contains("evening appointments", "parking near", "surgery", "phone lines", "saturday surgeries")
                .as("a word used once is no suggestion").noneMatch(t -> t.startsWith("note"))
                .as("a word only used in a pair is not suggested alone").doesNotContain("evening", "phone");
        assertThat(suggestions).extracting(Themes.Suggestion::answers).containsOnly(2000);
    }

    @Test
    void a_themes_answers_come_a_page_at_a_time_newest_response_first() {
        long parking = themes.create(consultation, "Parking", null, null, STAFF);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i <= Themes.PAGE_SIZE; i++) {
            String reference = send(Locale.ENGLISH, "Parking, answer " + i, null);
            themes.tag(parking, reference, id("other-comments"), STAFF);
            sent.add(reference);
        }

        Themes.ThemeAnswers first = themes.answers(consultation, parking, 1, Locale.ENGLISH).orElseThrow();
        Themes.ThemeAnswers second = themes.answers(consultation, parking, 2, Locale.ENGLISH).orElseThrow();

        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.answers()).hasSize(Themes.PAGE_SIZE);
        assertThat(second.answers()).extracting(Themes.ThemeAnswer::reference).containsExactly(sent.getFirst());
        assertThat(themes.answers(consultation, parking, 99, Locale.ENGLISH).orElseThrow().page()).as("past the end: the last page").isEqualTo(2);
        assertThat(themes.answers(consultation, parking + 1000, 1, Locale.ENGLISH)).as("no such theme").isEmpty();
    }
}

package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * "About you", the email copy and equality monitoring when a response is sent, against a real
 * MariaDB; each test is rolled back.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
class RespondentsAndEqualityTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired EqualityReport equalityReport;
    @Autowired JdbcClient jdbc;
    @Autowired EqualityRetention retention;
    @Autowired TestClock clock;

    private Map<Long, Answer> answers() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null));
        answers.put(questionnaire.question("hard-to-get").orElseThrow().id(), new Answer.Choice("yes", null));
        answers.put(questionnaire.question("what-made-it-hard").orElseThrow().id(), new Answer.Text("Gweithio shifftiau"));
        return answers;
    }

    private long consultation() {
        return consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
    }

    private String send(Locale language, Respondent respondent, Map<String, List<String>> equality) {
        ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), language, answers(), respondent, equality);
        assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
        return result.reference();
    }

    private int equalityRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM equality_record WHERE consultation_id = ?").param(consultation()).query(Integer.class).single();
    }

    private List<Map<String, Object>> emailsTo(String address) {
        return jdbc.sql("SELECT language, subject, text_body FROM email_outbox WHERE recipient = ?").param(address).query().listOfRows();
    }

    @Test
    void a_person_helped_by_an_advocate_for_an_organisation_is_recorded_as_a_supported_response() {
        Respondent respondent = new Respondent("  Ceri Jones ", null, Respondent.ORGANISATION, "Penarth Carers’ Group", true,
                List.of("advocate", "family"), List.of("read-questions", "interpreted"));

        String reference = send(Locale.ENGLISH, respondent, Map.of());

        Respondent stored = responses.respondent(reference).orElseThrow();
        assertThat(stored.isSupported()).isTrue();
        assertThat(stored.supportBy()).containsExactly("advocate", "family");
        assertThat(stored.supportHow()).containsExactly("read-questions", "interpreted");
        assertThat(stored.name()).isEqualTo("Ceri Jones");
        assertThat(stored.organisation()).isEqualTo("Penarth Carers’ Group");
        assertThat(stored.respondingAs()).isEqualTo(Respondent.ORGANISATION);

        String anonymous = send(Locale.ENGLISH, Respondent.NONE, Map.of());
        Respondent nothing = responses.respondent(anonymous).orElseThrow();
        assertThat(nothing.supported()).as("not said is not the same as no help").isNull();
        assertThat(nothing.name()).isNull();
        assertThat(nothing.email()).isNull();
    }

    @Test
    void an_organisation_needs_a_name_and_an_email_address_must_be_one() {
        assertThat(new Respondent(null, null, Respondent.ORGANISATION, "  ", null, null, null).problems())
                .containsEntry("organisation", "consultation.about.error.organisation.required");
        assertThat(new Respondent(null, "jo@example", null, null, null, null, null).problems())
                .containsEntry("email", "consultation.about.error.email.invalid");
        assertThat(new Respondent("Jo", "jo@example.org", Respondent.SELF, "ignored", false, List.of("advocate"), null).problems()).isEmpty();
        assertThatThrownBy(() -> send(Locale.ENGLISH, new Respondent(null, "not an address", null, null, null, null, null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_welsh_respondent_who_gave_an_email_address_gets_a_copy_of_their_answers_in_welsh_through_the_outbox() {
        String address = "copi-" + UUID.randomUUID() + "@example.org";
        String reference = send(WELSH, new Respondent("Siân", address, null, null, null, null, null), Map.of());

        List<Map<String, Object>> emails = emailsTo(address);
        assertThat(emails).hasSize(1);
        Map<String, Object> email = emails.getFirst();
        assertThat(email.get("language")).isEqualTo("cy");
        assertThat((String) email.get("subject")).startsWith("Copi o’ch ymateb: ");
        String text = (String) email.get("text_body");
        assertThat(text).contains("Annwyl Siân", reference, "Ble mae eich meddygfa?", "Penarth", "Beth wnaeth ei gwneud yn anodd?",
                "Gweithio shifftiau", "Eich cyfeirnod: " + reference);
        assertThat(text).as("in Welsh only").doesNotContain("Where is your GP practice?", "Your reference");
        assertThat(text.indexOf("Ble mae eich meddygfa?")).as("question, then its answer").isLessThan(text.indexOf("Penarth"));
        assertThat(responses.copySentTo(reference)).contains(address);
    }

    @Test
    void no_email_is_queued_for_a_person_who_gave_no_email_address() {
        int before = jdbc.sql("SELECT COUNT(*) FROM email_outbox").query(Integer.class).single();
        String reference = send(Locale.ENGLISH, new Respondent("Sam", null, Respondent.SELF, null, false, null, null), Map.of());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_outbox").query(Integer.class).single()).isEqualTo(before);
        assertThat(responses.copySentTo(reference)).isEmpty();
    }

    @Test
    void equality_answers_are_stored_apart_with_nothing_that_links_them_to_the_response() {
        int before = equalityRecords();
        List<String> idsBefore = jdbc.sql("SELECT id FROM equality_record").query(String.class).list();
        String reference = send(Locale.ENGLISH, new Respondent("Alex", null, null, null, null, null, null),
                Map.of("age", List.of("35-44"), "national-identity", List.of("welsh", "british"), "religion", List.of("prefer-not-to-say"),
                        "made-up", List.of("x")));

        assertThat(equalityRecords()).isEqualTo(before + 1);
        List<String> columns = jdbc.sql("""
                SELECT LOWER(CONCAT(table_name, '.', column_name, ' ', data_type)) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name IN ('equality_record', 'equality_answer')""").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("equality_record.id char", "equality_record.consultation_id bigint",
                "equality_record.recorded_on date", "equality_answer.record_id char", "equality_answer.question varchar",
                "equality_answer.category varchar");
        List<String> links = jdbc.sql("""
                SELECT LOWER(referenced_table_name) FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND table_name IN ('equality_record', 'equality_answer') AND referenced_table_name IS NOT NULL""")
                .query(String.class).list();
        assertThat(links).as("no foreign key to a response").doesNotContain("consultation_response", "consultation_answer")
                .containsOnly("consultation", "equality_record");
        // the one record this response made (other tests' records stay in the database)
        List<String> made = new java.util.ArrayList<>(jdbc.sql("SELECT id FROM equality_record").query(String.class).list());
        made.removeAll(idsBefore);
        assertThat(made).hasSize(1);
        String id = made.getFirst();
        assertThat(id).as("a random id, not a number in sequence").matches("[0-9a-f-]{36}").doesNotContain(reference);
        assertThat(jdbc.sql("SELECT CONCAT(question, '=', category) FROM equality_answer WHERE record_id = ?").param(id).query(String.class).list())
                .containsExactlyInAnyOrder("age=35-44", "national-identity=welsh", "national-identity=british", "religion=prefer-not-to-say");
        assertThat(responses.answers(reference)).as("the response keeps only its own answers").hasSize(3);
    }

    @Test
    void a_person_who_skips_every_equality_question_leaves_no_equality_record() {
        int before = equalityRecords();
        send(Locale.ENGLISH, Respondent.NONE, Map.of());
        send(Locale.ENGLISH, Respondent.NONE, Map.of("age", List.of()));
        assertThat(equalityRecords()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void the_equality_report_suppresses_counts_below_five_and_the_next_smallest_where_one_alone_would_show_it() {
        // only this test's answers count (the deletion is rolled back with the test)
        jdbc.sql("DELETE FROM equality_record WHERE consultation_id = ?").param(consultation()).update();
        List<Map<String, List<String>>> people = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String age = i < 6 ? "25-34" : i < 11 ? "45-54" : "35-44";                       // 6, 5, 2
            String sex = i < 7 ? "female" : i < 12 ? "male" : "prefer-not-to-say";            // 7, 5, 1
            String welsh = i < 3 ? "yes" : i < 5 ? "no" : "prefer-not-to-say";                // 3, 2, 8
            people.add(Map.of("age", List.of(age), "sex", List.of(sex), "welsh-speaker", List.of(welsh)));
        }
        people.forEach(p -> send(Locale.ENGLISH, Respondent.NONE, p));

        EqualityReport.Report report = equalityReport.report(consultation());

        assertThat(report.people()).isEqualTo(13);
        EqualityReport.QuestionCounts age = report.question("age");
        assertThat(age.cell("25-34").count()).isEqualTo(6);
        assertThat(age.cell("35-44").suppressed()).as("2 people: suppressed").isTrue();
        assertThat(age.cell("45-54").suppressed()).as("the next smallest, or 13 - 6 would give the 2 away").isTrue();
        assertThat(age.cell("65-74").count()).as("nobody is shown as 0").isEqualTo(0);
        EqualityReport.QuestionCounts sex = report.question("sex");
        assertThat(sex.cell("prefer-not-to-say").suppressed()).as("Prefer not to say is counted, and suppressed like any other").isTrue();
        assertThat(sex.cell("male").suppressed()).isTrue();
        assertThat(sex.cell("female").count()).isEqualTo(7);
        EqualityReport.QuestionCounts welsh = report.question("welsh-speaker");
        assertThat(welsh.cell("yes").suppressed()).isTrue();
        assertThat(welsh.cell("no").suppressed()).isTrue();
        assertThat(welsh.cell("prefer-not-to-say").count()).as("two suppressed already hide each other").isEqualTo(8);
        assertThat(report.question("religion").cells()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void fewer_than_five_people_in_all_are_not_counted_out_loud() {
        jdbc.sql("DELETE FROM equality_record WHERE consultation_id = ?").param(consultation()).update();
        send(Locale.ENGLISH, Respondent.NONE, Map.of("sex", List.of("female")));
        send(Locale.ENGLISH, Respondent.NONE, Map.of("sex", List.of("female")));

        EqualityReport.Report report = equalityReport.report(consultation());

        assertThat(report.people()).isNull();
        assertThat(report.question("sex").cell("female").suppressed()).isTrue();
        assertThat(report.question("sex").cell("male").suppressed()).as("the complement of a lone suppressed count").isTrue();
    }

    @Test
    void equality_answers_are_deleted_two_years_after_the_consultation_closes_as_the_explanation_promises() {
        send(Locale.ENGLISH, Respondent.NONE, Map.of("carer", List.of("yes")));
        java.time.Instant closes = consultations.page(GP, Locale.ENGLISH).orElseThrow().closesAt();
        java.time.Instant now = clock.instant();
        try {
            clock.set(closes.atOffset(java.time.ZoneOffset.UTC).plusYears(2).minusDays(1).toInstant());
            retention.deleteExpired();
            assertThat(equalityRecords()).as("kept until 2 years after closing").isPositive();
            clock.set(closes.atOffset(java.time.ZoneOffset.UTC).plusYears(2).plusDays(1).toInstant());
            retention.deleteExpired();
            assertThat(equalityRecords()).isZero();
        } finally {
            clock.set(now);
        }
    }

    @Test
    void only_staff_can_read_the_equality_report() {
        assertThatThrownBy(() -> equalityReport.report(consultation()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}

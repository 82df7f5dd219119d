package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.consultation.ConsultationQuestions.ActionOutcome;
import uk.takingpart.consultation.ConsultationQuestions.AskOutcome;
import uk.takingpart.consultation.ConsultationQuestions.Asking;
import uk.takingpart.consultation.ConsultationQuestions.StaffQuestion;
import uk.takingpart.consultation.ConsultationQuestions.Status;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Public questions on the open demo consultation, moderated and answered, on a real MariaDB; each test is rolled back. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ConsultationQuestionsTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String CARERS = "unpaid-carers-strategy";
    private static final Locale CY = Locale.forLanguageTag("cy");

    @Autowired ConsultationQuestions questions;
    @Autowired ConsultationService consultations;
    @Autowired QuestionEmailRetention retention;
    @Autowired RetentionPeriods periods;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long consultation() {
        return consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
    }

    private long ask(Locale language, String text, String email) {
        var result = questions.ask(GP, UUID.randomUUID().toString(), language, new Asking(text, email));
        assertThat(result.outcome()).isEqualTo(AskOutcome.ASKED);
        return result.id();
    }

    private StaffQuestion staff(long id) {
        return questions.queue(consultation()).stream().filter(q -> q.id() == id).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> emailsTo(String recipient) {
        return jdbc.sql("SELECT language, subject, text_body FROM email_outbox WHERE recipient = ? ORDER BY id").param(recipient)
                .query().listOfRows();
    }

    private static Map<String, String> en(String text) {
        return Map.of("en", text);
    }

    @Test
    void a_welsh_question_is_moderated_answered_shown_and_its_asker_emailed_in_welsh_once() {
        String email = "holwr-" + UUID.randomUUID() + "@example.org";
        long id = ask(CY, "Fydd y feddygfa ar agor ar ddydd Sadwrn yn y Barri?", email);
        assertThat(staff(id).status()).isEqualTo(Status.NEW);
        assertThat(questions.queue(consultation()).getFirst().status()).as("new questions first").isEqualTo(Status.NEW);
        assertThat(questions.published(consultation(), CY)).extracting(ConsultationQuestions.PublicAnswer::id).doesNotContain(id);

        assertThat(questions.publish(id, staff(id).version(), "editor-in-test").outcome()).isEqualTo(ActionOutcome.DONE);
        assertThat(questions.published(consultation(), CY)).as("published but not answered: not shown")
                .extracting(ConsultationQuestions.PublicAnswer::id).doesNotContain(id);

        var result = questions.answer(id, staff(id).version(),
                Map.of("en", "GP practice manager", "cy", "Rheolwr practis meddyg teulu"),
                Map.of("en", "Yes, from 9am to 1pm.", "cy", "Bydd, o 9am tan 1pm."), "editor-in-test");
        assertThat(result.outcome()).isEqualTo(ActionOutcome.DONE);

        var shownInWelsh = questions.published(consultation(), CY).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(shownInWelsh.role().text()).isEqualTo("Rheolwr practis meddyg teulu");
        assertThat(shownInWelsh.answer().text()).isEqualTo("Bydd, o 9am tan 1pm.");
        assertThat(questions.published(consultation(), Locale.ENGLISH).stream().filter(a -> a.id() == id).findFirst().orElseThrow()
                .role().text()).isEqualTo("GP practice manager");

        List<Map<String, Object>> sent = emailsTo(email);
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.get("language")).isEqualTo("cy");
            assertThat((String) m.get("subject")).startsWith("Mae eich cwestiwn wedi cael ei ateb");
            assertThat((String) m.get("text_body")).contains("Bydd, o 9am tan 1pm.", "Rheolwr practis meddyg teulu",
                    "/cy/activities/" + GP).doesNotContain("Yes, from 9am");
        });
        assertThat(questions.emailOf(id)).as("the address is deleted once the asker is told").isEmpty();

        // a corrected answer emails nobody again
        questions.answer(id, staff(id).version(), Map.of("en", "GP practice manager"), Map.of("en", "Yes, from 9am to 12 noon."), "editor-in-test");
        assertThat(emailsTo(email)).hasSize(1);
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = ? AND record_id = ? AND actor_name = 'editor-in-test'")
                .params(ConsultationQuestions.RECORD_TYPE, Long.toString(id)).query(Long.class).single();
        assertThat(audited).as("published, answered, answered again").isEqualTo(3);
        long leaked = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE summary LIKE ? OR summary LIKE ?")
                .params("%" + email + "%", "%Sadwrn yn y Barri%").query(Long.class).single();
        assertThat(leaked).as("the audit trail never holds the asker's address or words").isZero();
    }

    @Test
    void a_rejected_question_keeps_its_reason_for_staff_and_is_never_shown() {
        String email = "rejected-" + UUID.randomUUID() + "@example.org";
        long id = ask(Locale.ENGLISH, "What is my neighbour's diagnosis?", email);

        var empty = questions.reject(id, staff(id).version(), "  ", "editor-in-test");
        assertThat(empty.outcome()).isEqualTo(ActionOutcome.INVALID);
        assertThat(empty.problems()).containsEntry("reason", "consultation.staff.questions.error.reason-required");

        assertThat(questions.reject(id, staff(id).version(), "About one person's care", "editor-in-test").outcome()).isEqualTo(ActionOutcome.DONE);
        StaffQuestion rejected = staff(id);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("About one person's care");
        assertThat(questions.emailOf(id)).isEmpty();
        // an answer cannot bring it back to the page
        assertThat(questions.answer(id, rejected.version(), en("Practice manager"), en("No."), "editor-in-test").outcome())
                .isEqualTo(ActionOutcome.CHANGED_ELSEWHERE);
        assertThat(questions.published(consultation(), Locale.ENGLISH)).extracting(ConsultationQuestions.PublicAnswer::id).doesNotContain(id);
        assertThat(questions.published(consultation(), Locale.ENGLISH)).extracting(a -> a.answer().text() + a.question())
                .noneMatch(t -> t.contains("one person's care"));
        assertThat(emailsTo(email)).isEmpty();
    }

    @Test
    void a_merged_duplicates_asker_is_also_told_in_their_language_when_the_other_is_answered() {
        String first = "first-" + UUID.randomUUID() + "@example.org";
        String second = "second-" + UUID.randomUUID() + "@example.org";
        long original = ask(Locale.ENGLISH, "Will there be Saturday appointments in Barry?", first);
        long duplicate = ask(CY, "A fydd apwyntiadau ar ddydd Sadwrn yn y Barri?", second);

        var itself = questions.merge(duplicate, staff(duplicate).version(), duplicate, "editor-in-test");
        assertThat(itself.problems()).containsEntry("into", "consultation.staff.questions.error.merge-itself");
        assertThat(questions.merge(duplicate, staff(duplicate).version(), original, "editor-in-test").outcome()).isEqualTo(ActionOutcome.DONE);
        assertThat(staff(duplicate).status()).isEqualTo(Status.MERGED);
        assertThat(staff(duplicate).mergedInto()).isEqualTo(original);

        questions.answer(original, staff(original).version(), Map.of("en", "GP practice manager", "cy", "Rheolwr practis"),
                Map.of("en", "Yes.", "cy", "Bydd."), "editor-in-test");
        assertThat(emailsTo(first)).singleElement().satisfies(m -> assertThat(m.get("language")).isEqualTo("en"));
        assertThat(emailsTo(second)).singleElement().satisfies(m -> {
            assertThat(m.get("language")).isEqualTo("cy");
            assertThat((String) m.get("text_body")).contains("Bydd.", "A fydd apwyntiadau");
        });
        assertThat(questions.published(consultation(), Locale.ENGLISH)).extracting(ConsultationQuestions.PublicAnswer::id)
                .contains(original).doesNotContain(duplicate);
    }

    @Test
    void the_same_question_sent_twice_is_stored_once_and_bad_input_is_refused_with_keys() {
        String key = UUID.randomUUID().toString();
        var once = questions.ask(GP, key, Locale.ENGLISH, new Asking("Where is the nearest practice?", null));
        var twice = questions.ask(GP, key, Locale.ENGLISH, new Asking("Where is the nearest practice?", null));
        assertThat(twice).isEqualTo(once);
        long stored = jdbc.sql("SELECT COUNT(*) FROM consultation_question WHERE request_key = ?").param(key).query(Long.class).single();
        assertThat(stored).isEqualTo(1);

        assertThat(questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH, new Asking(" ", "not-an-email")).problems())
                .containsEntry("question", "consultation.ask.question.error.required")
                .containsEntry("email", "consultation.ask.email.error.invalid");
        assertThat(questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH, new Asking("x".repeat(10_000), null)).problems())
                .containsEntry("question", "consultation.ask.question.error.too-long");
        assertThat(questions.ask(CARERS, UUID.randomUUID().toString(), Locale.ENGLISH, new Asking("Still open?", null)).outcome())
                .as("a closed consultation takes no questions").isEqualTo(AskOutcome.CLOSED);
    }

    @Test
    void two_staff_acting_on_the_same_question_at_once_the_second_is_told_it_changed() {
        long id = ask(Locale.ENGLISH, "How will you decide?", null);
        long seen = staff(id).version();
        assertThat(questions.publish(id, seen, "editor-in-test").outcome()).isEqualTo(ActionOutcome.DONE);
        assertThat(questions.reject(id, seen, "Duplicate", "editor-in-test").outcome()).isEqualTo(ActionOutcome.CHANGED_ELSEWHERE);
        assertThat(staff(id).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_the_queue_but_cannot_publish() {
        long id = ask(Locale.ENGLISH, "When is the decision?", null);
        StaffQuestion q = staff(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> questions.publish(id, q.version(), "analyst-in-test"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unanswered_askers_address_is_deleted_three_months_after_closing_and_audited() {
        Instant now = clock.instant();
        String email = "waiting-" + UUID.randomUUID() + "@example.org";
        long id = ask(Locale.ENGLISH, "Will you answer after closing?", email);
        Instant closes = consultations.page(GP, Locale.ENGLISH).orElseThrow().closesAt();
        try {
            clock.set(closes.atOffset(ZoneOffset.UTC).plus(Period.ofMonths(3)).minusDays(1).toInstant());
            retention.deleteExpired();
            assertThat(questions.emailOf(id)).contains(email);
            clock.set(closes.atOffset(ZoneOffset.UTC).plus(Period.ofMonths(3)).plus(Duration.ofHours(1)).toInstant());
            assertThat(retention.deleteExpired()).isPositive();
            assertThat(questions.emailOf(id)).isEmpty();
            long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'QUESTION_EMAILS_DELETED'").query(Long.class).single();
            assertThat(audited).isPositive();
            assertThat(periods.arguments(Locale.ENGLISH)).as("the privacy notice states the same period").containsEntry("questionEmailMonths", 3L);
        } finally {
            clock.set(now);
        }
    }
}

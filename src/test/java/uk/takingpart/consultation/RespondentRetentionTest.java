package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * A respondent's name and email are deleted a year (the configured period) after the
 * consultation closes; their answers, their organisation's name and the count stay; the
 * deletion is audited with a number only. Real MariaDB, the injected clock.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class RespondentRetentionTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired RespondentRetention retention;
    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    private final Instant started = Instant.now();

    @AfterEach
    void backToNow() {
        clock.set(started);
    }

    @Test
    void names_and_emails_go_a_year_after_closing_and_the_answers_stay() {
        clock.set(started);
        String reference = responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, answers(),
                new Respondent("Ceri Jones", "ceri@example.org", Respondent.ORGANISATION, "Penarth Carers’ Group", true,
                        java.util.List.of("advocate"), java.util.List.of("wrote-answers")), Map.of()).reference();
        Instant closes = consultations.page(GP, Locale.ENGLISH).orElseThrow().closesAt();
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        int count = responses.count(consultation);

        retention.deleteExpired();
        assertThat(details(reference)).as("still open").isEqualTo("Ceri Jones|ceri@example.org|Penarth Carers’ Group");

        clock.set(closes.atOffset(ZoneOffset.UTC).plus(Period.ofYears(1)).minusDays(1).toInstant());
        retention.deleteExpired();
        assertThat(details(reference)).as("a day short of a year after closing").isEqualTo("Ceri Jones|ceri@example.org|Penarth Carers’ Group");

        long audited = audits();
        clock.set(closes.atOffset(ZoneOffset.UTC).plus(Period.ofYears(1)).plusDays(1).toInstant());
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(details(reference)).as("a year and a day after closing").isEqualTo("-|-|Penarth Carers’ Group");
        assertThat(responses.answers(reference)).as("the answers stay").hasSize(3);
        assertThat(responses.count(consultation)).isEqualTo(count);
        assertThat(audits()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'RESPONDENT_DETAILS_DELETED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).doesNotContain("Ceri", "ceri@example.org", reference);

        assertThat(retention.deleteExpired()).as("nothing left to delete: no new audit entry").isZero();
        assertThat(audits()).isEqualTo(audited + 1);
    }

    private String details(String reference) {
        return jdbc.sql("""
                SELECT CONCAT(COALESCE(respondent_name, '-'), '|', COALESCE(respondent_email, '-'), '|', COALESCE(organisation_name, '-'))
                FROM consultation_response WHERE reference = ?""").param(reference).query(String.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESPONDENT_DETAILS_DELETED'").query(Long.class).single();
    }

    private Map<Long, Answer> answers() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null));
        answers.put(questionnaire.question("hard-to-get").orElseThrow().id(), new Answer.Choice("yes", null));
        answers.put(questionnaire.question("what-made-it-hard").orElseThrow().id(), new Answer.Text("Shift work"));
        return answers;
    }
}

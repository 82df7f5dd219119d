package uk.takingpart.consultation;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;

/**
 * The email address given with a public question is used only to tell the asker of the answer:
 * it is deleted when they are told (or the question is rejected), and otherwise
 * {@code takingpart.consultation.question-email-keep} (3 months by default) after the consultation
 * closes. Each run that deletes anything is audited with the number only.
 */
@Component
public class QuestionEmailRetention {
    private static final Logger log = LoggerFactory.getLogger(QuestionEmailRetention.class);
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period keep;

    QuestionEmailRetention(JdbcClient jdbc, AuditTrail audit, Clock clock,
                           @Value("${takingpart.consultation.question-email-keep:P3M}") Period keep) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes the askers' addresses on consultations closed longer ago than the period; returns how many were deleted. */
    @Scheduled(cron = "${takingpart.consultation.question-email-cron:0 45 3 * * *}", zone = "${takingpart.time-zone:Europe/London}")
    @Transactional
    public int deleteExpired() {
        var closedBefore = clock.instant().atOffset(ZoneOffset.UTC).minus(keep).toLocalDateTime();
        int cleared = jdbc.sql("""
                UPDATE consultation_question SET asker_email = NULL
                WHERE asker_email IS NOT NULL AND consultation_id IN (SELECT id FROM consultation WHERE closes_at < ?)""")
                .param(closedBefore).update();
        if (cleared > 0) {
            audit.record(new AuditEvent(Actor.system(), AuditAction.QUESTION_EMAILS_DELETED, ConsultationQuestions.RECORD_TYPE, null, null,
                    "Deleted the email addresses given with " + cleared + " questions, " + keep + " after their consultation closed"));
            log.info("Deleted askers' emails from {} questions on consultations closed more than {} ago", cleared, keep);
        }
        return cleared;
    }
}

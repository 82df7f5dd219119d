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
 * A respondent's name and email address are kept while staff may need to reply (a question in
 * a response, the decision to send), then deleted: {@code takingpart.consultation.respondent-details-keep}
 * (1 year by default) after the consultation closes. The answers stay, anonymous, and are counted
 * as before; an organisation's name, not a person's, stays too. Each run that deletes anything is
 * audited with the number only. The privacy notice states the period ({@link RetentionPeriods}).
 */
@Component
public class RespondentRetention {
    private static final Logger log = LoggerFactory.getLogger(RespondentRetention.class);
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period keep;

    RespondentRetention(JdbcClient jdbc, AuditTrail audit, Clock clock,
                        @Value("${takingpart.consultation.respondent-details-keep:P1Y}") Period keep) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes the names and email addresses given with responses to consultations closed longer ago than the period; returns how many responses lost them. */
    @Scheduled(cron = "${takingpart.consultation.respondent-details-cron:0 40 3 * * *}", zone = "${takingpart.time-zone:Europe/London}")
    @Transactional
    public int deleteExpired() {
        var closedBefore = clock.instant().atOffset(ZoneOffset.UTC).minus(keep).toLocalDateTime();
        int cleared = jdbc.sql("""
                UPDATE consultation_response SET respondent_name = NULL, respondent_email = NULL
                WHERE (respondent_name IS NOT NULL OR respondent_email IS NOT NULL)
                  AND consultation_id IN (SELECT id FROM consultation WHERE closes_at < ?)""")
                .param(closedBefore).update();
        if (cleared > 0) {
            audit.record(new AuditEvent(Actor.system(), AuditAction.RESPONDENT_DETAILS_DELETED, ConsultationResponses.RECORD_TYPE, null, null,
                    "Deleted the names and email addresses given with " + cleared + " responses, " + keep + " after their consultation closed"));
            log.info("Deleted respondents' names and emails from {} responses to consultations closed more than {} ago", cleared, keep);
        }
        return cleared;
    }
}

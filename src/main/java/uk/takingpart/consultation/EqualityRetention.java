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

/**
 * Deletes equality monitoring answers once their consultation closed longer ago than
 * {@code takingpart.equality.keep} (2 years by default; the equality page and the privacy notice
 * state the configured period). Each run that deletes any is audited with the number only.
 */
@Component
public class EqualityRetention {
    private static final Logger log = LoggerFactory.getLogger(EqualityRetention.class);
    private final JdbcClient jdbc;
    private final uk.takingpart.audit.AuditTrail audit;
    private final Clock clock;
    private final Period keep;

    EqualityRetention(JdbcClient jdbc, uk.takingpart.audit.AuditTrail audit, Clock clock, @Value("${takingpart.equality.keep:P2Y}") Period keep) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes the equality records of consultations closed before the retention period; returns how many. */
    @Scheduled(cron = "${takingpart.equality.retention-cron:0 50 3 * * *}", zone = "${takingpart.time-zone:Europe/London}")
    @Transactional
    public int deleteExpired() {
        var before = clock.instant().atOffset(ZoneOffset.UTC).minus(keep).toLocalDateTime();
        int deleted = jdbc.sql("""
                DELETE FROM equality_record WHERE consultation_id IN (SELECT id FROM consultation WHERE closes_at < ?)""")
                .param(before).update();
        if (deleted > 0) {
            audit.record(new uk.takingpart.audit.AuditEvent(uk.takingpart.audit.Actor.system(), uk.takingpart.audit.AuditAction.EQUALITY_RECORDS_DELETED,
                    "equality-record", null, null, "Deleted " + deleted + " equality records, " + keep + " after their consultation closed"));
            log.info("Deleted {} equality records of consultations closed more than {} ago", deleted, keep);
        }
        return deleted;
    }
}

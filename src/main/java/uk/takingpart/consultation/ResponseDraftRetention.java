package uk.takingpart.consultation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.journey.JourneyDrafts;

/**
 * Responses saved for later (and the drafts of sent ones) are kept until their consultation
 * closes and then a while longer (configurable, 30 days by default), so a person can still come
 * back with their code, see their answers and download them; then they are deleted. Each run is
 * audited with the number deleted only.
 */
@Service
public class ResponseDraftRetention {
    /** The kind the response journey stores its drafts under; their subject is the consultation id. */
    public static final String KIND = "consultation-response";
    /** The kind of the drafts of responses staff enter for people (paper, phone…); deleted on the same rule. */
    public static final String STAFF_KIND = "staff-entered-response";
    private static final Logger log = LoggerFactory.getLogger(ResponseDraftRetention.class);

    private final JourneyDrafts drafts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration keep;

    ResponseDraftRetention(JourneyDrafts drafts, JdbcClient jdbc, AuditTrail audit, Clock clock,
                           @Value("${takingpart.consultation.draft-retention-after-close:P30D}") Duration keep) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.keep = keep;
    }

    /** How long after closing a consultation's saved responses are kept. */
    public Duration keep() {
        return keep;
    }

    /** Deletes the response drafts of consultations closed longer ago than the keeping time; returns how many. */
    @Transactional
    @Scheduled(fixedDelayString = "${takingpart.consultation.draft-retention-poll:1d}", initialDelayString = "${takingpart.consultation.draft-retention-first:10m}")
    public int deleteExpired() {
        List<String> closed = jdbc.sql("SELECT id FROM consultation WHERE closes_at < ?")
                .param(Utc.of(clock.instant().minus(keep)))
                .query(Long.class).list().stream().map(String::valueOf).toList();
        int deleted = drafts.deleteForSubjects(KIND, closed) + drafts.deleteForSubjects(STAFF_KIND, closed);
        audit.record(new AuditEvent(Actor.system(), AuditAction.RESPONSE_DRAFTS_DELETED, "consultation-response-draft", null, null,
                "Deleted " + deleted + " saved consultation responses kept " + keep + " after closing"));
        if (deleted > 0) {
            log.info("Deleted {} consultation response drafts kept {} after closing", deleted, keep);
        }
        return deleted;
    }
}

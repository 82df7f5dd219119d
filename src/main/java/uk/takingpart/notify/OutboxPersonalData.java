package uk.takingpart.notify;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalDataSource;
import uk.takingpart.base.privacy.PersonalRecord;
import uk.takingpart.base.security.Roles;

/**
 * Emails in the outbox to a person's address (there are no text messages yet, so a phone search
 * finds none). Erasing cancels (deletes) those not sent yet; those sent or given up on stay,
 * counted, with no address, text or attachment, until {@link Outbox#deleteOld} deletes them.
 */
@Component
class OutboxPersonalData implements PersonalDataSource {
    private final JdbcClient jdbc;

    OutboxPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "emails";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<PersonalRecord> find(PersonSearch who) {
        if (who.email() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, created_at, recipient, language, subject, text_body, attachment_name, status, sent_at FROM email_outbox
                WHERE LOWER(TRIM(recipient)) = ? ORDER BY created_at, id""").param(who.email())
                .query((rs, n) -> {
                    var created = rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    var sent = rs.getObject("sent_at", LocalDateTime.class);
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("email", rs.getString("id"));
                    f.put("created_at", created.toString());
                    f.put("recipient", rs.getString("recipient"));
                    f.put("language", rs.getString("language"));
                    f.put("status", rs.getString("status"));
                    f.put("sent_at", sent == null ? null : sent.toInstant(ZoneOffset.UTC).toString());
                    f.put("subject", rs.getString("subject"));
                    f.put("text", rs.getString("text_body"));
                    f.put("attachment", rs.getString("attachment_name"));
                    return new PersonalRecord(kind(), "E" + rs.getLong("id"), created, f);
                }).list();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Erasure erase(PersonSearch who) {
        if (who.email() == null) {
            return new Erasure(kind(), 0, 0);
        }
        // waiting emails, and one claimed by a sender (it finds its row gone and records nothing; a claim that ran out is never retried)
        int cancelled = jdbc.sql("DELETE FROM email_outbox WHERE status IN ('PENDING', 'SENDING') AND LOWER(TRIM(recipient)) = ?")
                .param(who.email()).update();
        int cleared = jdbc.sql("""
                UPDATE email_outbox SET recipient = '', text_body = '', html_body = NULL, attachment = NULL, attachment_name = NULL,
                       attachment_type = NULL, last_error = NULL
                WHERE status IN ('SENT', 'FAILED') AND LOWER(TRIM(recipient)) = ?""").param(who.email()).update();
        return new Erasure(kind(), cancelled, cleared);
    }
}

package uk.takingpart.consultation;

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
 * Public questions asked with a person's email address. Erasing deletes the address, as
 * {@link QuestionEmailRetention} does; the question and its published answer stay (they were
 * published without the asker's name or address).
 */
@Component
class QuestionPersonalData implements PersonalDataSource {
    private final JdbcClient jdbc;

    QuestionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "questions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<PersonalRecord> find(PersonSearch who) {
        if (who.email() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT q.id, q.asked_at, q.language, q.question_text, q.asker_email, q.status, q.answered_at, q.told_at, a.slug
                FROM consultation_question q JOIN consultation c ON c.id = q.consultation_id JOIN activity a ON a.id = c.activity_id
                WHERE LOWER(TRIM(q.asker_email)) = ? ORDER BY q.asked_at, q.id""").param(who.email())
                .query((rs, n) -> {
                    var asked = Utc.instant(rs.getObject("asked_at", java.time.LocalDateTime.class));
                    var answered = Utc.instant(rs.getObject("answered_at", java.time.LocalDateTime.class));
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("question", rs.getString("id"));
                    f.put("consultation", rs.getString("slug"));
                    f.put("asked_at", asked.toString());
                    f.put("language", rs.getString("language"));
                    f.put("text", rs.getString("question_text"));
                    f.put("email", rs.getString("asker_email"));
                    f.put("status", rs.getString("status"));
                    f.put("answered_at", answered == null ? null : answered.toString());
                    return new PersonalRecord(kind(), "Q" + rs.getLong("id"), asked, f);
                }).list();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Erasure erase(PersonSearch who) {
        if (who.email() == null) {
            return new Erasure(kind(), 0, 0);
        }
        int cleared = jdbc.sql("UPDATE consultation_question SET asker_email = NULL, version = version + 1 WHERE LOWER(TRIM(asker_email)) = ?")
                .param(who.email()).update();
        return new Erasure(kind(), 0, cleared);
    }
}

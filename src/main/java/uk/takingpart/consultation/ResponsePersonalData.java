package uk.takingpart.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Consultation responses given with a person's email address ("About you"), with their answers.
 * Erasing does what {@link RespondentRetention} does a year after closing, now: the name and
 * email go, the answers stay, anonymous, and are counted as before; an organisation's name (not a
 * person's) stays too. Responses carry no phone number, so a phone search finds none. Equality
 * monitoring answers are stored with no link to a response or a person, so they cannot be found.
 */
@Component
class ResponsePersonalData implements PersonalDataSource {
    private final JdbcClient jdbc;

    ResponsePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "responses";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<PersonalRecord> find(PersonSearch who) {
        if (who.email() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.*, a.slug FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id
                JOIN activity a ON a.id = c.activity_id
                WHERE LOWER(TRIM(r.respondent_email)) = ? ORDER BY r.submitted_at, r.id""").param(who.email())
                .query((rs, n) -> record(rs)).list();
    }

    private PersonalRecord record(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reference", rs.getString("reference"));
        f.put("consultation", rs.getString("slug"));
        var submitted = Utc.instant(rs.getObject("submitted_at", java.time.LocalDateTime.class));
        f.put("submitted_at", submitted.toString());
        f.put("received_on", rs.getString("received_on"));
        f.put("channel", rs.getString("channel"));
        f.put("language", rs.getString("language"));
        f.put("name", rs.getString("respondent_name"));
        f.put("email", rs.getString("respondent_email"));
        f.put("responding_as", rs.getString("responding_as"));
        f.put("organisation", rs.getString("organisation_name"));
        f.put("supported", rs.getObject("supported") == null ? null : String.valueOf(rs.getBoolean("supported")));
        f.put("support_by", rs.getString("support_by"));
        f.put("support_how", rs.getString("support_how"));
        jdbc.sql("""
                SELECT q.code, a.codes, a.text_value, a.number_value, a.date_value FROM consultation_answer a
                JOIN question q ON q.id = a.question_id WHERE a.response_id = ? ORDER BY q.position""").param(id)
                .query((row, n) -> {
                    StringBuilder value = new StringBuilder();
                    for (String column : List.of("codes", "text_value", "number_value", "date_value")) {
                        String v = row.getString(column);
                        if (v != null && !v.isBlank()) {
                            value.append(value.isEmpty() ? "" : "; ").append(v);
                        }
                    }
                    f.put("answer." + row.getString("code"), value.toString());
                    return null;
                }).list();
        return new PersonalRecord(kind(), rs.getString("reference"), submitted, f);
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Erasure erase(PersonSearch who) {
        if (who.email() == null) {
            return new Erasure(kind(), 0, 0);
        }
        int anonymised = jdbc.sql("""
                UPDATE consultation_response SET respondent_name = NULL, respondent_email = NULL
                WHERE LOWER(TRIM(respondent_email)) = ?""").param(who.email()).update();
        return new Erasure(kind(), 0, anonymised);
    }
}

package uk.takingpart.base.journey;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalDataSource;
import uk.takingpart.base.privacy.PersonalRecord;
import uk.takingpart.base.security.Roles;

/**
 * Answers saved in a question journey (a booking or a response not sent yet, or kept to resume)
 * that hold the person's email address or phone number. Erasing deletes the whole draft: it is
 * only ever a person's own unfinished answers, counted nowhere.
 */
@Component
class DraftPersonalData implements PersonalDataSource {
    private static final JsonMapper json = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    DraftPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "drafts";
    }

    @Override
    public int order() {
        return 40;
    }

    private record Row(long id, String kind, String subject, LocalDateTime created, LocalDateTime updated, String resumeCode,
                       Map<String, String> answers) {}

    private List<Row> rows(PersonSearch who) {
        // the database narrows by a piece of the address or number; the answers are then compared exactly
        String piece = who.email() != null ? who.email() : who.phone().substring(who.phone().length() - 4);
        List<Row> found = new ArrayList<>();
        jdbc.sql("""
                SELECT id, kind, subject, created_at, updated_at, resume_code, answers FROM journey_draft
                WHERE LOWER(answers) LIKE ? ORDER BY created_at, id""").param("%" + escape(piece) + "%")
                .query((rs, n) -> {
                    JourneyDrafts.Stored stored = json.readValue(rs.getString("answers"), JourneyDrafts.Stored.class);
                    Map<String, String> answers = stored.answers() == null ? Map.of() : stored.answers();
                    if (answers.values().stream().anyMatch(who::matches)) {
                        found.add(new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                                rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
                                rs.getString("resume_code"), answers));
                    }
                    return null;
                }).list();
        return found;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<PersonalRecord> find(PersonSearch who) {
        return rows(who).stream().map(row -> {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("journey", row.kind());
            f.put("about", row.subject());
            f.put("started_at", row.created().toInstant(ZoneOffset.UTC).toString());
            f.put("changed_at", row.updated().toInstant(ZoneOffset.UTC).toString());
            f.put("resume_code", row.resumeCode() == null ? null : "saved");
            row.answers().forEach((name, value) -> f.put("answer." + name, value));
            return new PersonalRecord(kind(), "D" + row.id(), row.created().toInstant(ZoneOffset.UTC), f);
        }).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Erasure erase(PersonSearch who) {
        List<Long> ids = rows(who).stream().map(Row::id).toList();
        int deleted = ids.isEmpty() ? 0 : jdbc.sql("DELETE FROM journey_draft WHERE id IN (:ids)").param("ids", ids).update();
        return new Erasure(kind(), deleted, 0);
    }
}

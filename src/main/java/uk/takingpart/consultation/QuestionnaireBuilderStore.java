package uk.takingpart.consultation;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import uk.takingpart.consultation.QuestionnaireOutline.OptionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.SectionDraft;

/**
 * The builder's reads and writes: a questionnaire with its words in every language (two
 * statements), and the difference between two outlines written back, keeping the ids of what
 * stays (answers and drafts refer to them). Callers own the transaction.
 */
@Component
class QuestionnaireBuilderStore {
    private final JdbcClient jdbc;

    QuestionnaireBuilderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A word that changed: who owns it ({@code question q3}), which field and language, before and after (null when none). */
    record WordingChange(String owner, String field, String language, String before, String after) {}

    private record Head(long consultationId, String slug, Long questionnaireId, long version) {}

    Optional<QuestionnaireOutline> load(long consultationId) {
        Optional<Head> head = jdbc.sql("SELECT c.id, a.slug, c.questionnaire_id, COALESCE(qn.version, 0) FROM consultation c"
                        + " JOIN activity a ON a.id = c.activity_id LEFT JOIN questionnaire qn ON qn.id = c.questionnaire_id WHERE c.id = ?")
                .param(consultationId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getLong(4))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        if (h.questionnaireId() == null) {
            return Optional.of(new QuestionnaireOutline(h.consultationId(), h.slug(), null, 0, false, List.of()));
        }
        long qn = h.questionnaireId();
        Map<String, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("SELECT owner_kind, owner_id, field, language, value FROM questionnaire_text WHERE questionnaire_id = ?")
                .param(qn)
                .query(rs -> {
                    texts.computeIfAbsent(key(rs.getString(1), rs.getLong(2), rs.getString(3)), k -> new LinkedHashMap<>())
                            .put(rs.getString(4), rs.getString(5));
                });
        record Row(long sectionId, String sectionCode, Long questionId, String questionCode, String type, boolean optional,
                   boolean other, Integer minChoices, Integer maxChoices, Integer maxLength, Long minValue, Long maxValue,
                   LocalDate earliest, LocalDate latest, Long shownIf, String shownIfValue, Long optionId, String optionCode) {}
        List<Row> rows = jdbc.sql("SELECT s.id, s.code, q.id, q.code, q.type, q.optional, q.other_allowed, q.min_choices, q.max_choices,"
                        + " q.max_length, q.min_value, q.max_value, q.earliest_date, q.latest_date, q.shown_if_question_id, q.shown_if_value,"
                        + " o.id, o.code FROM questionnaire_section s LEFT JOIN question q ON q.section_id = s.id"
                        + " LEFT JOIN question_option o ON o.question_id = q.id WHERE s.questionnaire_id = ?"
                        + " ORDER BY s.position, q.position, o.position")
                .param(qn)
                .query((ResultSet rs, int n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getObject(8, Integer.class), rs.getObject(9, Integer.class),
                        rs.getObject(10, Integer.class), rs.getObject(11, Long.class), rs.getObject(12, Long.class),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getObject(15, Long.class),
                        rs.getString(16), rs.getObject(17, Long.class), rs.getString(18)))
                .list();
        Map<Long, List<Row>> bySection = new LinkedHashMap<>();
        rows.forEach(r -> bySection.computeIfAbsent(r.sectionId(), k -> new ArrayList<>()).add(r));
        List<SectionDraft> sections = new ArrayList<>();
        for (List<Row> sectionRows : bySection.values()) {
            Row s = sectionRows.getFirst();
            Map<Long, List<Row>> byQuestion = new LinkedHashMap<>();
            sectionRows.stream().filter(r -> r.questionId() != null)
                    .forEach(r -> byQuestion.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r));
            List<QuestionDraft> questions = new ArrayList<>();
            for (List<Row> questionRows : byQuestion.values()) {
                Row q = questionRows.getFirst();
                List<OptionDraft> options = questionRows.stream().filter(r -> r.optionId() != null)
                        .map(r -> new OptionDraft(r.optionId(), r.optionCode(), words(texts, QuestionnaireStore.OPTION, r.optionId(), "text")))
                        .toList();
                questions.add(new QuestionDraft(q.questionId(), q.questionCode(), QuestionType.valueOf(q.type()),
                        words(texts, QuestionnaireStore.QUESTION, q.questionId(), "text"),
                        words(texts, QuestionnaireStore.QUESTION, q.questionId(), "help"), q.optional(), q.other(),
                        q.minChoices(), q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliest(), q.latest(),
                        options, q.shownIf(), q.shownIfValue()));
            }
            sections.add(new SectionDraft(s.sectionId(), s.sectionCode(), words(texts, QuestionnaireStore.SECTION, s.sectionId(), "title"),
                    words(texts, QuestionnaireStore.SECTION, s.sectionId(), "introduction"), questions));
        }
        return Optional.of(new QuestionnaireOutline(h.consultationId(), h.slug(), qn, h.version(), responded(qn), sections));
    }

    /** Whether anyone has responded to a consultation using this questionnaire. */
    boolean responded(long questionnaireId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id"
                + " WHERE c.questionnaire_id = ?)").param(questionnaireId).query(Boolean.class).single();
    }

    /**
     * The same, read as committed now rather than as this transaction first saw it (a locking read):
     * for the check made while the questionnaire's row is held, after a response may have been
     * committed (a response takes a shared lock on that row, so it is either in or waits).
     */
    boolean respondedNow(long questionnaireId) {
        return !jdbc.sql("SELECT r.id FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id"
                + " WHERE c.questionnaire_id = ? LIMIT 1 LOCK IN SHARE MODE").param(questionnaireId).query(Long.class).list().isEmpty();
    }

    /**
     * Moves the questionnaire on to its next version if it is still at {@code version}, holding its
     * row locked until the transaction ends, so a second editor waits and then finds the version moved on.
     */
    boolean claim(long questionnaireId, long version) {
        return jdbc.sql("UPDATE questionnaire SET version = version + 1 WHERE id = ? AND version = ?")
                .params(questionnaireId, version).update() == 1;
    }

    /** An empty questionnaire attached to a consultation that has none; empty when it has one already. */
    Optional<Long> create(long consultationId, Instant now) {
        Long existing = jdbc.sql("SELECT questionnaire_id FROM consultation WHERE id = ? FOR UPDATE").param(consultationId)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().orElse(null);
        if (existing != null) {
            return Optional.empty();
        }
        String code = "consultation-" + consultationId;
        for (int n = 2; jdbc.sql("SELECT COUNT(*) FROM questionnaire WHERE code = ?").param(code).query(Integer.class).single() > 0; n++) {
            code = "consultation-" + consultationId + "-" + n;
        }
        long id = insert("INSERT INTO questionnaire (code, created_at) VALUES (?, ?)", code, Utc.of(now));
        jdbc.sql("UPDATE consultation SET questionnaire_id = ? WHERE id = ?").params(id, consultationId).update();
        return Optional.of(id);
    }

    /**
     * Writes {@code after} over {@code before}: what is gone is deleted (with its words), what is
     * new is inserted with a new code, and every position, setting and word is brought up to date.
     * Returns the words that changed on things that already existed.
     */
    List<WordingChange> write(QuestionnaireOutline before, List<SectionDraft> after) {
        long qn = before.questionnaireId();
        Set<Long> keptSections = new HashSet<>();
        Set<Long> keptQuestions = new HashSet<>();
        Set<Long> keptOptions = new HashSet<>();
        for (SectionDraft s : after) {
            if (s.id() != null) keptSections.add(s.id());
            for (QuestionDraft q : s.questions()) {
                if (q.id() != null) keptQuestions.add(q.id());
                q.options().stream().map(OptionDraft::id).filter(Objects::nonNull).forEach(keptOptions::add);
            }
        }
        Map<String, QuestionDraft> beforeQuestions = new HashMap<>();
        Map<String, OptionDraft> beforeOptions = new HashMap<>();
        Map<String, SectionDraft> beforeSections = new HashMap<>();
        Set<String> usedSectionCodes = new HashSet<>();
        Set<String> usedQuestionCodes = new HashSet<>();
        for (SectionDraft s : before.sections()) {
            beforeSections.put("" + s.id(), s);
            usedSectionCodes.add(s.code());
            for (QuestionDraft q : s.questions()) {
                beforeQuestions.put("" + q.id(), q);
                usedQuestionCodes.add(q.code());
                q.options().forEach(o -> beforeOptions.put("" + o.id(), o));
            }
        }
        // what is gone: conditions on gone questions cleared first (the key has no cascade), then words, then rows
        List<Long> goneQuestions = before.questions().stream().map(QuestionDraft::id).filter(id -> !keptQuestions.contains(id)).toList();
        for (long id : goneQuestions) {
            jdbc.sql("UPDATE question SET shown_if_question_id = NULL, shown_if_value = NULL WHERE id = ?").param(id).update();
        }
        for (QuestionDraft q : before.questions()) {
            for (OptionDraft o : q.options()) {
                if (!keptOptions.contains(o.id())) {
                    deleteTexts(QuestionnaireStore.OPTION, o.id());
                    jdbc.sql("DELETE FROM question_option WHERE id = ?").param(o.id()).update();
                }
            }
        }
        for (long id : goneQuestions) {
            deleteTexts(QuestionnaireStore.QUESTION, id);
            jdbc.sql("DELETE FROM question WHERE id = ?").param(id).update();
        }
        for (SectionDraft s : before.sections()) {
            if (!keptSections.contains(s.id())) {
                deleteTexts(QuestionnaireStore.SECTION, s.id());
                jdbc.sql("DELETE FROM questionnaire_section WHERE id = ?").param(s.id()).update();
            }
        }
        // positions are unique: park the ones left below zero before numbering again
        jdbc.sql("UPDATE questionnaire_section SET position = -position WHERE questionnaire_id = ?").param(qn).update();
        jdbc.sql("UPDATE question SET position = -position WHERE questionnaire_id = ?").param(qn).update();
        jdbc.sql("UPDATE question_option SET position = -position WHERE question_id IN (SELECT id FROM question WHERE questionnaire_id = ?)")
                .param(qn).update();

        List<WordingChange> changes = new ArrayList<>();
        int sectionPosition = 0;
        int questionPosition = 0;
        for (SectionDraft s : after) {
            sectionPosition++;
            long sectionId;
            SectionDraft old = s.id() == null ? null : beforeSections.get("" + s.id());
            if (s.id() == null) {
                String code = freeCode("section-", usedSectionCodes);
                sectionId = insert("INSERT INTO questionnaire_section (questionnaire_id, position, code) VALUES (?, ?, ?)", qn, sectionPosition, code);
            } else {
                sectionId = s.id();
                jdbc.sql("UPDATE questionnaire_section SET position = ? WHERE id = ?").params(sectionPosition, sectionId).update();
            }
            String sectionOwner = "section " + (old == null ? sectionPosition : old.code());
            texts(qn, QuestionnaireStore.SECTION, sectionId, "title", old == null ? Map.of() : old.title(), s.title(), sectionOwner, old != null, changes);
            texts(qn, QuestionnaireStore.SECTION, sectionId, "introduction", old == null ? Map.of() : old.introduction(), s.introduction(),
                    sectionOwner, old != null, changes);
            for (QuestionDraft q : s.questions()) {
                questionPosition++;
                QuestionDraft oldQ = q.id() == null ? null : beforeQuestions.get("" + q.id());
                String shownIfValue = q.shownIfQuestion() == null ? null : q.shownIfValue();
                long questionId;
                if (q.id() == null) {
                    String code = q.code() != null && !usedQuestionCodes.contains(q.code()) ? q.code() : freeCode("question-", usedQuestionCodes);
                    usedQuestionCodes.add(code);
                    questionId = insert("INSERT INTO question (questionnaire_id, section_id, position, code, type, optional, other_allowed,"
                                    + " min_choices, max_choices, max_length, min_value, max_value, earliest_date, latest_date,"
                                    + " shown_if_question_id, shown_if_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            qn, sectionId, questionPosition, code, q.type().name(), q.optional(), q.otherAllowed(), q.minChoices(),
                            q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliestDate(), q.latestDate(),
                            q.shownIfQuestion(), shownIfValue);
                } else {
                    questionId = q.id();
                    jdbc.sql("UPDATE question SET section_id = ?, position = ?, type = ?, optional = ?, other_allowed = ?, min_choices = ?,"
                                    + " max_choices = ?, max_length = ?, min_value = ?, max_value = ?, earliest_date = ?, latest_date = ?,"
                                    + " shown_if_question_id = ?, shown_if_value = ? WHERE id = ?")
                            .params(sectionId, questionPosition, q.type().name(), q.optional(), q.otherAllowed(), q.minChoices(),
                                    q.maxChoices(), q.maxLength(), q.minValue(), q.maxValue(), q.earliestDate(), q.latestDate(),
                                    q.shownIfQuestion(), shownIfValue, questionId)
                            .update();
                }
                String questionOwner = "question " + (oldQ == null ? questionPosition : oldQ.code());
                texts(qn, QuestionnaireStore.QUESTION, questionId, "text", oldQ == null ? Map.of() : oldQ.text(), q.text(), questionOwner,
                        oldQ != null, changes);
                texts(qn, QuestionnaireStore.QUESTION, questionId, "help", oldQ == null ? Map.of() : oldQ.help(), q.help(), questionOwner,
                        oldQ != null, changes);
                int optionPosition = 0;
                Set<String> usedOptionCodes = new HashSet<>();
                q.options().stream().map(OptionDraft::code).filter(Objects::nonNull).forEach(usedOptionCodes::add);
                usedOptionCodes.add(QuestionType.OTHER);
                for (OptionDraft o : q.options()) {
                    optionPosition++;
                    OptionDraft oldO = o.id() == null ? null : beforeOptions.get("" + o.id());
                    long optionId;
                    if (o.id() == null) {
                        String code = o.code() != null && !o.code().isBlank() ? o.code() : freeCode("option-", usedOptionCodes);
                        usedOptionCodes.add(code);
                        optionId = insert("INSERT INTO question_option (question_id, position, code) VALUES (?, ?, ?)", questionId, optionPosition, code);
                    } else {
                        optionId = o.id();
                        jdbc.sql("UPDATE question_option SET position = ? WHERE id = ?").params(optionPosition, optionId).update();
                    }
                    texts(qn, QuestionnaireStore.OPTION, optionId, "text", oldO == null ? Map.of() : oldO.text(), o.text(),
                            questionOwner + ", option " + (oldO == null ? optionPosition : oldO.code()), oldO != null, changes);
                }
            }
        }
        return changes;
    }

    private void texts(long qn, String kind, long ownerId, String field, Map<String, String> before, Map<String, String> after,
                       String owner, boolean existed, List<WordingChange> changes) {
        Set<String> languages = new LinkedHashSet<>(before.keySet());
        languages.addAll(after.keySet());
        for (String language : languages) {
            String old = blankToNull(before.get(language));
            String now = blankToNull(after.get(language));
            if (Objects.equals(old, now)) {
                continue;
            }
            if (now == null) {
                jdbc.sql("DELETE FROM questionnaire_text WHERE owner_kind = ? AND owner_id = ? AND field = ? AND language = ?")
                        .params(kind, ownerId, field, language).update();
            } else {
                jdbc.sql("INSERT INTO questionnaire_text (questionnaire_id, owner_kind, owner_id, field, language, value)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")
                        .params(qn, kind, ownerId, field, language, now).update();
            }
            if (existed) {
                changes.add(new WordingChange(owner, field, language, old, now));
            }
        }
    }

    private void deleteTexts(String kind, long ownerId) {
        jdbc.sql("DELETE FROM questionnaire_text WHERE owner_kind = ? AND owner_id = ?").params(kind, ownerId).update();
    }

    private static String freeCode(String prefix, Set<String> used) {
        int n = used.size() + 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        used.add(prefix + n);
        return prefix + n;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> words(Map<String, Map<String, String>> texts, String kind, long id, String field) {
        return texts.getOrDefault(key(kind, id, field), Map.of());
    }

    private static String key(String kind, long id, String field) {
        return kind + '\u0000' + id + '\u0000' + field;
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }
}

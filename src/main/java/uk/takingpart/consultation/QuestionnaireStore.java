package uk.takingpart.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import uk.takingpart.consultation.QuestionnaireDefinition.OptionDefinition;
import uk.takingpart.consultation.QuestionnaireDefinition.QuestionDefinition;
import uk.takingpart.consultation.QuestionnaireDefinition.SectionDefinition;

/**
 * Questionnaires in the database. Reading one takes two statements whatever its size: its
 * structure (sections, questions, options) as one joined query, and its words in the page's
 * language and English as another. Callers own the transaction.
 */
@Component
class QuestionnaireStore {
    static final String QUESTIONNAIRE = "QUESTIONNAIRE";
    static final String SECTION = "SECTION";
    static final String QUESTION = "QUESTION";
    static final String OPTION = "OPTION";

    private final JdbcClient jdbc;

    QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- writing

    /** Saves a questionnaire and returns its id; rejects duplicate codes and conditions that cannot work. */
    long save(QuestionnaireDefinition definition, Instant now) {
        check(definition);
        long questionnaireId = insert("INSERT INTO questionnaire (code, created_at) VALUES (?, ?)", definition.code, Utc.of(now));
        texts(questionnaireId, QUESTIONNAIRE, questionnaireId, definition.wording);
        Map<String, Long> questionIds = new HashMap<>();
        int sectionPosition = 0;
        int questionPosition = 0;
        for (SectionDefinition section : definition.sections) {
            long sectionId = insert("INSERT INTO questionnaire_section (questionnaire_id, position, code) VALUES (?, ?, ?)",
                    questionnaireId, ++sectionPosition, section.code);
            texts(questionnaireId, SECTION, sectionId, section.wording);
            for (QuestionDefinition q : section.questions) {
                Long shownIf = q.shownIfQuestion == null ? null : questionIds.get(q.shownIfQuestion);
                long questionId = insert("INSERT INTO question (questionnaire_id, section_id, position, code, type, optional,"
                                + " other_allowed, min_choices, max_choices, max_length, min_value, max_value, earliest_date,"
                                + " latest_date, shown_if_question_id, shown_if_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        questionnaireId, sectionId, ++questionPosition, q.code, q.type.name(), q.optional, q.otherAllowed,
                        q.minChoices, q.maxChoices, q.maxLength, q.minValue, q.maxValue, q.earliestDate, q.latestDate,
                        shownIf, shownIf == null ? null : q.shownIfValue);
                questionIds.put(q.code, questionId);
                texts(questionnaireId, QUESTION, questionId, q.wording);
                int optionPosition = 0;
                for (OptionDefinition option : q.options) {
                    long optionId = insert("INSERT INTO question_option (question_id, position, code) VALUES (?, ?, ?)",
                            questionId, ++optionPosition, option.code);
                    texts(questionnaireId, OPTION, optionId, option.wording);
                }
            }
        }
        return questionnaireId;
    }

    /** Adds or replaces one word of a questionnaire in a language: a new language is new rows, nothing more. */
    void putText(long questionnaireId, String ownerKind, long ownerId, String field, String language, String value) {
        jdbc.sql("INSERT INTO questionnaire_text (questionnaire_id, owner_kind, owner_id, field, language, value)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")
                .params(questionnaireId, ownerKind, ownerId, field, language, value).update();
    }

    private static void check(QuestionnaireDefinition definition) {
        Set<String> sections = new HashSet<>();
        Map<String, QuestionDefinition> earlier = new HashMap<>();
        for (SectionDefinition section : definition.sections) {
            require(sections.add(section.code), "section code used twice: " + section.code);
            for (QuestionDefinition q : section.questions) {
                require(!earlier.containsKey(q.code), "question code used twice: " + q.code);
                require(q.type.hasOptions() == !q.options.isEmpty(), q.code + ": options are for choice, ranking and grid questions only");
                require(!q.otherAllowed || q.type == QuestionType.SINGLE_CHOICE, q.code + ": \"Other\" is for single choice");
                Set<String> options = new HashSet<>();
                for (OptionDefinition option : q.options) {
                    require(options.add(option.code) && !QuestionType.OTHER.equals(option.code), q.code + ": option code " + option.code);
                }
                if (q.shownIfQuestion != null) {
                    QuestionDefinition condition = earlier.get(q.shownIfQuestion);
                    require(condition != null, q.code + ": shown only after an earlier question, not " + q.shownIfQuestion);
                    List<String> values = condition.type.fixedValues() != null ? condition.type.fixedValues()
                            : condition.options.stream().map(o -> o.code).toList();
                    require(values.contains(q.shownIfValue)
                            || (condition.otherAllowed && QuestionType.OTHER.equals(q.shownIfValue)),
                            q.code + ": " + q.shownIfQuestion + " cannot be answered " + q.shownIfValue);
                }
                earlier.put(q.code, q);
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    private void texts(long questionnaireId, String ownerKind, long ownerId, Wording wording) {
        wording.asMap().forEach((field, byLanguage) -> byLanguage.forEach((language, value) ->
                putText(questionnaireId, ownerKind, ownerId, field, language, value)));
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }

    // ---------------------------------------------------------------- reading

    Optional<Questionnaire> byId(long questionnaireId, Locale language) {
        return load("qn.id = ?", List.of(questionnaireId), "questionnaire_id = ?", List.of(questionnaireId), language);
    }

    /** The questionnaire of a published consultation, by its activity's address. */
    Optional<Questionnaire> forConsultation(String slug, Instant now, Locale language) {
        String owner = "(SELECT c.questionnaire_id FROM consultation c JOIN activity a ON a.id = c.activity_id"
                + " WHERE a.slug = ? AND a.published_at <= ?)";
        return load("qn.id = " + owner, List.of(slug, Utc.of(now)), "questionnaire_id = " + owner, List.of(slug, Utc.of(now)), language);
    }

    private Optional<Questionnaire> load(String where, List<Object> whereParams, String textWhere, List<Object> textParams,
                                         Locale language) {
        List<Row> rows = jdbc.sql("SELECT qn.id AS qn_id, qn.code AS qn_code, s.id AS s_id, s.code AS s_code,"
                        + " q.id AS q_id, q.code AS q_code, q.position AS q_position, q.type, q.optional, q.other_allowed,"
                        + " q.min_choices, q.max_choices, q.max_length, q.min_value, q.max_value, q.earliest_date, q.latest_date,"
                        + " q.shown_if_question_id, q.shown_if_value, cq.code AS shown_if_code, o.id AS o_id, o.code AS o_code"
                        + " FROM questionnaire qn"
                        + " LEFT JOIN questionnaire_section s ON s.questionnaire_id = qn.id"
                        + " LEFT JOIN question q ON q.section_id = s.id"
                        + " LEFT JOIN question_option o ON o.question_id = q.id"
                        + " LEFT JOIN question cq ON cq.id = q.shown_if_question_id"
                        + " WHERE " + where
                        + " ORDER BY s.position, q.position, o.position")
                .params(whereParams).query((rs, n) -> Row.of(rs)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> tags = StoredTexts.tags(language);
        List<Object> params = new ArrayList<>(textParams);
        params.add(tags);
        StoredTexts texts = new StoredTexts(language);
        jdbc.sql("SELECT owner_kind, owner_id, field, language, value FROM questionnaire_text WHERE " + textWhere
                        + " AND language IN (" + placeholders(tags.size()) + ")")
                .params(flatten(params))
                .query(rs -> { texts.add(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)); });
        return Optional.of(assemble(rows, texts));
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<Object> flatten(List<Object> params) {
        List<Object> flat = new ArrayList<>();
        for (Object p : params) {
            if (p instanceof List<?> list) {
                flat.addAll(list);
            } else {
                flat.add(p);
            }
        }
        return flat;
    }

    private static Questionnaire assemble(List<Row> rows, StoredTexts texts) {
        Row first = rows.getFirst();
        Map<Long, List<Row>> bySection = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.sectionId != null) {
                bySection.computeIfAbsent(row.sectionId, k -> new ArrayList<>()).add(row);
            }
        }
        List<QuestionnaireSection> sections = new ArrayList<>();
        for (List<Row> sectionRows : bySection.values()) {
            Row s = sectionRows.getFirst();
            Map<Long, List<Row>> byQuestion = new LinkedHashMap<>();
            for (Row row : sectionRows) {
                if (row.questionId != null) {
                    byQuestion.computeIfAbsent(row.questionId, k -> new ArrayList<>()).add(row);
                }
            }
            List<Question> questions = new ArrayList<>();
            for (List<Row> questionRows : byQuestion.values()) {
                Row q = questionRows.getFirst();
                List<QuestionOption> options = questionRows.stream().filter(r -> r.optionId != null)
                        .map(r -> new QuestionOption(r.optionId, r.optionCode, texts.get(OPTION, r.optionId, "text"))).toList();
                questions.add(new Question(q.questionId, q.questionCode, q.position, QuestionType.valueOf(q.type),
                        texts.get(QUESTION, q.questionId, "text"), texts.get(QUESTION, q.questionId, "help"),
                        q.optional, q.otherAllowed, q.minChoices, q.maxChoices, q.maxLength, q.minValue, q.maxValue,
                        q.earliestDate, q.latestDate, options,
                        q.shownIfQuestionId == null ? null : new Condition(q.shownIfQuestionId, q.shownIfCode, q.shownIfValue)));
            }
            sections.add(new QuestionnaireSection(s.sectionId, s.sectionCode, texts.get(SECTION, s.sectionId, "title"),
                    texts.get(SECTION, s.sectionId, "introduction"), questions));
        }
        return new Questionnaire(first.questionnaireId, first.questionnaireCode,
                texts.get(QUESTIONNAIRE, first.questionnaireId, "title"),
                texts.get(QUESTIONNAIRE, first.questionnaireId, "introduction"), sections);
    }

    /** One row of the joined structure query. */
    private record Row(long questionnaireId, String questionnaireCode, Long sectionId, String sectionCode,
                       Long questionId, String questionCode, int position, String type, boolean optional, boolean otherAllowed,
                       Integer minChoices, Integer maxChoices, Integer maxLength, Long minValue, Long maxValue,
                       LocalDate earliestDate, LocalDate latestDate, Long shownIfQuestionId, String shownIfValue,
                       String shownIfCode, Long optionId, String optionCode) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("qn_id"), rs.getString("qn_code"), rs.getObject("s_id", Long.class), rs.getString("s_code"),
                    rs.getObject("q_id", Long.class), rs.getString("q_code"), rs.getInt("q_position"), rs.getString("type"),
                    rs.getBoolean("optional"), rs.getBoolean("other_allowed"),
                    rs.getObject("min_choices", Integer.class), rs.getObject("max_choices", Integer.class),
                    rs.getObject("max_length", Integer.class), rs.getObject("min_value", Long.class),
                    rs.getObject("max_value", Long.class), rs.getObject("earliest_date", LocalDate.class),
                    rs.getObject("latest_date", LocalDate.class), rs.getObject("shown_if_question_id", Long.class),
                    rs.getString("shown_if_value"), rs.getString("shown_if_code"),
                    rs.getObject("o_id", Long.class), rs.getString("o_code"));
        }
    }
}

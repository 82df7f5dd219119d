package uk.takingpart.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.activity.Stage;
import uk.takingpart.consultation.ConsultationPage.Document;
import uk.takingpart.consultation.ConsultationPage.LinkedEvent;
import uk.takingpart.consultation.ConsultationPage.Proposal;
import uk.takingpart.consultation.ConsultationPage.StageDates;
import uk.takingpart.consultation.ConsultationPage.Update;

/**
 * Consultation details in the database. A page's details take seven small statements, none per
 * row: the consultation, its stages, options, documents with their formats, updates, linked
 * events (with their titles), and every text in the page's language and English.
 */
@Component
class ConsultationStore {
    static final String CONSULTATION = "CONSULTATION";
    static final String OPTION = "OPTION";
    static final String DOCUMENT = "DOCUMENT";
    static final String UPDATE = "UPDATE";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(ConsultationDefinition d) {
        String problem = d.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        long id = insert("INSERT INTO consultation (activity_id, questionnaire_id, opens_at, closes_at, decision_expected_on)"
                + " VALUES (?, ?, ?, ?, ?)", d.activityId, d.questionnaireId, Utc.of(d.opensAt), Utc.of(d.closesAt), d.decisionExpectedOn);
        texts(id, CONSULTATION, id, d.wording);
        d.stages.forEach((stage, dates) -> jdbc.sql("INSERT INTO consultation_stage (consultation_id, stage, starts_on, ends_on) VALUES (?, ?, ?, ?)")
                .params(id, stage.name(), dates[0], dates[1]).update());
        int position = 0;
        for (ConsultationDefinition.Item option : d.options) {
            long optionId = insert("INSERT INTO consultation_option (consultation_id, position, code) VALUES (?, ?, ?)", id, ++position, option.code);
            texts(id, OPTION, optionId, option.wording);
        }
        position = 0;
        for (ConsultationDefinition.Item document : d.documents) {
            long documentId = insert("INSERT INTO consultation_document (consultation_id, position, code, published_on) VALUES (?, ?, ?, ?)",
                    id, ++position, document.code, document.date);
            for (DocumentFormat format : document.formats) {
                jdbc.sql("INSERT INTO consultation_document_format (document_id, format) VALUES (?, ?)").params(documentId, format.name()).update();
            }
            texts(id, DOCUMENT, documentId, document.wording);
        }
        for (ConsultationDefinition.Item update : d.updates) {
            long updateId = insert("INSERT INTO consultation_update (consultation_id, published_on) VALUES (?, ?)", id, update.date);
            texts(id, UPDATE, updateId, update.wording);
        }
        position = 0;
        for (long activity : d.linkedActivities) {
            jdbc.sql("INSERT INTO consultation_event (consultation_id, activity_id, position) VALUES (?, ?, ?)").params(id, activity, ++position).update();
        }
        return id;
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single() > 0;
    }

    void putText(long consultationId, String ownerKind, long ownerId, String field, String language, String value) {
        jdbc.sql("INSERT INTO consultation_text (consultation_id, owner_kind, owner_id, field, language, value)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")
                .params(consultationId, ownerKind, ownerId, field, language, value).update();
    }

    private void texts(long consultationId, String ownerKind, long ownerId, Wording wording) {
        wording.asMap().forEach((field, byLanguage) -> byLanguage.forEach((language, value) ->
                putText(consultationId, ownerKind, ownerId, field, language, value)));
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }

    // ---------------------------------------------------------------- reading

    private record Head(long id, Instant opensAt, Instant closesAt, LocalDate decisionExpectedOn, Stage stage, int questionCount) {}

    /** The details of a published consultation, by its activity's address. */
    Optional<ConsultationPage> page(String slug, Instant now, Locale language) {
        Optional<Head> found = jdbc.sql("SELECT c.id, c.opens_at, c.closes_at, c.decision_expected_on, a.stage,"
                        + " (SELECT COUNT(*) FROM question q WHERE q.questionnaire_id = c.questionnaire_id) AS questions"
                        + " FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE a.slug = ? AND a.published_at <= ?")
                .params(slug, Utc.of(now))
                .query((rs, n) -> new Head(rs.getLong("id"),
                        Utc.instant(rs.getObject("opens_at", LocalDateTime.class)),
                        Utc.instant(rs.getObject("closes_at", LocalDateTime.class)),
                        rs.getObject("decision_expected_on", LocalDate.class),
                        rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                        rs.getInt("questions")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head head = found.get();
        long id = head.id();

        List<StageDates> timeline = jdbc.sql("SELECT stage, starts_on, ends_on FROM consultation_stage WHERE consultation_id = ?")
                .param(id)
                .query((rs, n) -> new StageDates(Stage.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list().stream().sorted(java.util.Comparator.comparing(StageDates::stage)).toList();

        record Keyed(long id, String code) {}
        List<Keyed> optionRows = jdbc.sql("SELECT id, code FROM consultation_option WHERE consultation_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new Keyed(rs.getLong(1), rs.getString(2))).list();

        record DocumentRow(long id, String code, LocalDate publishedOn, String format, String url) {}
        List<DocumentRow> documentRows = jdbc.sql("SELECT d.id, d.code, d.published_on, f.format, f.url FROM consultation_document d"
                        + " LEFT JOIN consultation_document_format f ON f.document_id = d.id"
                        + " WHERE d.consultation_id = ? ORDER BY d.position")
                .param(id)
                .query((rs, n) -> new DocumentRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();

        record UpdateRow(long id, LocalDate publishedOn) {}
        List<UpdateRow> updateRows = jdbc.sql("SELECT id, published_on FROM consultation_update WHERE consultation_id = ?"
                        + " AND published_on <= ? ORDER BY published_on DESC, id DESC")
                .params(id, Utc.of(now).toLocalDate())
                .query((rs, n) -> new UpdateRow(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();

        List<String> tags = StoredTexts.tags(language);
        String in = QuestionnaireStore.placeholders(tags.size());

        record EventRow(String slug, ActivityType type, Instant startsAt, Instant endsAt, String language, String title) {}
        List<Object> eventParams = new ArrayList<>(tags);
        eventParams.add(id);
        eventParams.add(Utc.of(now));
        List<EventRow> eventRows = jdbc.sql("SELECT a.slug, a.type, a.starts_at, a.ends_at, t.language, t.title"
                        + " FROM consultation_event e JOIN activity a ON a.id = e.activity_id"
                        + " LEFT JOIN activity_text t ON t.activity_id = a.id AND t.language IN (" + in + ")"
                        + " WHERE e.consultation_id = ? AND a.published_at <= ? ORDER BY e.position")
                .params(eventParams)
                .query((rs, n) -> new EventRow(rs.getString(1), ActivityType.valueOf(rs.getString(2)),
                        Utc.instant(rs.getObject(3, LocalDateTime.class)), Utc.instant(rs.getObject(4, LocalDateTime.class)),
                        rs.getString(5), rs.getString(6)))
                .list();

        StoredTexts texts = new StoredTexts(language);
        List<Object> textParams = new ArrayList<>();
        textParams.add(id);
        textParams.addAll(tags);
        jdbc.sql("SELECT owner_kind, owner_id, field, language, value FROM consultation_text WHERE consultation_id = ? AND language IN (" + in + ")")
                .params(textParams)
                .query(rs -> { texts.add(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)); });

        List<Proposal> options = optionRows.stream().map(o -> new Proposal(o.code(), texts.get(OPTION, o.id(), "title"),
                texts.get(OPTION, o.id(), "summary"), texts.get(OPTION, o.id(), "impact"))).toList();

        Map<Long, List<DocumentRow>> byDocument = new LinkedHashMap<>();
        documentRows.forEach(r -> byDocument.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<Document> documents = byDocument.values().stream().map(rows -> {
            DocumentRow first = rows.getFirst();
            Map<DocumentFormat, String> links = new EnumMap<>(DocumentFormat.class);
            List<DocumentFormat> formats = rows.stream().filter(r -> r.format() != null)
                    .peek(r -> { if (r.url() != null) links.put(DocumentFormat.valueOf(r.format()), r.url()); })
                    .map(r -> DocumentFormat.valueOf(r.format())).sorted().toList();
            return new Document(first.code(), first.publishedOn(), texts.get(DOCUMENT, first.id(), "title"),
                    texts.get(DOCUMENT, first.id(), "description"), formats, links);
        }).toList();

        List<Update> updates = updateRows.stream().map(u -> new Update(u.publishedOn(), texts.get(UPDATE, u.id(), "title"),
                texts.get(UPDATE, u.id(), "text"))).toList();

        Map<String, StoredTexts> eventTitles = new LinkedHashMap<>();
        Map<String, EventRow> eventsBySlug = new LinkedHashMap<>();
        for (EventRow row : eventRows) {
            eventsBySlug.putIfAbsent(row.slug(), row);
            if (row.language() != null) {
                eventTitles.computeIfAbsent(row.slug(), s -> new StoredTexts(language)).add("ACTIVITY", 0, "title", row.language(), row.title());
            }
        }
        List<LinkedEvent> events = eventsBySlug.values().stream().map(e -> new LinkedEvent(e.slug(), e.type(),
                eventTitles.getOrDefault(e.slug(), new StoredTexts(language)).get("ACTIVITY", 0, "title"), e.startsAt(), e.endsAt())).toList();

        return Optional.of(new ConsultationPage(id, state(head, now), head.opensAt(), head.closesAt(), head.decisionExpectedOn(),
                texts.get(CONSULTATION, id, "purpose"), texts.get(CONSULTATION, id, "case-for-change"),
                ConsultationPeriod.isShort(head.opensAt(), head.closesAt()) ? texts.get(CONSULTATION, id, "shorter-period-reason")
                        : new LocalizedText(null, language, false),
                texts.get(CONSULTATION, id, "how-answers-are-used"),
                timeline, options, documents, updates, events, head.questionCount()));
    }

    private static ConsultationState state(Head head, Instant now) {
        if (head.stage() == Stage.DECIDED) {
            return ConsultationState.DECIDED;
        }
        if (now.isBefore(head.opensAt())) {
            return ConsultationState.NOT_YET_OPEN;
        }
        if (!now.isBefore(head.closesAt()) || head.stage() == Stage.CLOSED_AWAITING_DECISION) {
            return ConsultationState.CLOSED;
        }
        return ConsultationState.OPEN;
    }
}

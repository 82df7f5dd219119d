package uk.takingpart.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.Csv;

/**
 * Responses to consultations for staff: the consultations with their response counts, a page of a
 * consultation's responses, one response with its answers, and all of them as CSV. Staff read,
 * never change; reading a response and downloading them are in the audit trail (with the staff
 * member's username, never anything about the person who responded).
 */
@Service
public class ResponseAdministration {
    /** The most responses one page lists. */
    public static final int PAGE_SIZE = 50;
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,12}");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String CONSULTATION_RECORD = "consultation";

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final AuditTrail audit;
    private final DateTexts dates;

    ResponseAdministration(JdbcClient jdbc, ConsultationService consultations, AuditTrail audit, DateTexts dates) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
        this.dates = dates;
    }

    /** A consultation as staff list it: its activity's address and title, its dates and how many responded. */
    public record ConsultationSummary(long id, String slug, LocalizedText title, Instant opensAt, Instant closesAt, int responses) {}

    /** One response, without its answers. {@code channel} is how it came ({@code online}). */
    public record ResponseRow(String reference, Instant submittedAt, Locale language, String channel) {}

    /** One page of a consultation's responses, newest first, and how many there are in all. */
    public record ResponsePage(ConsultationSummary consultation, int total, int page, int pages, List<ResponseRow> responses) {}

    /** A question and its answer (null when it was not answered: skipped, or it did not apply). */
    public record AnsweredQuestion(Question question, Answer answer) {}

    /** One response with every question of its questionnaire, in order, in the staff member's language. */
    public record StaffResponse(ConsultationSummary consultation, ResponseRow response, List<AnsweredQuestion> answers) {}

    private record Head(long id, long activityId, Long questionnaireId, String slug, Instant opensAt, Instant closesAt, int responses) {}

    /** Every consultation, latest closing first, with its number of responses. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<ConsultationSummary> consultations(Locale language) {
        List<Head> heads = heads(null);
        return summaries(heads, language);
    }

    /**
     * Page {@code page} (from 1) of a consultation's responses, newest first, read with LIMIT and
     * OFFSET; a page past the end is the last page. Empty when there is no such consultation.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ResponsePage> responses(long consultationId, int page, Locale language) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        ConsultationSummary consultation = summaries(heads, language).getFirst();
        int total = consultation.responses();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<ResponseRow> rows = jdbc.sql("""
                        SELECT reference, submitted_at, language, channel FROM consultation_response
                        WHERE consultation_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(consultationId, PAGE_SIZE, (shown - 1) * PAGE_SIZE)
                .query((rs, n) -> new ResponseRow(rs.getString(1), Utc.instant(rs.getObject(2, LocalDateTime.class)),
                        Locale.forLanguageTag(rs.getString(3)), rs.getString(4)))
                .list();
        return Optional.of(new ResponsePage(consultation, total, shown, pages, rows));
    }

    /**
     * A response with its answers, question texts in the staff member's language (English where
     * not translated). Staff reading it is recorded in the audit trail. Empty for an unknown reference.
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<StaffResponse> response(String reference, Locale language, String staff) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        record Found(long id, long consultationId, ResponseRow row) {}
        Optional<Found> found = jdbc.sql("SELECT id, consultation_id, reference, submitted_at, language, channel"
                        + " FROM consultation_response WHERE reference = ?")
                .param(reference)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), new ResponseRow(rs.getString(3),
                        Utc.instant(rs.getObject(4, LocalDateTime.class)), Locale.forLanguageTag(rs.getString(5)), rs.getString(6))))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head head = heads(found.get().consultationId()).getFirst();
        ConsultationSummary consultation = summaries(List.of(head), language).getFirst();
        Map<Long, ConsultationResponses.StoredAnswer> stored = new HashMap<>();
        jdbc.sql("SELECT question_id, codes, text_value, number_value, date_value FROM consultation_answer WHERE response_id = ?")
                .param(found.get().id())
                .query((rs, n) -> new ConsultationResponses.StoredAnswer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getObject(5, LocalDate.class)))
                .list().forEach(a -> stored.put(a.questionId(), a));
        List<AnsweredQuestion> answers = new ArrayList<>();
        questionnaire(head, language).ifPresent(questionnaire -> questionnaire.questions().forEach(q -> answers.add(
                new AnsweredQuestion(q, stored.containsKey(q.id()) ? ConsultationResponses.answer(q, stored.get(q.id())) : null))));
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.RESPONSE_VIEWED, ConsultationResponses.RECORD_TYPE, reference,
                head.slug(), "Response " + reference + " to the consultation " + head.slug() + " read"));
        return Optional.of(new StaffResponse(consultation, found.get().row(), answers));
    }

    /**
     * Writes every response to a consultation as CSV: a byte order mark (so a spreadsheet reads
     * the Welsh letters as UTF-8), a header, then one row per response, oldest first, one column per
     * question, answers in English words ({@code englishWords} translates the fixed words, see
     * {@link AnswerWords#fixedKeys()}). Read from the database row by row and written as it goes,
     * never held whole. The download is recorded in the audit trail. False when there is no such consultation.
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public boolean exportCsv(long consultationId, Writer out, Function<String, String> englishWords, String staff) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return false;
        }
        Head head = heads.getFirst();
        List<Question> questions = questionnaire(head, Locale.ENGLISH).map(Questionnaire::questions).orElse(List.of());
        Map<Long, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        ZoneId zone = dates.zone();
        int[] written = {0};
        try {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("reference", "submitted_at", "language", "channel"));
            // The respondent's own details (name, email, organisation, whether they support the
            // proposal) go here, after the channel, when they are stored. Equality monitoring
            // answers are never part of this export: they are kept apart and reported on their own.
            questions.forEach(q -> header.add("Q" + q.number() + ". " + (q.text() == null || q.text().text() == null ? q.code() : q.text().text())));
            Csv.row(out, header.toArray(String[]::new));
            CsvRow[] current = {null};
            jdbc.sql("""
                            SELECT r.id, r.reference, r.submitted_at, r.language, r.channel,
                                   a.question_id, a.codes, a.text_value, a.number_value, a.date_value
                            FROM consultation_response r LEFT JOIN consultation_answer a ON a.response_id = r.id
                            WHERE r.consultation_id = ? ORDER BY r.submitted_at, r.id""")
                    .param(consultationId)
                    .withFetchSize(500)
                    .query(rs -> {
                        long id = rs.getLong(1);
                        if (current[0] == null || current[0].id != id) {
                            if (current[0] != null) {
                                current[0].write(out, questions);
                                written[0]++;
                            }
                            Instant at = Utc.instant(rs.getObject(3, LocalDateTime.class));
                            current[0] = new CsvRow(id, List.of(rs.getString(2), CSV_TIME.format(at.atZone(zone)), rs.getString(4), rs.getString(5)));
                        }
                        if (rs.getObject(6) != null) {
                            Question question = byId.get(rs.getLong(6));
                            if (question != null) {
                                var stored = new ConsultationResponses.StoredAnswer(rs.getLong(6), rs.getString(7), rs.getString(8),
                                        rs.getObject(9) == null ? null : rs.getLong(9), rs.getObject(10, LocalDate.class));
                                current[0].answers.put(question.id(),
                                        AnswerWords.plain(question, ConsultationResponses.answer(question, stored), Locale.ENGLISH, englishWords));
                            }
                        }
                    });
            if (current[0] != null) {
                current[0].write(out, questions);
                written[0]++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.RESPONSES_EXPORTED, CONSULTATION_RECORD, Long.toString(consultationId),
                head.slug(), "Responses to the consultation " + head.slug() + " downloaded as CSV (" + written[0] + " response(s))"));
        return true;
    }

    /** One response's CSV row while its answers are read (the only response held at a time). */
    private static final class CsvRow {
        final long id;
        final List<String> first;
        final Map<Long, String> answers = new HashMap<>();

        CsvRow(long id, List<String> first) {
            this.id = id;
            this.first = first;
        }

        void write(Writer out, List<Question> questions) {
            List<String> cells = new ArrayList<>(first);
            questions.forEach(q -> cells.add(answers.get(q.id())));
            try {
                Csv.row(out, cells.toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Optional<Questionnaire> questionnaire(Head head, Locale language) {
        return head.questionnaireId() == null ? Optional.empty() : consultations.questionnaire(head.questionnaireId(), language);
    }

    private List<Head> heads(Long consultationId) {
        String sql = "SELECT c.id, c.activity_id, c.questionnaire_id, a.slug, c.opens_at, c.closes_at,"
                + " (SELECT COUNT(*) FROM consultation_response r WHERE r.consultation_id = c.id) AS responses"
                + " FROM consultation c JOIN activity a ON a.id = c.activity_id"
                + (consultationId == null ? "" : " WHERE c.id = ?")
                + " ORDER BY c.closes_at DESC, c.id DESC";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (consultationId != null) {
            statement = statement.param(consultationId);
        }
        return statement.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getObject(3) == null ? null : rs.getLong(3),
                rs.getString(4), Utc.instant(rs.getObject(5, LocalDateTime.class)), Utc.instant(rs.getObject(6, LocalDateTime.class)),
                rs.getInt(7))).list();
    }

    private List<ConsultationSummary> summaries(List<Head> heads, Locale language) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> tags = StoredTexts.tags(language);
        StoredTexts texts = new StoredTexts(language);
        List<Object> params = new ArrayList<>(tags);
        heads.forEach(h -> params.add(h.activityId()));
        jdbc.sql("SELECT activity_id, language, title FROM activity_text WHERE language IN (" + QuestionnaireStore.placeholders(tags.size())
                        + ") AND activity_id IN (" + QuestionnaireStore.placeholders(heads.size()) + ")")
                .params(params)
                .query(rs -> {
                    texts.add("activity", rs.getLong(1), "title", rs.getString(2), rs.getString(3));
                });
        return heads.stream().map(h -> new ConsultationSummary(h.id(), h.slug(), texts.get("activity", h.activityId(), "title"),
                h.opensAt(), h.closesAt(), h.responses())).toList();
    }
}

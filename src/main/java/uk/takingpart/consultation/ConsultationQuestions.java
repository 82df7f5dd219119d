package uk.takingpart.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.notify.Outbox;
import uk.takingpart.notify.OutgoingEmail;

/**
 * Public questions on a consultation and their answers. Anyone may ask while the consultation is
 * open (no account; an optional email address to be told of the answer); staff publish, reject
 * (with a reason kept for staff only), merge a duplicate into another question, and answer as a
 * named role in each language. A question is on the public page only when it is published and
 * answered. When a question is answered, each asker who gave an email (the merged duplicates'
 * too) is emailed in the language they asked in, and their address is deleted. Every staff action
 * is checked against the version the member of staff saw, and is in the audit trail by the
 * question's id only (never its words or the asker's address).
 */
@Service
public class ConsultationQuestions {
    public static final int MAX_QUESTION_LENGTH = 2000;
    public static final int MAX_EMAIL_LENGTH = 320;
    public static final int MAX_REASON_LENGTH = 1000;
    public static final int MAX_ROLE_LENGTH = 200;
    public static final int MAX_ANSWER_LENGTH = 10000;
    /** How a question is named in the audit trail. */
    public static final String RECORD_TYPE = "consultation-question";
    static final String ROLE = "role";
    static final String ANSWER = "answer";

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Outbox outbox;
    private final QuestionEmails emails;
    private final AuditTrail audit;

    ConsultationQuestions(JdbcClient jdbc, ConsultationService consultations, PlatformTransactionManager transactionManager, Clock clock,
                          Outbox outbox, QuestionEmails emails, AuditTrail audit) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
    }

    public enum Status { NEW, PUBLISHED, REJECTED, MERGED }

    // ---------------------------------------------------------------- asking

    /** What a member of the public typed; {@link #problems()} names each field in error with a translation key. */
    public record Asking(String text, String email) {
        public Asking {
            text = text == null ? "" : text.strip();
            email = email == null || email.isBlank() ? null : email.strip();
        }

        /** Field ({@code question}, {@code email}) to translation key; empty when all is well. */
        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (text.isEmpty()) {
                problems.put("question", "consultation.ask.question.error.required");
            } else if (text.codePointCount(0, text.length()) > MAX_QUESTION_LENGTH || text.indexOf('\u0000') >= 0) {
                problems.put("question", text.indexOf('\u0000') >= 0 ? "consultation.ask.question.error.invalid"
                        : "consultation.ask.question.error.too-long");
            }
            if (email != null && !SavedResponseEmails.valid(email)) {
                problems.put("email", "consultation.ask.email.error.invalid");
            }
            return problems;
        }
    }

    public enum AskOutcome { ASKED, CLOSED, INVALID }

    /** What happened to a question asked: its id when it was stored (or stored before with the same request key). */
    public record AskResult(AskOutcome outcome, Long id, Map<String, String> problems) {}

    /**
     * Stores a question to an open consultation, in one transaction with its audit entry.
     * {@code requestKey} identifies this sending: the same key again returns the first question.
     */
    public AskResult ask(String slug, String requestKey, Locale language, Asking asking) {
        Map<String, String> problems = asking.problems();
        if (!problems.isEmpty()) {
            return new AskResult(AskOutcome.INVALID, null, problems);
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw new IllegalArgumentException("A question needs a request key");
        }
        Optional<Long> earlier = byRequestKey(requestKey);
        if (earlier.isPresent()) {
            return new AskResult(AskOutcome.ASKED, earlier.get(), Map.of());
        }
        ConsultationPage page = consultations.page(slug, Locale.ENGLISH).orElse(null);
        Instant now = clock.instant();
        if (page == null || page.state() != ConsultationState.OPEN || !now.isBefore(page.closesAt())) {
            return new AskResult(AskOutcome.CLOSED, null, Map.of());
        }
        try {
            Long id = transactions.execute(status -> {
                KeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO consultation_question (consultation_id, request_key, asked_at, language, question_text, asker_email)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(page.id(), requestKey, Utc.of(now), language.toLanguageTag(), asking.text(), asking.email())
                        .update(keys, "id");
                long stored = keys.getKey().longValue();
                audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.QUESTION_ASKED, RECORD_TYPE, Long.toString(stored), slug,
                        "Question " + stored + " asked on the consultation " + slug));
                return stored;
            });
            return new AskResult(AskOutcome.ASKED, id, Map.of());
        } catch (DuplicateKeyException e) {
            return new AskResult(AskOutcome.ASKED, byRequestKey(requestKey).orElseThrow(), Map.of());
        }
    }

    private Optional<Long> byRequestKey(String requestKey) {
        return jdbc.sql("SELECT id FROM consultation_question WHERE request_key = ?").param(requestKey).query(Long.class).optional();
    }

    // ---------------------------------------------------------------- the public page

    /** A published, answered question as the public sees it, the answer in the page's language (else English, marked). */
    public record PublicAnswer(long id, String question, Locale askedIn, Instant askedAt, LocalizedText role, LocalizedText answer,
                               Instant answeredAt) {}

    /** The published, answered questions of a consultation, newest answer first: one statement. */
    @Transactional(readOnly = true)
    public List<PublicAnswer> published(long consultationId, Locale language) {
        List<String> tags = StoredTexts.tags(language);
        String in = String.join(", ", tags.stream().map(t -> "?").toList());
        List<Object> params = new ArrayList<>(tags);
        params.add(0, consultationId);
        record Row(long id, String text, String askedIn, LocalDateTime askedAt, LocalDateTime answeredAt, String field, String language,
                   String value) {}
        List<Row> rows = jdbc.sql("SELECT q.id, q.question_text, q.language AS asked_in, q.asked_at, q.answered_at, t.field, t.language, t.value"
                        + " FROM consultation_question q JOIN consultation_question_text t ON t.question_id = q.id"
                        + " WHERE q.consultation_id = ? AND q.status = 'PUBLISHED' AND q.answered_at IS NOT NULL"
                        + " AND t.language IN (" + in + ") ORDER BY q.answered_at DESC, q.id DESC")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                        rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        StoredTexts texts = new StoredTexts(language);
        Map<Long, Row> firsts = new LinkedHashMap<>();
        for (Row row : rows) {
            texts.add(RECORD_TYPE, row.id(), row.field(), row.language(), row.value());
            firsts.putIfAbsent(row.id(), row);
        }
        return firsts.values().stream().map(r -> new PublicAnswer(r.id(), r.text(), Locale.forLanguageTag(r.askedIn()),
                Utc.instant(r.askedAt()), texts.get(RECORD_TYPE, r.id(), ROLE), texts.get(RECORD_TYPE, r.id(), ANSWER),
                Utc.instant(r.answeredAt()))).toList();
    }

    // ---------------------------------------------------------------- staff

    /**
     * A question as staff see it. {@code wantsEmail} says whether an address is still held (never the
     * address itself); {@code roles} and {@code answers} are by language tag.
     */
    public record StaffQuestion(long id, long version, Instant askedAt, Locale askedIn, String text, boolean wantsEmail, Status status,
                                String rejectReason, Long mergedInto, Instant answeredAt, String answeredBy,
                                Map<String, String> roles, Map<String, String> answers) {
        public boolean shownPublicly() {
            return status == Status.PUBLISHED && answeredAt != null;
        }

        /** Whether it can still be published, answered, rejected or merged. */
        public boolean open() {
            return status == Status.NEW || status == Status.PUBLISHED;
        }
    }

    /** A consultation's questions for moderation: new first (oldest first among them), then the rest, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<StaffQuestion> queue(long consultationId) {
        Map<Long, Map<String, String>> roles = new HashMap<>();
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("SELECT t.question_id, t.field, t.language, t.value FROM consultation_question_text t"
                        + " JOIN consultation_question q ON q.id = t.question_id WHERE q.consultation_id = ?")
                .param(consultationId)
                .query(rs -> {
                    (ROLE.equals(rs.getString(2)) ? roles : answers).computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                });
        return jdbc.sql("""
                        SELECT id, version, asked_at, language, question_text, asker_email IS NOT NULL, status, reject_reason,
                               merged_into_id, answered_at, answered_by
                        FROM consultation_question WHERE consultation_id = ?
                        ORDER BY status = 'NEW' DESC, CASE WHEN status = 'NEW' THEN asked_at END ASC, asked_at DESC, id DESC""")
                .param(consultationId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    LocalDateTime answered = rs.getObject(10, LocalDateTime.class);
                    Long merged = rs.getObject(9, Long.class);
                    return new StaffQuestion(id, rs.getLong(2), Utc.instant(rs.getObject(3, LocalDateTime.class)),
                            Locale.forLanguageTag(rs.getString(4)), rs.getString(5), rs.getBoolean(6), Status.valueOf(rs.getString(7)),
                            rs.getString(8), merged,
                            answered == null ? null : Utc.instant(answered), rs.getString(11),
                            roles.getOrDefault(id, Map.of()), answers.getOrDefault(id, Map.of()));
                })
                .list();
    }

    public enum ActionOutcome {
        DONE,
        /** Someone else changed the question since it was shown: nothing was done. */
        CHANGED_ELSEWHERE,
        /** The input has problems (see {@link ActionResult#problems()}): nothing was done. */
        INVALID
    }

    /** The outcome of a staff action; {@code problems} is field to translation key when INVALID. */
    public record ActionResult(ActionOutcome outcome, Map<String, String> problems) {
        static final ActionResult DONE = new ActionResult(ActionOutcome.DONE, Map.of());
        static final ActionResult CHANGED = new ActionResult(ActionOutcome.CHANGED_ELSEWHERE, Map.of());

        static ActionResult invalid(Map<String, String> problems) {
            return new ActionResult(ActionOutcome.INVALID, problems);
        }
    }

    private record Current(long id, long consultationId, String slug, Status status, long version) {}

    private Optional<Current> lock(long questionId) {
        return jdbc.sql("SELECT q.id, q.consultation_id, a.slug, q.status, q.version FROM consultation_question q"
                        + " JOIN consultation c ON c.id = q.consultation_id JOIN activity a ON a.id = c.activity_id"
                        + " WHERE q.id = ? FOR UPDATE")
                .param(questionId)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getLong(2), rs.getString(3), Status.valueOf(rs.getString(4)), rs.getLong(5)))
                .optional();
    }

    /** The question, locked, when it is still as the member of staff saw it and may be acted on. */
    private Optional<Current> actionable(long questionId, long version) {
        return lock(questionId).filter(c -> c.version() == version && (c.status() == Status.NEW || c.status() == Status.PUBLISHED));
    }

    private void audit(String staff, AuditAction action, Current question, String summary) {
        audit.record(new AuditEvent(Actor.staff(staff), action, RECORD_TYPE, Long.toString(question.id()), question.slug(), summary));
    }

    /** Publishes a new question (it shows on the page once answered). */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public ActionResult publish(long questionId, long version, String staff) {
        Optional<Current> found = actionable(questionId, version).filter(c -> c.status() == Status.NEW);
        if (found.isEmpty()) {
            return ActionResult.CHANGED;
        }
        jdbc.sql("UPDATE consultation_question SET status = 'PUBLISHED', version = version + 1 WHERE id = ?").param(questionId).update();
        audit(staff, AuditAction.QUESTION_PUBLISHED, found.get(), "Published question " + questionId);
        return ActionResult.DONE;
    }

    /** Rejects a question with a reason kept for staff only; the asker's address is deleted, as they will not be answered. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public ActionResult reject(long questionId, long version, String reason, String staff) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            return ActionResult.invalid(Map.of("reason", "consultation.staff.questions.error.reason-required"));
        }
        if (clean.codePointCount(0, clean.length()) > MAX_REASON_LENGTH) {
            return ActionResult.invalid(Map.of("reason", "consultation.staff.questions.error.reason-too-long"));
        }
        Optional<Current> found = actionable(questionId, version);
        if (found.isEmpty()) {
            return ActionResult.CHANGED;
        }
        jdbc.sql("UPDATE consultation_question SET status = 'REJECTED', reject_reason = ?, asker_email = NULL, version = version + 1 WHERE id = ?")
                .params(clean, questionId).update();
        audit(staff, AuditAction.QUESTION_REJECTED, found.get(), "Rejected question " + questionId + " (reason kept with the question)");
        return ActionResult.DONE;
    }

    /**
     * Merges a duplicate into another question of the same consultation: the duplicate leaves the
     * queue, and its asker is told when the other is answered (at once, when it already is).
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public ActionResult merge(long questionId, long version, long intoId, String staff) {
        if (intoId == questionId) {
            return ActionResult.invalid(Map.of("into", "consultation.staff.questions.error.merge-itself"));
        }
        // lock both in id order, so two merges at once cannot wait for each other
        Optional<Current> first = lock(Math.min(questionId, intoId));
        Optional<Current> second = lock(Math.max(questionId, intoId));
        Optional<Current> duplicate = questionId < intoId ? first : second;
        Optional<Current> target = questionId < intoId ? second : first;
        if (target.isEmpty() || duplicate.isPresent() && target.get().consultationId() != duplicate.get().consultationId()) {
            return ActionResult.invalid(Map.of("into", "consultation.staff.questions.error.merge-unknown"));
        }
        if (target.get().status() != Status.NEW && target.get().status() != Status.PUBLISHED) {
            return ActionResult.invalid(Map.of("into", "consultation.staff.questions.error.merge-closed"));
        }
        Optional<Current> found = duplicate.filter(c -> c.version() == version && (c.status() == Status.NEW || c.status() == Status.PUBLISHED));
        if (found.isEmpty()) {
            return ActionResult.CHANGED;
        }
        jdbc.sql("UPDATE consultation_question SET status = 'MERGED', merged_into_id = ?, version = version + 1 WHERE id = ? OR merged_into_id = ?")
                .params(intoId, questionId, questionId).update();
        jdbc.sql("UPDATE consultation_question SET version = version + 1 WHERE id = ?").param(intoId).update();
        audit(staff, AuditAction.QUESTION_MERGED, found.get(), "Merged question " + questionId + " into question " + intoId);
        boolean answered = jdbc.sql("SELECT answered_at IS NOT NULL FROM consultation_question WHERE id = ?").param(intoId)
                .query(Boolean.class).single();
        if (answered) {
            tell(intoId, target.get().slug());
        }
        return ActionResult.DONE;
    }

    /**
     * Answers a question as a named role, in each language (language tag to text; English
     * required, others optional), and publishes it. The first answer emails every asker waiting
     * for it; a corrected answer emails nobody again.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public ActionResult answer(long questionId, long version, Map<String, String> roles, Map<String, String> answers, String staff) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> cleanRoles = clean(roles);
        Map<String, String> cleanAnswers = clean(answers);
        if (!cleanRoles.containsKey("en")) {
            problems.put("en.role", "consultation.staff.questions.error.role-required");
        }
        if (!cleanAnswers.containsKey("en")) {
            problems.put("en.answer", "consultation.staff.questions.error.answer-required");
        }
        cleanRoles.forEach((language, text) -> {
            if (text.codePointCount(0, text.length()) > MAX_ROLE_LENGTH) {
                problems.put(language + ".role", "consultation.staff.questions.error.role-too-long");
            }
        });
        cleanAnswers.forEach((language, text) -> {
            if (text.codePointCount(0, text.length()) > MAX_ANSWER_LENGTH) {
                problems.put(language + ".answer", "consultation.staff.questions.error.answer-too-long");
            }
        });
        if (!problems.isEmpty()) {
            return ActionResult.invalid(problems);
        }
        Optional<Current> found = actionable(questionId, version);
        if (found.isEmpty()) {
            return ActionResult.CHANGED;
        }
        jdbc.sql("DELETE FROM consultation_question_text WHERE question_id = ?").param(questionId).update();
        cleanRoles.forEach((language, text) -> text(questionId, ROLE, language, text));
        cleanAnswers.forEach((language, text) -> text(questionId, ANSWER, language, text));
        jdbc.sql("""
                UPDATE consultation_question SET status = 'PUBLISHED', answered_at = COALESCE(answered_at, ?), answered_by = ?,
                    version = version + 1 WHERE id = ?""")
                .params(Utc.of(clock.instant()), staff, questionId).update();
        audit(staff, AuditAction.QUESTION_ANSWERED, found.get(), "Answered question " + questionId + " as " + cleanRoles.get("en"));
        tell(questionId, found.get().slug());
        return ActionResult.DONE;
    }

    private void text(long questionId, String field, String language, String value) {
        jdbc.sql("INSERT INTO consultation_question_text (question_id, field, language, value) VALUES (?, ?, ?, ?)")
                .params(questionId, field, language, value).update();
    }

    private static Map<String, String> clean(Map<String, String> texts) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && language.matches("[a-z]{2,3}") && text != null && !text.isBlank()) {
                    clean.put(language, text.strip());
                }
            });
        }
        return clean;
    }

    /**
     * Emails every asker of the answered question (and of the questions merged into it) who gave an
     * address and has not been told, in the language they asked in; then deletes the addresses.
     */
    private void tell(long questionId, String slug) {
        record Waiting(long id, String email, String language, String text) {}
        List<Waiting> waiting = jdbc.sql("""
                        SELECT id, asker_email, language, question_text FROM consultation_question
                        WHERE (id = ? OR merged_into_id = ?) AND asker_email IS NOT NULL AND told_at IS NULL""")
                .params(questionId, questionId)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        if (waiting.isEmpty()) {
            return;
        }
        Map<String, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("SELECT field, language, value FROM consultation_question_text WHERE question_id = ?").param(questionId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Instant now = clock.instant();
        for (Waiting w : waiting) {
            Locale language = Locale.forLanguageTag(w.language());
            OutgoingEmail email = emails.answered(w.email(), language, slug, w.text(), inLanguage(texts.get(ROLE), language),
                    inLanguage(texts.get(ANSWER), language));
            outbox.enqueue(email);
            jdbc.sql("UPDATE consultation_question SET asker_email = NULL, told_at = ? WHERE id = ?").params(Utc.of(now), w.id()).update();
        }
        audit.record(new AuditEvent(Actor.system(), AuditAction.QUESTION_ASKERS_TOLD, RECORD_TYPE, Long.toString(questionId), slug,
                "Emailed " + waiting.size() + " asker(s) the answer to question " + questionId + "; their addresses were deleted"));
    }

    private static String inLanguage(Map<String, String> byLanguage, Locale language) {
        if (byLanguage == null) {
            return "";
        }
        String own = byLanguage.get(language.getLanguage());
        return own != null ? own : byLanguage.getOrDefault("en", "");
    }

    /** For tests: whether an asker's address is still held. */
    @Transactional(readOnly = true)
    Optional<String> emailOf(long questionId) {
        return jdbc.sql("SELECT asker_email FROM consultation_question WHERE id = ?").param(questionId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }
}

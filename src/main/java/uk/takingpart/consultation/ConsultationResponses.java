package uk.takingpart.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.base.db.RetryOnConflict;
import uk.takingpart.notify.Outbox;
import uk.takingpart.notify.OutgoingEmail;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;

/**
 * Sending a response to a consultation: the answers to the questions that apply, in one
 * transaction, with a short reference. Refused after the closing time on the server's clock; the
 * same request key sent twice makes one response. With it: what the person said about themselves
 * ({@link Respondent}), their equality monitoring answers (stored apart, unlinkable), and an email
 * copy of the answers through the outbox when they gave an address. Each response is in the audit
 * trail, by its reference only (the person who sent it is never named there).
 */
@Service
public class ConsultationResponses {
    /** Reference characters: no 0/O, 1/I/L, 5/S or 8/B to mix up when read out or typed. */
    public static final String REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679";
    public static final int REFERENCE_LENGTH = 8;
    /** How a response is named in the audit trail. */
    public static final String RECORD_TYPE = "consultation-response";
    private static final SecureRandom random = new SecureRandom();

    private final ConsultationService consultations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Outbox outbox;
    private final ResponseEmails emails;
    private final AuditTrail audit;
    private final uk.takingpart.base.i18n.DateTexts dates;

    ConsultationResponses(ConsultationService consultations, JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager,
                          Clock clock, Outbox outbox, ResponseEmails emails, AuditTrail audit, uk.takingpart.base.i18n.DateTexts dates) {
        this.consultations = consultations;
        this.dates = dates;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.outbox = outbox;
        this.emails = emails;
    }

    public enum Outcome { SUBMITTED, CLOSED }

    /** What happened: the response's reference when submitted (or submitted before with the same key). */
    public record Result(Outcome outcome, String reference) {}

    /** A stored answer, as the database keeps it. */
    public record StoredAnswer(long questionId, String codes, String text, Long number, java.time.LocalDate date) {}

    /**
     * Sends the answers (question id to answer; only those of questions that apply are kept).
     * {@code requestKey} identifies this sending: the same key again returns the first response.
     */
    @RetryOnConflict
    public Result submit(String slug, String requestKey, Locale language, Map<Long, Answer> answers) {
        return submit(slug, requestKey, language, answers, Respondent.NONE, Map.of());
    }

    /**
     * Sends the answers with what the person said about themselves and their equality monitoring
     * answers (question code to category codes), all in one transaction: the response with its
     * respondent, the equality record kept apart from it (nothing links the two), and, when an
     * email address was given, a copy of the answers in the outbox. A respondent with problems
     * (an email address that is not one) is refused with an {@link IllegalArgumentException}:
     * the journey checks it first.
     */
    @RetryOnConflict
    public Result submit(String slug, String requestKey, Locale language, Map<Long, Answer> answers, Respondent respondent,
                         Map<String, List<String>> equality) {
        if (!respondent.problems().isEmpty()) {
            throw new IllegalArgumentException("Respondent details with problems: " + respondent.problems().keySet());
        }
        Optional<String> earlier = referenceFor(requestKey);
        if (earlier.isPresent()) {
            return new Result(Outcome.SUBMITTED, earlier.get());
        }
        ConsultationPage page = consultations.page(slug, Locale.ENGLISH).orElse(null);
        Questionnaire questionnaire = consultations.questionnaire(slug, Locale.ENGLISH).orElse(null);
        if (page == null || questionnaire == null || !page.acceptsResponses() || !clock.instant().isBefore(page.closesAt())) {
            return new Result(Outcome.CLOSED, null);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String reference = newReference();
            try {
                return transactions.execute(status -> {
                    Result result = store(slug, page.id(), questionnaire, reference, requestKey, language, answers, respondent);
                    storeEquality(page.id(), equality);
                    OutgoingEmail copy = emails.copy(slug, consultations.questionnaire(slug, language).orElse(questionnaire), reference,
                            language, answers, respondent);
                    if (copy != null) {
                        outbox.enqueue(copy);
                    }
                    return result;
                });
            } catch (DuplicateKeyException e) {
                Optional<String> raced = referenceFor(requestKey);
                if (raced.isPresent()) {
                    return new Result(Outcome.SUBMITTED, raced.get());
                }
                // the reference was taken: try another
            }
        }
        throw new IllegalStateException("No free response reference after 5 tries");
    }

    /**
     * A response that came another way (on paper, by phone, by email, as an Easy Read form or in
     * BSL), entered by a staff member through the same questions: stored and counted with the
     * rest, with its channel, the day it was received and who entered it. It counts when it was
     * received while the consultation was open, so one posted in time can be entered after the
     * closing date. The same request key sent twice makes one response. A copy of the answers goes
     * to the person's email address when one was given, as online. Audited with the staff member
     * as the actor and the reference only.
     */
    @RetryOnConflict
    @org.springframework.security.access.prepost.PreAuthorize(uk.takingpart.base.security.Roles.EDITORS)
    public Result enter(long consultationId, Entry entry, String requestKey, Locale language, Map<Long, Answer> answers,
                        Respondent respondent, Map<String, List<String>> equality, String staff) {
        if (entry.channel() == null || !STAFF_CHANNELS.contains(entry.channel())) {
            throw new IllegalArgumentException("Not a channel staff enter responses for: " + entry.channel());
        }
        if (!respondent.problems().isEmpty()) {
            throw new IllegalArgumentException("Respondent details with problems: " + respondent.problems().keySet());
        }
        Optional<String> earlier = referenceFor(requestKey);
        if (earlier.isPresent()) {
            return new Result(Outcome.SUBMITTED, earlier.get());
        }
        String slug = jdbc.sql("SELECT a.slug FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE c.id = ?")
                .param(consultationId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No consultation " + consultationId));
        ConsultationPage page = consultations.page(slug, Locale.ENGLISH).orElse(null);
        Questionnaire questionnaire = consultations.questionnaire(slug, Locale.ENGLISH).orElse(null);
        if (page == null || questionnaire == null) {
            throw new IllegalArgumentException("The consultation " + slug + " is not published with a questionnaire");
        }
        String problem = receivedProblem(entry.receivedOn(), page.opensAt(), page.closesAt());
        if (problem != null) {
            throw new IllegalArgumentException("Received on " + entry.receivedOn() + ": " + problem);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String reference = newReference();
            try {
                return transactions.execute(status -> {
                    java.util.Set<Long> questions = lockQuestionnaire(questionnaire);
                    long responseId = insertResponse(page.id(), reference, requestKey, language, entry, respondent, staff);
                    insertAnswers(responseId, questionnaire, answers, questions);
                    storeEquality(page.id(), equality);
                    OutgoingEmail copy = emails.copy(slug, consultations.questionnaire(slug, language).orElse(questionnaire), reference,
                            language, answers, respondent);
                    if (copy != null) {
                        outbox.enqueue(copy);
                    }
                    audit.record(new AuditEvent(Actor.staff(staff), AuditAction.RESPONSE_ENTERED, RECORD_TYPE, reference, slug,
                            "Response " + reference + " received by " + entry.channel() + " on " + entry.receivedOn()
                                    + " entered for the consultation " + slug));
                    return new Result(Outcome.SUBMITTED, reference);
                });
            } catch (DuplicateKeyException e) {
                Optional<String> raced = referenceFor(requestKey);
                if (raced.isPresent()) {
                    return new Result(Outcome.SUBMITTED, raced.get());
                }
            }
        }
        throw new IllegalStateException("No free response reference after 5 tries");
    }

    /** How a response entered by staff came: its channel (one of {@link #STAFF_CHANNELS}) and the day it was received. */
    public record Entry(String channel, LocalDate receivedOn) {}

    /** The ways a response can come other than online, which staff enter. */
    public static final List<String> STAFF_CHANNELS = List.of("paper", "phone", "email", "easy-read", "bsl");

    /**
     * What is wrong with the day a response was received, as a translation key, or null: it must be
     * given, not in the future, and within the consultation's open period (in the site's time zone).
     */
    public String receivedProblem(LocalDate receivedOn, Instant opensAt, Instant closesAt) {
        if (receivedOn == null) {
            return "consultation.enter.received.error.required";
        }
        java.time.ZoneId zone = dates.zone();
        if (receivedOn.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            return "consultation.enter.received.error.future";
        }
        if (receivedOn.isBefore(LocalDate.ofInstant(opensAt, zone))) {
            return "consultation.enter.received.error.before-opening";
        }
        if (receivedOn.isAfter(LocalDate.ofInstant(closesAt.minusNanos(1), zone))) {
            return "consultation.enter.received.error.after-closing";
        }
        return null;
    }

    private Result store(String slug, long consultationId, Questionnaire questionnaire, String reference, String requestKey, Locale language,
                         Map<Long, Answer> answers, Respondent respondent) {
        java.util.Set<Long> questions = lockQuestionnaire(questionnaire);
        long responseId = insertResponse(consultationId, reference, requestKey, language, null, respondent, null);
        insertAnswers(responseId, questionnaire, answers, questions);
        // last, in the same transaction: the entry holds the audit chain's lock until the commit
        audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.RESPONSE_SUBMITTED, RECORD_TYPE, reference, slug,
                "Response " + reference + " sent to the consultation " + slug));
        return new Result(Outcome.SUBMITTED, reference);
    }

    /** The response row: online when {@code entry} is null, else as staff entered it. */
    private long insertResponse(long consultationId, String reference, String requestKey, Locale language, Entry entry,
                                Respondent respondent, String staff) {
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_response (consultation_id, reference, request_key, submitted_at, language, channel,
                    received_on, entered_by, respondent_name, respondent_email, responding_as, organisation_name, supported,
                    support_by, support_how)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(consultationId, reference, requestKey, Utc.of(now), language.toLanguageTag(),
                        entry == null ? "online" : entry.channel(), entry == null ? null : entry.receivedOn(), staff,
                        respondent.name(), respondent.email(), respondent.respondingAs(), respondent.organisation(), respondent.supported(),
                        codes(respondent.supportBy()), codes(respondent.supportHow()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Holds the questionnaire's row with a shared lock until the response is committed, and returns
     * the ids of its questions as they are now. The questionnaire builder changes a questionnaire's
     * shape only while it holds that row exclusively and finds no response: so a response sent while
     * an editor saves either comes first (and the editor is told people have responded) or after
     * (and answers to a question the editor removed meanwhile are left out), never a server error.
     */
    private java.util.Set<Long> lockQuestionnaire(Questionnaire questionnaire) {
        jdbc.sql("SELECT id FROM questionnaire WHERE id = ? LOCK IN SHARE MODE").param(questionnaire.id()).query(Long.class).list();
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM question WHERE questionnaire_id = ? LOCK IN SHARE MODE")
                .param(questionnaire.id()).query(Long.class).list());
    }

    private void insertAnswers(long responseId, Questionnaire questionnaire, Map<Long, Answer> answers, java.util.Set<Long> questions) {
        for (Question question : questionnaire.applicable(answers)) {
            Answer answer = answers.get(question.id());
            if (answer == null || !questions.contains(question.id())) {
                continue;
            }
            StoredAnswer stored = stored(question.id(), answer);
            jdbc.sql("""
                    INSERT INTO consultation_answer (response_id, question_id, codes, text_value, number_value, date_value)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(responseId, question.id(), stored.codes(), stored.text(), stored.number(), stored.date())
                    .update();
        }
    }

    /**
     * The equality answers, apart from the response: a record with a random id, the consultation
     * and the day (in UTC) only. Nothing is stored when no question was answered.
     */
    private void storeEquality(long consultationId, Map<String, List<String>> equality) {
        Map<String, List<String>> clean = EqualityMonitoring.clean(equality);
        if (clean.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO equality_record (id, consultation_id, recorded_on) VALUES (?, ?, ?)")
                .params(id, consultationId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        clean.forEach((question, categories) -> categories.forEach(category ->
                jdbc.sql("INSERT INTO equality_answer (record_id, question, category) VALUES (?, ?, ?)")
                        .params(id, question, category).update()));
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    /** What the person said about themselves with the response that has this reference: for tests and, later, staff. */
    @Transactional(readOnly = true)
    public Optional<Respondent> respondent(String reference) {
        return jdbc.sql("""
                SELECT respondent_name, respondent_email, responding_as, organisation_name, supported, support_by, support_how
                FROM consultation_response WHERE reference = ?""")
                .param(reference)
                .query((rs, n) -> new Respondent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getBoolean(5), split(rs.getString(6)), split(rs.getString(7))))
                .optional();
    }

    /** How a response entered by staff came, and who entered it. */
    public record Entered(String channel, LocalDate receivedOn, String enteredBy) {}

    /** For a response staff entered (paper, phone…): its channel, the day received and who entered it; empty for one sent online. */
    @Transactional(readOnly = true)
    public Optional<Entered> entered(String reference) {
        return jdbc.sql("SELECT channel, received_on, entered_by FROM consultation_response WHERE reference = ? AND received_on IS NOT NULL")
                .param(reference)
                .query((rs, n) -> new Entered(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3))).optional();
    }

    /** The address a copy of this response was sent to, if the person gave one (the confirmation page says so). */
    @Transactional(readOnly = true)
    public Optional<String> copySentTo(String reference) {
        return jdbc.sql("SELECT respondent_email FROM consultation_response WHERE reference = ?").param(reference)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(e -> e);
    }

    private static List<String> split(String codes) {
        return codes == null ? List.of() : List.of(codes.split(","));
    }

    static StoredAnswer stored(long questionId, Answer answer) {
        return switch (answer) {
            case Answer.Choice c -> new StoredAnswer(questionId, c.value(), c.otherText(), null, null);
            case Answer.Choices c -> new StoredAnswer(questionId, String.join(",", c.values()), null, null, null);
            case Answer.Text t -> new StoredAnswer(questionId, null, t.text(), null, null);
            case Answer.Ranking r -> new StoredAnswer(questionId, String.join(",", r.order()), null, null, null);
            case Answer.Grid g -> {
                List<String> pairs = new ArrayList<>();
                g.points().forEach((statement, point) -> pairs.add(statement + "=" + point));
                yield new StoredAnswer(questionId, String.join(",", pairs), null, null, null);
            }
            case Answer.Number n -> new StoredAnswer(questionId, null, null, n.value(), null);
            case Answer.Date d -> new StoredAnswer(questionId, null, null, null, d.value());
        };
    }

    /** A stored answer read back as an answer to its question (the reverse of {@link #stored}). */
    static Answer answer(Question question, StoredAnswer stored) {
        return switch (question.type()) {
            case SINGLE_CHOICE, AGREEMENT_SCALE, YES_NO_NOT_SURE -> new Answer.Choice(stored.codes(), stored.text());
            case MULTIPLE_CHOICE -> new Answer.Choices(codes(stored.codes()));
            case SHORT_TEXT, LONG_TEXT -> new Answer.Text(stored.text() == null ? "" : stored.text());
            case RANKING -> new Answer.Ranking(codes(stored.codes()));
            case AGREEMENT_GRID -> {
                java.util.Map<String, String> points = new java.util.LinkedHashMap<>();
                for (String pair : codes(stored.codes())) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        points.put(pair.substring(0, equals), pair.substring(equals + 1));
                    }
                }
                yield new Answer.Grid(points);
            }
            case NUMBER -> new Answer.Number(stored.number() == null ? 0 : stored.number());
            case DATE -> new Answer.Date(stored.date());
        };
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    /** The reference of the response sent with this request key, if any. */
    @Transactional(readOnly = true)
    public Optional<String> referenceFor(String requestKey) {
        if (requestKey == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT reference FROM consultation_response WHERE request_key = ?").param(requestKey).query(String.class).optional();
    }

    /** How many responses have this reference (0 or 1), and their answers: for tests and, later, staff. */
    @Transactional(readOnly = true)
    public List<StoredAnswer> answers(String reference) {
        return jdbc.sql("""
                SELECT a.question_id, a.codes, a.text_value, a.number_value, a.date_value
                FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id
                WHERE r.reference = ? ORDER BY a.question_id""")
                .param(reference)
                .query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }

    /** The number of responses to a consultation. */
    @Transactional(readOnly = true)
    public int count(long consultationId) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_response WHERE consultation_id = ?").param(consultationId).query(Integer.class).single();
    }

    private static String newReference() {
        StringBuilder out = new StringBuilder(REFERENCE_LENGTH);
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            out.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return out.toString();
    }
}

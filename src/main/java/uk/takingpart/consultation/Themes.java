package uk.takingpart.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import uk.takingpart.base.security.Roles;

/**
 * Themes of a consultation's free-text answers: staff create, rename, merge and delete them, tag
 * answers with them, see how many answers and people each has and the answers in it, and pick
 * short quotes (excerpts of an answer, exactly as written) for the outcome. Suggestions of likely
 * themes come from the words people used, counted as the answers stream from the database; a
 * suggestion is only that: a person makes it a theme, and may tag the answers that use it at the
 * same time. Editors and administrators change themes; every member of staff reads them. Every
 * change is in the audit trail, by theme name and response reference, never with what anyone wrote.
 */
@Service
public class Themes {
    /** The longest theme name and description. */
    public static final int NAME_LIMIT = 120;
    public static final int DESCRIPTION_LIMIT = 500;
    /** The longest quote. */
    public static final int QUOTE_LIMIT = 500;
    /** How many answers a theme's page lists at a time. */
    public static final int PAGE_SIZE = 20;
    /** How many suggestions are offered at most, and how many answers must use a term for it to be one. */
    public static final int SUGGESTIONS = 15;
    public static final int SUGGESTION_MINIMUM = 2;
    static final String RECORD_TYPE = "consultation-theme";
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,12}");
    private static final String FREE_TEXT = "q.type IN ('SHORT_TEXT', 'LONG_TEXT') AND a.text_value IS NOT NULL AND a.text_value <> ''";

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final AuditTrail audit;
    private final Clock clock;

    Themes(JdbcClient jdbc, ConsultationService consultations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A theme with how many answers are in it and from how many responses (people). */
    public record Theme(long id, long consultationId, String name, String description, int answers, int responses) {}

    /** A quote picked from an answer in a theme, with the answer's response and question, who picked it and when. */
    public record Quote(long id, long themeId, String excerpt, String reference, long questionId, int questionNumber, String pickedBy,
                        Instant pickedAt) {}

    /** An answer in a theme: the response it is from, the question (in the staff member's language) and what was written. */
    public record ThemeAnswer(String reference, Instant submittedAt, Question question, String text) {}

    /** A page of a theme's answers (newest response first), with its quotes. */
    public record ThemeAnswers(Theme theme, int page, int pages, List<ThemeAnswer> answers, List<Quote> quotes) {}

    /** A likely theme: a word or pair of words, and how many free-text answers use it. */
    public record Suggestion(String term, int answers) {}

    /** A theme as the ODS export lists it: its counts among the responses exported, and its quotes with their question's number. */
    record ExportedTheme(String name, String description, int answers, int responses, List<String[]> quotes) {}

    /** What was wrong with a change, by field ({@code name}, {@code description}, {@code into}, {@code excerpt}, {@code theme}) as translation keys. */
    public static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        Invalid(String field, String key) {
            super("Invalid theme change: " + field + " " + key);
            this.errors = Map.of(field, key);
        }

        Invalid(Map<String, String> errors) {
            super("Invalid theme change: " + errors);
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    private static final String KEYS = "consultation.staff.themes.error.";

    // ---- reading ----

    /** A consultation's themes, by name, with their counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<Theme> themes(long consultationId) {
        return jdbc.sql("""
                        SELECT t.id, t.consultation_id, t.name, t.description, COUNT(g.response_id), COUNT(DISTINCT g.response_id)
                        FROM consultation_theme t LEFT JOIN consultation_theme_tag g ON g.theme_id = t.id
                        WHERE t.consultation_id = ? GROUP BY t.id, t.consultation_id, t.name, t.description ORDER BY t.name, t.id""")
                .param(consultationId)
                .query((rs, n) -> new Theme(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** One theme of a consultation, or empty when the consultation has no theme with that id. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<Theme> theme(long consultationId, long themeId) {
        return themes(consultationId).stream().filter(t -> t.id() == themeId).findFirst();
    }

    /**
     * Page {@code page} (from 1, a page past the end is the last) of the answers in a theme, newest
     * response first, with the theme's quotes. Empty when the consultation has no such theme.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ThemeAnswers> answers(long consultationId, long themeId, int page, Locale language) {
        Optional<Theme> theme = theme(consultationId, themeId);
        if (theme.isEmpty()) {
            return Optional.empty();
        }
        int pages = Math.max(1, (theme.get().answers() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        Map<Long, Question> questions = questions(consultationId, language);
        List<ThemeAnswer> answers = jdbc.sql("""
                        SELECT r.reference, r.submitted_at, a.question_id, a.text_value
                        FROM consultation_theme_tag g
                        JOIN consultation_answer a ON a.response_id = g.response_id AND a.question_id = g.question_id
                        JOIN consultation_response r ON r.id = g.response_id
                        WHERE g.theme_id = ? ORDER BY r.submitted_at DESC, r.id DESC, a.question_id LIMIT ? OFFSET ?""")
                .params(themeId, PAGE_SIZE, (shown - 1) * PAGE_SIZE)
                .query((rs, n) -> new ThemeAnswer(rs.getString(1), Utc.instant(rs.getObject(2, LocalDateTime.class)),
                        questions.get(rs.getLong(3)), rs.getString(4)))
                .list();
        return Optional.of(new ThemeAnswers(theme.get(), shown, pages, answers, quotes(themeId, questions)));
    }

    /** For each free-text question of a response, the ids of the themes its answer is in. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Map<Long, Set<Long>> tags(String reference) {
        Map<Long, Set<Long>> out = new LinkedHashMap<>();
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return out;
        }
        jdbc.sql("""
                        SELECT g.question_id, g.theme_id FROM consultation_theme_tag g JOIN consultation_response r ON r.id = g.response_id
                        JOIN consultation_theme t ON t.id = g.theme_id WHERE r.reference = ? ORDER BY g.question_id, t.name""")
                .param(reference)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                });
        return out;
    }

    /**
     * Likely themes: the words and pairs of words ({@link ThemeTerms}) used in the most free-text
     * answers of the consultation, at least {@link #SUGGESTION_MINIMUM} each, leaving out the names
     * of its themes and a word only ever used inside a pair that is already suggested. The answers
     * are read as a stream and only the terms are kept, so 10,000 answers take no more memory than
     * their vocabulary.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<Suggestion> suggestions(long consultationId) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT a.text_value FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id"
                        + " JOIN question q ON q.id = a.question_id WHERE r.consultation_id = ? AND " + FREE_TEXT)
                .param(consultationId)
                .withFetchSize(500)
                .query(rs -> {
                    for (String term : ThemeTerms.of(rs.getString(1))) {
                        counts.computeIfAbsent(term, k -> new int[1])[0]++;
                    }
                });
        Set<String> named = new java.util.HashSet<>();
        themes(consultationId).forEach(t -> named.add(ThemeTerms.normalise(t.name())));
        List<Suggestion> ranked = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= SUGGESTION_MINIMUM && !named.contains(e.getKey()))
                .map(e -> new Suggestion(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingInt(Suggestion::answers).reversed()
                        .thenComparing(s -> s.term().contains(" ") ? 0 : 1)
                        .thenComparing(Suggestion::term))
                .toList();
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : ranked) {
            // "evening" adds nothing beside "evening appointments" when every answer using one uses the other
            boolean inAPair = !s.term().contains(" ") && out.stream().anyMatch(p -> p.answers() == s.answers()
                    && (p.term().startsWith(s.term() + " ") || p.term().endsWith(" " + s.term())));
            if (!inAPair) {
                out.add(s);
            }
            if (out.size() == SUGGESTIONS) {
                break;
            }
        }
        return out;
    }

    // ---- changing ----

    /**
     * Creates a theme. {@code tagTerm}, when given (a suggestion's term), also tags every free-text
     * answer of the consultation that uses it, in the same transaction. Returns the theme's id.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long create(long consultationId, String name, String description, String tagTerm, String staff) {
        String slug = slug(consultationId).orElseThrow(() -> new Invalid("theme", KEYS + "not-found"));
        String cleanName = checked(consultationId, null, name, description);
        String cleanDescription = blankToNull(description);
        jdbc.sql("INSERT INTO consultation_theme (consultation_id, name, name_key, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(consultationId, cleanName, key(cleanName), cleanDescription, Utc.of(clock.instant()), staff)
                .update();
        long id = jdbc.sql("SELECT id FROM consultation_theme WHERE consultation_id = ? AND name_key = ?")
                .params(consultationId, key(cleanName)).query(Long.class).single();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.THEME_CREATED, RECORD_TYPE, Long.toString(id), slug,
                "Theme ‘" + cleanName + "’ created for the consultation " + slug));
        if (tagTerm != null && !tagTerm.isBlank()) {
            tagUsing(consultationId, id, cleanName, slug, tagTerm, staff);
        }
        return id;
    }

    /** Gives a theme a new name and description. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void rename(long consultationId, long themeId, String name, String description, String staff) {
        Theme theme = existing(consultationId, themeId);
        String cleanName = checked(consultationId, themeId, name, description);
        jdbc.sql("UPDATE consultation_theme SET name = ?, name_key = ?, description = ? WHERE id = ?")
                .params(cleanName, key(cleanName), blankToNull(description), themeId).update();
        String slug = slug(consultationId).orElseThrow();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.THEME_RENAMED, RECORD_TYPE, Long.toString(themeId), slug,
                theme.name().equals(cleanName) ? "Theme ‘" + cleanName + "’ description changed"
                        : "Theme ‘" + theme.name() + "’ renamed ‘" + cleanName + "’"));
    }

    /**
     * Merges a theme into another of the same consultation: its answers and quotes move (an answer
     * already in both is counted once), and it is deleted. Merging a theme into itself is refused.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void merge(long consultationId, long fromThemeId, Long intoThemeId, String staff) {
        Theme from = existing(consultationId, fromThemeId);
        if (intoThemeId == null) {
            throw new Invalid("into", KEYS + "into-required");
        }
        if (intoThemeId == fromThemeId) {
            throw new Invalid("into", KEYS + "merge-into-itself");
        }
        Theme into = theme(consultationId, intoThemeId).orElseThrow(() -> new Invalid("into", KEYS + "into-not-found"));
        lock(consultationId);
        jdbc.sql("""
                        INSERT IGNORE INTO consultation_theme_tag (theme_id, response_id, question_id, tagged_at, tagged_by)
                        SELECT ?, response_id, question_id, tagged_at, tagged_by FROM consultation_theme_tag WHERE theme_id = ?""")
                .params(into.id(), from.id()).update();
        // the same excerpt of the same answer is kept once
        jdbc.sql("""
                        DELETE f FROM consultation_theme_quote f JOIN consultation_theme_quote i ON i.theme_id = ?
                        AND i.response_id = f.response_id AND i.question_id = f.question_id AND i.excerpt = f.excerpt WHERE f.theme_id = ?""")
                .params(into.id(), from.id()).update();
        jdbc.sql("UPDATE consultation_theme_quote SET theme_id = ? WHERE theme_id = ?").params(into.id(), from.id()).update();
        jdbc.sql("DELETE FROM consultation_theme WHERE id = ?").param(from.id()).update();
        String slug = slug(consultationId).orElseThrow();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.THEME_MERGED, RECORD_TYPE, Long.toString(into.id()), slug,
                "Theme ‘" + from.name() + "’ (" + from.answers() + " answer(s)) merged into ‘" + into.name() + "’"));
    }

    /** Deletes a theme: its answers leave it (they are not changed) and its quotes go. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void delete(long consultationId, long themeId, String staff) {
        Theme theme = existing(consultationId, themeId);
        jdbc.sql("DELETE FROM consultation_theme WHERE id = ?").param(themeId).update();
        String slug = slug(consultationId).orElseThrow();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.THEME_DELETED, RECORD_TYPE, Long.toString(themeId), slug,
                "Theme ‘" + theme.name() + "’ deleted (" + theme.answers() + " answer(s) untagged)"));
    }

    /** Puts a response's free-text answer to a question in a theme. False when it was in it already. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public boolean tag(long themeId, String reference, long questionId, String staff) {
        Target target = target(themeId, reference, questionId);
        int added = jdbc.sql("INSERT IGNORE INTO consultation_theme_tag (theme_id, response_id, question_id, tagged_at, tagged_by) VALUES (?, ?, ?, ?, ?)")
                .params(themeId, target.responseId(), questionId, Utc.of(clock.instant()), staff).update();
        if (added > 0) {
            audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ANSWER_TAGGED, RECORD_TYPE, Long.toString(themeId), target.slug(),
                    "Answer to question " + target.questionNumber() + " of response " + target.reference() + " tagged ‘" + target.themeName() + "’"));
        }
        return added > 0;
    }

    /** Takes a response's answer out of a theme (with any quote picked from it for the theme). False when it was not in it. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public boolean untag(long themeId, String reference, long questionId, String staff) {
        Target target = target(themeId, reference, questionId);
        int removed = jdbc.sql("DELETE FROM consultation_theme_tag WHERE theme_id = ? AND response_id = ? AND question_id = ?")
                .params(themeId, target.responseId(), questionId).update();
        if (removed > 0) {
            audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ANSWER_UNTAGGED, RECORD_TYPE, Long.toString(themeId), target.slug(),
                    "Answer to question " + target.questionNumber() + " of response " + target.reference() + " no longer tagged ‘"
                            + target.themeName() + "’"));
        }
        return removed > 0;
    }

    /**
     * Picks a quote for a theme from one of its answers: the excerpt (spaces at either end left off)
     * must be part of what the person wrote, exactly, and at most {@link #QUOTE_LIMIT} characters.
     * Returns the quote's id (the same quote picked twice is kept once).
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long quote(long themeId, String reference, long questionId, String excerpt, String staff) {
        Target target = target(themeId, reference, questionId);
        boolean tagged = jdbc.sql("SELECT COUNT(*) FROM consultation_theme_tag WHERE theme_id = ? AND response_id = ? AND question_id = ?")
                .params(themeId, target.responseId(), questionId).query(Integer.class).single() > 0;
        if (!tagged) {
            throw new Invalid("excerpt", KEYS + "quote-not-in-theme");
        }
        String clean = excerpt == null ? "" : excerpt.strip();
        if (clean.isEmpty()) {
            throw new Invalid("excerpt", KEYS + "quote-required");
        }
        if (clean.codePointCount(0, clean.length()) > QUOTE_LIMIT) {
            throw new Invalid("excerpt", KEYS + "quote-too-long");
        }
        if (!target.text().contains(clean)) {
            throw new Invalid("excerpt", KEYS + "quote-not-in-answer");
        }
        Optional<Long> same = jdbc.sql("SELECT id FROM consultation_theme_quote WHERE theme_id = ? AND response_id = ? AND question_id = ? AND excerpt = ?")
                .params(themeId, target.responseId(), questionId, clean).query(Long.class).list().stream().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        jdbc.sql("INSERT INTO consultation_theme_quote (theme_id, response_id, question_id, excerpt, picked_at, picked_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(themeId, target.responseId(), questionId, clean, Utc.of(clock.instant()), staff).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.QUOTE_PICKED, RECORD_TYPE, Long.toString(themeId), target.slug(),
                "Quote picked for the theme ‘" + target.themeName() + "’ from the answer to question " + target.questionNumber()
                        + " of response " + target.reference()));
        return id;
    }

    /** Removes a quote from a theme of the consultation. False when there was no such quote. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public boolean removeQuote(long consultationId, long quoteId, String staff) {
        record Found(long themeId, String themeName, String reference) {}
        Optional<Found> found = jdbc.sql("""
                        SELECT t.id, t.name, r.reference FROM consultation_theme_quote q JOIN consultation_theme t ON t.id = q.theme_id
                        JOIN consultation_response r ON r.id = q.response_id WHERE q.id = ? AND t.consultation_id = ?""")
                .params(quoteId, consultationId)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
        if (found.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM consultation_theme_quote WHERE id = ?").param(quoteId).update();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.QUOTE_REMOVED, RECORD_TYPE, Long.toString(found.get().themeId()),
                slug(consultationId).orElseThrow(), "Quote from response " + found.get().reference() + " removed from the theme ‘"
                        + found.get().themeName() + "’"));
        return true;
    }

    // ---- for the export ----

    /**
     * The consultation's themes for the ODS export, by name: the answers and responses counted
     * among those the filter lets through ({@code filterSql} and its parameters, on a response
     * aliased {@code r}), and every quote with the number of its question.
     */
    List<ExportedTheme> exported(long consultationId, String filterSql, List<Object> filterParams, Locale language) {
        Map<Long, Question> questions = questions(consultationId, language);
        List<Object> params = new ArrayList<>(filterParams);
        params.add(0, consultationId);
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT g.theme_id, COUNT(*), COUNT(DISTINCT g.response_id) FROM consultation_theme_tag g"
                        + " JOIN consultation_theme t ON t.id = g.theme_id JOIN consultation_response r ON r.id = g.response_id"
                        + " WHERE t.consultation_id = ?" + filterSql + " GROUP BY g.theme_id")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        Map<Long, List<String[]>> quotes = new HashMap<>();
        jdbc.sql("""
                        SELECT q.theme_id, q.excerpt, q.question_id, r.reference FROM consultation_theme_quote q
                        JOIN consultation_theme t ON t.id = q.theme_id JOIN consultation_response r ON r.id = q.response_id
                        WHERE t.consultation_id = ? ORDER BY q.picked_at, q.id""")
                .param(consultationId)
                .query(rs -> {
                    Question q = questions.get(rs.getLong(3));
                    quotes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                            q == null ? "" : "Q" + q.number() + ". " + questionText(q), rs.getString(4)});
                });
        return jdbc.sql("SELECT id, name, description FROM consultation_theme WHERE consultation_id = ? ORDER BY name, id")
                .param(consultationId)
                .query((rs, n) -> {
                    int[] c = counts.getOrDefault(rs.getLong(1), new int[2]);
                    return new ExportedTheme(rs.getString(2), rs.getString(3), c[0], c[1], quotes.getOrDefault(rs.getLong(1), List.of()));
                })
                .list();
    }

    // ---- helpers ----

    private record Target(long responseId, String reference, int questionNumber, String text, String themeName, String slug) {}

    /** The answer a change is about: a free-text answer of a response to the theme's consultation. */
    private Target target(long themeId, String reference, long questionId) {
        record ThemeRow(long consultationId, String name) {}
        ThemeRow theme = jdbc.sql("SELECT consultation_id, name FROM consultation_theme WHERE id = ?").param(themeId)
                .query((rs, n) -> new ThemeRow(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new Invalid("theme", KEYS + "not-found"));
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new Invalid("theme", KEYS + "answer-not-found");
        }
        record AnswerRow(long responseId, String text) {}
        AnswerRow answer = jdbc.sql("SELECT r.id, a.text_value FROM consultation_response r"
                        + " JOIN consultation_answer a ON a.response_id = r.id JOIN question q ON q.id = a.question_id"
                        + " WHERE r.reference = ? AND r.consultation_id = ? AND a.question_id = ? AND " + FREE_TEXT + " FOR UPDATE")
                .params(reference, theme.consultationId(), questionId)
                .query((rs, n) -> new AnswerRow(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new Invalid("theme", KEYS + "answer-not-found"));
        Question question = questions(theme.consultationId(), Locale.ENGLISH).get(questionId);
        return new Target(answer.responseId(), reference, question == null ? 0 : question.number(), answer.text(), theme.name(),
                slug(theme.consultationId()).orElseThrow());
    }

    /** Tags with a theme the consultation's free-text answers that use a term, reading them as a stream. */
    private void tagUsing(long consultationId, long themeId, String themeName, String slug, String term, String staff) {
        String wanted = ThemeTerms.normalise(term);
        if (wanted.isEmpty()) {
            return;
        }
        List<long[]> matching = new ArrayList<>();
        jdbc.sql("SELECT a.response_id, a.question_id, a.text_value FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id"
                        + " JOIN question q ON q.id = a.question_id WHERE r.consultation_id = ? AND " + FREE_TEXT)
                .param(consultationId)
                .withFetchSize(500)
                .query(rs -> {
                    if (ThemeTerms.of(rs.getString(3)).contains(wanted)) {
                        matching.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                });
        LocalDateTime now = Utc.of(clock.instant());
        for (long[] answer : matching) {
            jdbc.sql("INSERT IGNORE INTO consultation_theme_tag (theme_id, response_id, question_id, tagged_at, tagged_by) VALUES (?, ?, ?, ?, ?)")
                    .params(themeId, answer[0], answer[1], now, staff).update();
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ANSWER_TAGGED, RECORD_TYPE, Long.toString(themeId), slug,
                matching.size() + " answer(s) using the suggested term tagged ‘" + themeName + "’"));
    }

    /** Checks a name and description; returns the name with its spaces tidied. */
    private String checked(long consultationId, Long themeId, String name, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            errors.put("name", KEYS + "name-required");
        } else if (clean.codePointCount(0, clean.length()) > NAME_LIMIT) {
            errors.put("name", KEYS + "name-too-long");
        } else {
            lock(consultationId);
            boolean taken = jdbc.sql("SELECT COUNT(*) FROM consultation_theme WHERE consultation_id = ? AND name_key = ? AND id <> ?")
                    .params(consultationId, key(clean), themeId == null ? -1 : themeId).query(Integer.class).single() > 0;
            if (taken) {
                errors.put("name", KEYS + "name-taken");
            }
        }
        if (description != null && description.strip().codePointCount(0, description.strip().length()) > DESCRIPTION_LIMIT) {
            errors.put("description", KEYS + "description-too-long");
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return clean;
    }

    /** Themes of one consultation change one at a time: the consultation's row is locked until the transaction ends. */
    private void lock(long consultationId) {
        jdbc.sql("SELECT id FROM consultation WHERE id = ? FOR UPDATE").param(consultationId).query(Long.class).optional();
    }

    private Theme existing(long consultationId, long themeId) {
        return theme(consultationId, themeId).orElseThrow(() -> new Invalid("theme", KEYS + "not-found"));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Optional<String> slug(long consultationId) {
        return jdbc.sql("SELECT a.slug FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE c.id = ?")
                .param(consultationId).query(String.class).optional();
    }

    private Map<Long, Question> questions(long consultationId, Locale language) {
        Map<Long, Question> out = new HashMap<>();
        jdbc.sql("SELECT questionnaire_id FROM consultation WHERE id = ?").param(consultationId).query((rs, n) -> rs.getObject(1, Long.class))
                .optional()
                .flatMap(id -> id == null ? Optional.empty() : consultations.questionnaire(id, language))
                .ifPresent(q -> q.questions().forEach(question -> out.put(question.id(), question)));
        return out;
    }

    private static String questionText(Question q) {
        LocalizedText text = q.text();
        return text == null || text.text() == null ? q.code() : text.text();
    }

    private List<Quote> quotes(long themeId, Map<Long, Question> questions) {
        return jdbc.sql("""
                        SELECT q.id, q.theme_id, q.excerpt, r.reference, q.question_id, q.picked_by, q.picked_at
                        FROM consultation_theme_quote q JOIN consultation_response r ON r.id = q.response_id
                        WHERE q.theme_id = ? ORDER BY q.picked_at, q.id""")
                .param(themeId)
                .query((rs, n) -> new Quote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        questions.containsKey(rs.getLong(5)) ? questions.get(rs.getLong(5)).number() : 0,
                        rs.getString(6), Utc.instant(rs.getObject(7, LocalDateTime.class))))
                .list();
    }
}

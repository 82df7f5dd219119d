package uk.takingpart.consultation;

import java.io.IOException;
import java.io.OutputStream;
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
import uk.takingpart.base.text.OdsWriter;

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
    private final Themes themes;

    ResponseAdministration(JdbcClient jdbc, ConsultationService consultations, AuditTrail audit, DateTexts dates, Themes themes) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
        this.dates = dates;
        this.themes = themes;
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
        return responses(consultationId, ResponseFilter.NONE, page, language);
    }

    /**
     * Page {@code page} (from 1) of the responses the filter lets through, newest first; {@code total}
     * is how many it lets through (the consultation's own count is all of them).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ResponsePage> responses(long consultationId, ResponseFilter filter, int page, Locale language) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        ConsultationSummary consultation = summaries(heads, language).getFirst();
        List<Object> params = new ArrayList<>();
        params.add(consultationId);
        String where = "WHERE r.consultation_id = ?" + filter.sql(params, dates.zone(), filteredType(filter));
        int total = filter.any()
                ? jdbc.sql("SELECT COUNT(*) FROM consultation_response r " + where).params(params).query(Integer.class).single()
                : consultation.responses();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Object> paged = new ArrayList<>(params);
        paged.add(PAGE_SIZE);
        paged.add((shown - 1) * PAGE_SIZE);
        List<ResponseRow> rows = jdbc.sql("SELECT r.reference, r.submitted_at, r.language, r.channel FROM consultation_response r "
                        + where + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, n) -> new ResponseRow(rs.getString(1), Utc.instant(rs.getObject(2, LocalDateTime.class)),
                        Locale.forLanguageTag(rs.getString(3)), rs.getString(4)))
                .list();
        return Optional.of(new ResponsePage(consultation, total, shown, pages, rows));
    }

    /** One consultation as staff list it, or empty when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ConsultationSummary> consultation(long consultationId, Locale language) {
        return summaries(heads(consultationId), language).stream().findFirst();
    }

    /** The ways a consultation's responses came ({@code online}, …), alphabetically. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<String> channels(long consultationId) {
        return jdbc.sql("SELECT DISTINCT channel FROM consultation_response WHERE consultation_id = ? ORDER BY channel")
                .param(consultationId).query(String.class).list();
    }

    /**
     * How many of the responses a filter lets through came each way (online, on paper, by phone…),
     * most first: one GROUP BY. Empty for an unknown consultation or no responses.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Map<String, Integer> channelCounts(long consultationId, ResponseFilter filter) {
        List<Object> params = new ArrayList<>();
        params.add(consultationId);
        String where = " WHERE r.consultation_id = ?" + filter.sql(params, dates.zone(), filteredType(filter));
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.channel, COUNT(*) FROM consultation_response r" + where + " GROUP BY r.channel ORDER BY COUNT(*) DESC, r.channel")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** A consultation's questions in the staff member's language (for choosing a filter), empty when it has none. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<Question> questions(long consultationId, Locale language) {
        List<Head> heads = heads(consultationId);
        return heads.isEmpty() ? List.of() : questionnaire(heads.getFirst(), language).map(Questionnaire::questions).orElse(List.of());
    }

    /** A consultation's counts per closed question, for the responses a filter lets through. */
    public record Counts(ConsultationSummary consultation, int responses, List<AnswerCounts> questions) {}

    /**
     * For each closed question (choices, scales, yes / no, grids, rankings), how many of the
     * responses the filter lets through answered it and chose each option: one query in which the
     * database groups the answers by question and distinct stored answer (never reading the
     * responses one by one), summed up per option here. Empty when there is no such consultation.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<Counts> counts(long consultationId, ResponseFilter filter, Locale language) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        ConsultationSummary consultation = summaries(heads, language).getFirst();
        List<Question> questions = questionnaire(heads.getFirst(), language).map(Questionnaire::questions).orElse(List.of())
                .stream().filter(q -> AnswerCounts.counted(q.type())).toList();
        List<Object> filterParams = new ArrayList<>();
        filterParams.add(consultationId);
        String where = " WHERE r.consultation_id = ?" + filter.sql(filterParams, dates.zone(), filteredType(filter));
        int responses = jdbc.sql("SELECT COUNT(*) FROM consultation_response r" + where).params(filterParams).query(Integer.class).single();
        if (questions.isEmpty()) {
            return Optional.of(new Counts(consultation, responses, List.of()));
        }
        // one pass over the answers: how many gave each distinct stored answer (a code, a list of codes in order,
        // or statement=point pairs) to each question; the distinct answers are few (the combinations of a
        // question's options), so each option's count, first places and average place are summed from them here
        List<Object> params = new ArrayList<>(filterParams);
        questions.forEach(q -> params.add(q.id()));
        Map<Long, QuestionType> types = new HashMap<>();
        questions.forEach(q -> types.put(q.id(), q.type()));
        Map<Long, Integer> answered = new HashMap<>();
        Map<Long, Map<String, Integer>> single = new HashMap<>();
        final class Listed {
            int count;
            int first;
            long positions;

            double averagePosition() {
                return count == 0 ? 0 : (double) positions / count;
            }
        }
        Map<Long, Map<String, Listed>> listed = new HashMap<>();
        Map<Long, Map<String, Integer>> grid = new HashMap<>();
        jdbc.sql("SELECT a.question_id, a.codes, COUNT(*) FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id"
                        + where + " AND a.question_id IN (" + QuestionnaireStore.placeholders(questions.size()) + ")"
                        + " GROUP BY a.question_id, a.codes")
                .params(params)
                .query(rs -> {
                    long question = rs.getLong(1);
                    String codes = rs.getString(2);
                    int n = rs.getInt(3);
                    answered.merge(question, n, Integer::sum);
                    if (codes == null) {
                        return;
                    }
                    switch (types.get(question)) {
                        case SINGLE_CHOICE, AGREEMENT_SCALE, YES_NO_NOT_SURE ->
                                single.computeIfAbsent(question, k -> new HashMap<>()).merge(codes, n, Integer::sum);
                        case MULTIPLE_CHOICE, RANKING -> {
                            Map<String, Listed> options = listed.computeIfAbsent(question, k -> new HashMap<>());
                            java.util.Set<String> seen = new java.util.HashSet<>();
                            String[] parts = codes.split(",");
                            for (int i = 0; i < parts.length; i++) {
                                if (parts[i].isEmpty() || !seen.add(parts[i])) {
                                    continue;
                                }
                                Listed l = options.computeIfAbsent(parts[i], k -> new Listed());
                                l.count += n;
                                l.positions += (long) (i + 1) * n;
                                if (i == 0) {
                                    l.first += n;
                                }
                            }
                        }
                        case AGREEMENT_GRID -> {
                            Map<String, Integer> points = grid.computeIfAbsent(question, k -> new HashMap<>());
                            java.util.Set<String> statements = new java.util.HashSet<>();
                            for (String pair : codes.split(",")) {
                                int equals = pair.indexOf('=');
                                // a statement answered twice counts by its first point, as the answer reads
                                if (equals > 0 && statements.add(pair.substring(0, equals))) {
                                    points.merge(pair, n, Integer::sum);
                                }
                            }
                        }
                        default -> { }
                    }
                });

        List<AnswerCounts> counts = new ArrayList<>();
        for (Question q : questions) {
            List<AnswerCounts.Tally> tallies = new ArrayList<>();
            switch (q.type()) {
                case SINGLE_CHOICE, AGREEMENT_SCALE, YES_NO_NOT_SURE -> {
                    Map<String, Integer> found = new LinkedHashMap<>(single.getOrDefault(q.id(), Map.of()));
                    List<String> codes = new ArrayList<>(q.type().fixedValues() != null ? q.type().fixedValues()
                            : q.options().stream().map(QuestionOption::code).toList());
                    if (q.type() == QuestionType.SINGLE_CHOICE && (q.otherAllowed() || found.containsKey(QuestionType.OTHER))
                            && !codes.contains(QuestionType.OTHER)) {
                        codes.add(QuestionType.OTHER);
                    }
                    found.keySet().stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
                    codes.forEach(c -> tallies.add(new AnswerCounts.Tally(null, c, found.getOrDefault(c, 0), null)));
                }
                case MULTIPLE_CHOICE, RANKING -> {
                    Map<String, Listed> found = listed.getOrDefault(q.id(), Map.of());
                    for (QuestionOption o : q.options()) {
                        Listed l = found.get(o.code());
                        if (q.type() == QuestionType.RANKING) {
                            tallies.add(new AnswerCounts.Tally(null, o.code(), l == null ? 0 : l.first, l == null ? null : l.averagePosition()));
                        } else {
                            tallies.add(new AnswerCounts.Tally(null, o.code(), l == null ? 0 : l.count, null));
                        }
                    }
                }
                case AGREEMENT_GRID -> {
                    Map<String, Integer> found = grid.getOrDefault(q.id(), Map.of());
                    for (QuestionOption o : q.options()) {
                        for (String point : QuestionType.AGREEMENT_POINTS) {
                            tallies.add(new AnswerCounts.Tally(o.code(), point, found.getOrDefault(o.code() + "=" + point, 0), null));
                        }
                    }
                }
                default -> throw new IllegalStateException("Not counted: " + q.type());
            }
            counts.add(new AnswerCounts(q, answered.getOrDefault(q.id(), 0), tallies));
        }
        return Optional.of(new Counts(consultation, responses, counts));
    }

    /** The type of the question a filter's answer is to (null when it filters on no answer or the question is unknown). */
    private QuestionType filteredType(ResponseFilter filter) {
        if (filter.questionId() == null) {
            return null;
        }
        return jdbc.sql("SELECT type FROM question WHERE id = ?").param(filter.questionId()).query(String.class).optional()
                .map(QuestionType::valueOf).orElse(null);
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
        return exportCsv(consultationId, ResponseFilter.NONE, out, englishWords, staff);
    }

    /** As {@link #exportCsv(long, Writer, Function, String)}, only the responses the filter lets through. */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public boolean exportCsv(long consultationId, ResponseFilter filter, Writer out, Function<String, String> englishWords, String staff) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return false;
        }
        Head head = heads.getFirst();
        List<Question> questions = questionnaire(head, Locale.ENGLISH).map(Questionnaire::questions).orElse(List.of());
        ZoneId zone = dates.zone();
        int written;
        try {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("reference", "submitted_at", "language", "channel"));
            // Equality monitoring answers are never part of this export: they are kept apart and reported on their own.
            questions.forEach(q -> header.add("Q" + q.number() + ". " + questionText(q)));
            Csv.row(out, header.toArray(String[]::new));
            written = eachResponse(consultationId, filter, questions, englishWords, row -> {
                List<String> cells = new ArrayList<>(List.of(row.reference(), CSV_TIME.format(row.submittedAt().atZone(zone)),
                        row.language(), row.channel()));
                questions.forEach(q -> cells.add(row.answers().get(q.id())));
                try {
                    Csv.row(out, cells.toArray(String[]::new));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.RESPONSES_EXPORTED, CONSULTATION_RECORD, Long.toString(consultationId),
                head.slug(), "Responses to the consultation " + head.slug() + " downloaded as CSV (" + written + " response(s)"
                        + (filter.any() ? ", filtered: " + filter.parameters() : "") + ")"));
        return true;
    }

    /** The translation keys {@link #exportOds} asks its words function for (so a view can look them up in advance). */
    public static List<String> exportKeys() {
        List<String> keys = new ArrayList<>(AnswerWords.fixedKeys());
        for (String k : List.of("sheet.responses", "sheet.counts", "sheet.themes", "reference", "submitted", "language", "channel",
                "responding-as", "organisation", "supported", "supported-by", "supported-how", "question", "option", "statement",
                "count", "percentage", "answered", "average-position", "first-choices", "theme", "themes-none", "yes", "no",
                "theme-description", "theme-answers", "quote", "quote-question")) {
            keys.add("consultation.staff.export." + k);
        }
        keys.add("consultation.about.as." + Respondent.SELF);
        keys.add("consultation.about.as." + Respondent.ORGANISATION);
        Respondent.SUPPORTERS.forEach(c -> keys.add("consultation.about.by." + c));
        Respondent.SUPPORT_KINDS.forEach(c -> keys.add("consultation.about.how-helped." + c));
        return keys;
    }

    /**
     * Writes a consultation's responses (those the filter lets through) as an OpenDocument
     * spreadsheet, in English: a sheet of responses (one row each, oldest first, one column per
     * question, answers in words), a sheet of counts per closed question, and a sheet of themes (each
     * with how many of these responses and answers are in it, its description and its quotes).
     * Rows are streamed as they are read, never held together. Names and email addresses are not
     * included (staff read them on the response's page), nor any equality monitoring answer. The
     * download is recorded in the audit trail. False when there is no such consultation.
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public boolean exportOds(long consultationId, ResponseFilter filter, OutputStream out, Function<String, String> englishWords, String staff) {
        List<Head> heads = heads(consultationId);
        if (heads.isEmpty()) {
            return false;
        }
        Head head = heads.getFirst();
        List<Question> questions = questionnaire(head, Locale.ENGLISH).map(Questionnaire::questions).orElse(List.of());
        Function<String, String> t = englishWords;
        Function<String, String> e = key -> englishWords.apply("consultation.staff.export." + key);
        ZoneId zone = dates.zone();
        int written;
        try (OdsWriter ods = new OdsWriter(out)) {
            ods.sheet(e.apply("sheet.responses"));
            List<String> header = new ArrayList<>(List.of(e.apply("reference"), e.apply("submitted"), e.apply("language"), e.apply("channel"),
                    e.apply("responding-as"), e.apply("organisation"), e.apply("supported"), e.apply("supported-by"), e.apply("supported-how")));
            questions.forEach(q -> header.add("Q" + q.number() + ". " + questionText(q)));
            ods.headings(header);
            written = eachResponse(consultationId, filter, questions, englishWords, row -> {
                List<Object> cells = new ArrayList<>(List.of(row.reference(), row.submittedAt().atZone(zone).toLocalDateTime(),
                        row.language(), row.channel()));
                cells.add(row.respondingAs() == null ? null : t.apply("consultation.about.as." + row.respondingAs()));
                cells.add(row.organisation());
                cells.add(row.supported() == null ? null : e.apply(row.supported() ? "yes" : "no"));
                cells.add(words(row.supportBy(), "consultation.about.by.", t));
                cells.add(words(row.supportHow(), "consultation.about.how-helped.", t));
                questions.forEach(q -> cells.add(row.answers().get(q.id())));
                ods.row(cells);
            });

            ods.sheet(e.apply("sheet.counts"));
            ods.headings(List.of(e.apply("question"), e.apply("statement"), e.apply("option"), e.apply("count"), e.apply("percentage"),
                    e.apply("answered"), e.apply("average-position")));
            Counts counts = counts(consultationId, filter, Locale.ENGLISH).orElseThrow();
            for (AnswerCounts question : counts.questions()) {
                Question q = question.question();
                for (AnswerCounts.Tally tally : question.tallies()) {
                    ods.row("Q" + q.number() + ". " + questionText(q),
                            tally.statement() == null ? null : AnswerWords.choiceText(q, tally.statement(), t),
                            tallyText(q, tally, t), tally.count(), new OdsWriter.Percent(question.share(tally)), question.base(tally),
                            tally.averagePosition() == null ? null : Math.round(tally.averagePosition() * 100) / 100.0);
                }
            }

            ods.sheet(e.apply("sheet.themes"));
            ods.headings(List.of(e.apply("theme"), e.apply("count"), e.apply("theme-answers"), e.apply("theme-description"),
                    e.apply("quote"), e.apply("quote-question"), e.apply("reference")));
            List<Object> themeParams = new ArrayList<>();
            String themeWhere = filter.sql(themeParams, zone, filteredType(filter));
            List<Themes.ExportedTheme> exported = themes.exported(consultationId, themeWhere, themeParams, Locale.ENGLISH);
            if (exported.isEmpty()) {
                ods.row(e.apply("themes-none"));
            }
            // a theme's first row has its counts and first quote; each further quote is a row of its own, named by the theme
            for (Themes.ExportedTheme theme : exported) {
                if (theme.quotes().isEmpty()) {
                    ods.row(theme.name(), theme.responses(), theme.answers(), theme.description());
                }
                for (int i = 0; i < theme.quotes().size(); i++) {
                    String[] quote = theme.quotes().get(i);
                    ods.row(theme.name(), i == 0 ? theme.responses() : null, i == 0 ? theme.answers() : null,
                            i == 0 ? theme.description() : null, quote[0], quote[1], quote[2]);
                }
            }
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.RESPONSES_EXPORTED, CONSULTATION_RECORD, Long.toString(consultationId),
                head.slug(), "Responses to the consultation " + head.slug() + " downloaded as ODS (" + written + " response(s)"
                        + (filter.any() ? ", filtered: " + filter.parameters() : "") + ")"));
        return true;
    }

    /** The words for a tally's choice: a scale point for a grid, "Other" for other, else the option or fixed value. */
    public static String tallyText(Question question, AnswerCounts.Tally tally, Function<String, String> t) {
        if (tally.statement() != null) {
            return t.apply("consultation.question.scale." + tally.code());
        }
        if (QuestionType.OTHER.equals(tally.code()) && question.type() == QuestionType.SINGLE_CHOICE) {
            return t.apply("consultation.question.other");
        }
        return AnswerWords.choiceText(question, tally.code(), t);
    }

    private static String words(String codes, String prefix, Function<String, String> t) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(codes.split(",")).map(c -> t.apply(prefix + c)).collect(java.util.stream.Collectors.joining("; "));
    }

    private static String questionText(Question q) {
        return q.text() == null || q.text().text() == null ? q.code() : q.text().text();
    }

    /** One response as exported: its facts and each answer in English words, by question id. */
    private record ExportRow(long id, String reference, Instant submittedAt, String language, String channel, String respondingAs,
                             String organisation, Boolean supported, String supportBy, String supportHow, Map<Long, String> answers) {}

    /**
     * Reads the responses the filter lets through, oldest first, with their answers in one query
     * streamed a few hundred rows at a time, and hands each response to {@code each} as soon as its
     * answers are read: one response is held at a time. Returns how many there were.
     */
    private int eachResponse(long consultationId, ResponseFilter filter, List<Question> questions, Function<String, String> englishWords,
                             java.util.function.Consumer<ExportRow> each) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<Object> params = new ArrayList<>();
        params.add(consultationId);
        String where = filter.sql(params, dates.zone(), filteredType(filter));
        int[] written = {0};
        ExportRow[] current = {null};
        jdbc.sql("""
                        SELECT r.id, r.reference, r.submitted_at, r.language, r.channel,
                               a.question_id, a.codes, a.text_value, a.number_value, a.date_value,
                               r.responding_as, r.organisation_name, r.supported, r.support_by, r.support_how
                        FROM consultation_response r LEFT JOIN consultation_answer a ON a.response_id = r.id
                        WHERE r.consultation_id = ?""" + where + " ORDER BY r.submitted_at, r.id")
                .params(params)
                .withFetchSize(500)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (current[0] == null || current[0].id() != id) {
                        if (current[0] != null) {
                            each.accept(current[0]);
                            written[0]++;
                        }
                        Object supported = rs.getObject(13);
                        current[0] = new ExportRow(id, rs.getString(2), Utc.instant(rs.getObject(3, LocalDateTime.class)), rs.getString(4),
                                rs.getString(5), rs.getString(11), rs.getString(12), supported == null ? null : rs.getBoolean(13),
                                rs.getString(14), rs.getString(15), new HashMap<>());
                    }
                    if (rs.getObject(6) != null) {
                        Question question = byId.get(rs.getLong(6));
                        if (question != null) {
                            var stored = new ConsultationResponses.StoredAnswer(rs.getLong(6), rs.getString(7), rs.getString(8),
                                    rs.getObject(9) == null ? null : rs.getLong(9), rs.getObject(10, LocalDate.class));
                            current[0].answers().put(question.id(),
                                    AnswerWords.plain(question, ConsultationResponses.answer(question, stored), Locale.ENGLISH, englishWords));
                        }
                    }
                });
        if (current[0] != null) {
            each.accept(current[0]);
            written[0]++;
        }
        return written[0];
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

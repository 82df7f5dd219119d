package uk.takingpart.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a consultation's responses staff want to see, count or download: how they came
 * ({@code channel}), an answer to one closed question (the question's id and an option code, a
 * scale point, yes / no / not sure, a grid's {@code statement=point}, or a ranking's first choice),
 * sent from and to a day (both included, in the site's time zone), and whether the person responded
 * for themselves or for an organisation, and a theme (one of the response's free-text answers is
 * in it). Null is "any". It travels in the page's address as query
 * parameters ({@link #parameters()}, {@link #parse}), so a filtered list can be bookmarked.
 */
public record ResponseFilter(String channel, Long questionId, String answer, LocalDate from, LocalDate to, String respondingAs,
                             Long themeId) {
    public static final ResponseFilter NONE = new ResponseFilter(null, null, null, null, null, null, null);
    private static final Pattern THEME = Pattern.compile("[0-9]{1,18}");

    /** A filter with no theme. */
    public ResponseFilter(String channel, Long questionId, String answer, LocalDate from, LocalDate to, String respondingAs) {
        this(channel, questionId, answer, from, to, respondingAs, null);
    }
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9=_-]{0,120}");
    private static final Pattern ANSWER = Pattern.compile("([0-9]{1,18}):(" + CODE.pattern() + ")");

    /** A filter read from the address, and what was wrong with it (by parameter, as translation keys). */
    public record Parsed(ResponseFilter filter, Map<String, String> problems) {}

    /** What the query parameters say; anything unreadable is left out of the filter and named in the problems. */
    public static Parsed parse(Map<String, List<String>> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        String channel = single(parameters, "channel").filter(CODE.asMatchPredicate()).orElse(null);
        Long question = null;
        String answer = null;
        Optional<String> given = single(parameters, "answer");
        if (given.isPresent()) {
            Matcher m = ANSWER.matcher(given.get());
            if (m.matches()) {
                question = Long.valueOf(m.group(1));
                answer = m.group(2);
            }
        }
        LocalDate from = date(parameters, "from", problems);
        LocalDate to = date(parameters, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "consultation.staff.filters.error.to-before-from");
            to = null;
        }
        String as = single(parameters, "as").filter(a -> a.equals(Respondent.SELF) || a.equals(Respondent.ORGANISATION)).orElse(null);
        Long theme = single(parameters, "theme").filter(THEME.asMatchPredicate()).map(Long::valueOf).orElse(null);
        return new Parsed(new ResponseFilter(channel, question, answer, from, to, as, theme), problems);
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()
                ? Optional.empty() : Optional.of(values.getFirst().strip());
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name, Map<String, String> problems) {
        Optional<String> value = single(parameters, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.get().length() != 10) {
                throw new DateTimeParseException("not yyyy-mm-dd", value.get(), 0);
            }
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            problems.put(name, "consultation.staff.filters.error." + name + "-invalid");
            return null;
        }
    }

    /** Whether anything is filtered. */
    public boolean any() {
        return !equals(NONE);
    }

    /** The query parameters that say this filter, in a stable order (empty ones left out). */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (channel != null) {
            out.put("channel", channel);
        }
        if (questionId != null && answer != null) {
            out.put("answer", questionId + ":" + answer);
        }
        if (from != null) {
            out.put("from", from.toString());
        }
        if (to != null) {
            out.put("to", to.toString());
        }
        if (respondingAs != null) {
            out.put("as", respondingAs);
        }
        if (themeId != null) {
            out.put("theme", themeId.toString());
        }
        return out;
    }

    /**
     * The SQL condition on a response aliased {@code r} (starting with " AND", or empty), its
     * parameters added to {@code params}. {@code filteredType} is the type of the question answered
     * (a ranking matches its first choice; anything else any of its codes).
     */
    String sql(List<Object> params, ZoneId zone, QuestionType filteredType) {
        StringBuilder sql = new StringBuilder();
        if (channel != null) {
            sql.append(" AND r.channel = ?");
            params.add(channel);
        }
        if (questionId != null && answer != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM consultation_answer fa WHERE fa.response_id = r.id AND fa.question_id = ? AND ")
                    .append(filteredType == QuestionType.RANKING ? "SUBSTRING_INDEX(fa.codes, ',', 1) = ?" : "FIND_IN_SET(?, fa.codes) > 0")
                    .append(")");
            params.add(questionId);
            params.add(answer);
        }
        if (from != null) {
            sql.append(" AND r.submitted_at >= ?");
            params.add(Utc.of(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            sql.append(" AND r.submitted_at < ?");
            params.add(Utc.of(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (respondingAs != null) {
            sql.append(" AND r.responding_as = ?");
            params.add(respondingAs);
        }
        if (themeId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM consultation_theme_tag ft WHERE ft.response_id = r.id AND ft.theme_id = ?)");
            params.add(themeId);
        }
        return sql.toString();
    }
}

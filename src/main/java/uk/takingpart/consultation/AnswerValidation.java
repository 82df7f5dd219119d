package uk.takingpart.consultation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw input into an {@link Answer} or an {@link AnswerError}, one rule per question type.
 * Nothing here trusts the page: an option code the question does not have (a tampered form) is
 * an error, never an exception, and text is kept as typed, for showing as text.
 */
final class AnswerValidation {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private AnswerValidation() {}

    static Validation validate(Question question, RawAnswer raw) {
        if (raw == null || raw.isBlank()) {
            return question.optional() ? Validation.none() : Validation.error(AnswerError.of("required"));
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> single(question, raw);
            case MULTIPLE_CHOICE -> multiple(question, raw);
            case SHORT_TEXT, LONG_TEXT -> text(question, raw);
            case AGREEMENT_SCALE, YES_NO_NOT_SURE -> fixed(question, raw);
            case RANKING -> ranking(question, raw);
            case AGREEMENT_GRID -> grid(question, raw);
            case NUMBER -> number(question, raw);
            case DATE -> date(question, raw);
        };
    }

    private static Validation single(Question question, RawAnswer raw) {
        List<String> chosen = chosen(raw);
        if (chosen.isEmpty()) {
            // only "other" text typed, no choice made
            return Validation.error(AnswerError.of("required"));
        }
        if (chosen.size() > 1) {
            return Validation.error(AnswerError.of("unknown-option"));
        }
        String value = chosen.getFirst();
        if (question.otherAllowed() && QuestionType.OTHER.equals(value) && question.option(value).isEmpty()) {
            String other = clean(raw.other());
            if (other.isEmpty()) {
                return Validation.error(AnswerError.of("other-required"));
            }
            if (other.codePointCount(0, other.length()) > Question.OTHER_LIMIT) {
                return Validation.error(AnswerError.of("too-long", "max", Question.OTHER_LIMIT));
            }
            return Validation.of(new Answer.Choice(value, other));
        }
        if (question.option(value).isEmpty()) {
            return Validation.error(AnswerError.of("unknown-option"));
        }
        return Validation.of(new Answer.Choice(value, null));
    }

    private static Validation multiple(Question question, RawAnswer raw) {
        Set<String> chosen = new HashSet<>(chosen(raw));
        for (String value : chosen) {
            if (question.option(value).isEmpty()) {
                return Validation.error(AnswerError.of("unknown-option"));
            }
        }
        int min = question.minChoices() == null ? 1 : question.minChoices();
        if (chosen.isEmpty()) {
            return question.optional() ? Validation.none() : Validation.error(AnswerError.of("required"));
        }
        if (chosen.size() < min) {
            return Validation.error(AnswerError.of("too-few", "min", min));
        }
        if (question.maxChoices() != null && chosen.size() > question.maxChoices()) {
            return Validation.error(AnswerError.of("too-many", "max", question.maxChoices()));
        }
        // in the question's order, whatever order the form sent them in
        return Validation.of(new Answer.Choices(question.options().stream().map(QuestionOption::code).filter(chosen::contains).toList()));
    }

    private static Validation text(Question question, RawAnswer raw) {
        if (raw.values().size() != 1) {
            return Validation.error(AnswerError.of("unknown-option"));
        }
        String text = clean(raw.values().getFirst());
        if (text.isEmpty()) {
            return question.optional() ? Validation.none() : Validation.error(AnswerError.of("required"));
        }
        int limit = question.textLimit();
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            return Validation.error(AnswerError.of("too-long", Map.of("max", limit, "over", length - limit)));
        }
        return Validation.of(new Answer.Text(text));
    }

    private static Validation fixed(Question question, RawAnswer raw) {
        List<String> chosen = chosen(raw);
        if (chosen.size() != 1 || !question.type().fixedValues().contains(chosen.getFirst())) {
            return Validation.error(AnswerError.of(chosen.isEmpty() ? "required" : "unknown-option"));
        }
        return Validation.of(new Answer.Choice(chosen.getFirst(), null));
    }

    private static Validation ranking(Question question, RawAnswer raw) {
        if (!knownOptions(question, raw)) {
            return Validation.error(AnswerError.of("unknown-option"));
        }
        int count = question.options().size();
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        for (QuestionOption option : question.options()) {
            String given = raw.parts().get(option.code());
            if (given == null || given.isBlank()) {
                return Validation.error(AnswerError.of("ranking-incomplete"));
            }
            int position;
            try {
                position = Integer.parseInt(given.strip());
            } catch (NumberFormatException e) {
                return Validation.error(AnswerError.of("unknown-option"));
            }
            if (position < 1 || position > count) {
                return Validation.error(AnswerError.of("unknown-option"));
            }
            if (byPosition.putIfAbsent(position, option.code()) != null) {
                return Validation.error(AnswerError.of("ranking-repeated"));
            }
        }
        return Validation.of(new Answer.Ranking(new ArrayList<>(byPosition.values())));
    }

    private static Validation grid(Question question, RawAnswer raw) {
        if (!knownOptions(question, raw)) {
            return Validation.error(AnswerError.of("unknown-option"));
        }
        Map<String, String> points = new LinkedHashMap<>();
        for (QuestionOption statement : question.options()) {
            String point = raw.parts().get(statement.code());
            if (point == null || point.isBlank()) {
                return Validation.error(AnswerError.of("grid-incomplete"));
            }
            if (!QuestionType.AGREEMENT_POINTS.contains(point)) {
                return Validation.error(AnswerError.of("unknown-option"));
            }
            points.put(statement.code(), point);
        }
        return Validation.of(new Answer.Grid(points));
    }

    private static Validation number(Question question, RawAnswer raw) {
        if (raw.values().size() != 1) {
            return Validation.error(AnswerError.of("not-a-number"));
        }
        // people write 1,200 or 1 200
        String typed = raw.values().getFirst().strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (!WHOLE_NUMBER.matcher(typed).matches()) {
            return Validation.error(AnswerError.of("not-a-number"));
        }
        long value;
        try {
            value = Long.parseLong(typed);
        } catch (NumberFormatException e) {
            // a whole number too long for any count: out of range, said as the range
            value = typed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        Long min = question.minValue();
        Long max = question.maxValue();
        if ((min != null && value < min) || (max != null && value > max)) {
            if (min != null && max != null) {
                return Validation.error(AnswerError.of("number-out-of-range", Map.of("min", min, "max", max)));
            }
            return min != null
                    ? Validation.error(AnswerError.of("number-too-small", "min", min))
                    : Validation.error(AnswerError.of("number-too-large", "max", max));
        }
        return Validation.of(new Answer.Number(value));
    }

    private static Validation date(Question question, RawAnswer raw) {
        String day = part(raw, "day");
        String month = part(raw, "month");
        String year = part(raw, "year");
        if (!DAY_OR_MONTH.matcher(day).matches() || !DAY_OR_MONTH.matcher(month).matches() || !YEAR.matcher(year).matches()) {
            return Validation.error(AnswerError.of("not-a-date"));
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return Validation.error(AnswerError.of("not-a-date"));
        }
        if (question.earliestDate() != null && date.isBefore(question.earliestDate())) {
            return Validation.error(AnswerError.of("date-too-early", "date", asDate(question.earliestDate())));
        }
        if (question.latestDate() != null && date.isAfter(question.latestDate())) {
            return Validation.error(AnswerError.of("date-too-late", "date", asDate(question.latestDate())));
        }
        return Validation.of(new Answer.Date(date));
    }

    /** Midday UTC: the same calendar day in every time zone the site is shown in, for an ICU {@code {date, date, long}}. */
    private static java.util.Date asDate(LocalDate date) {
        return java.util.Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static String part(RawAnswer raw, String name) {
        String value = raw.parts().get(name);
        return value == null ? "" : value.strip();
    }

    private static boolean knownOptions(Question question, RawAnswer raw) {
        return raw.values().isEmpty() && raw.parts().keySet().stream().allMatch(code -> question.option(code).isPresent());
    }

    private static List<String> chosen(RawAnswer raw) {
        return raw.values().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Trimmed, Windows line breaks made plain, control characters other than line breaks and tabs removed. */
    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}

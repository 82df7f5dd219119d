package uk.takingpart.consultation;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.Languages;

/**
 * An answer in words, in one language: option texts instead of codes, a ranking in order
 * ("1. …"), each grid statement with its point, numbers and dates through ICU. Typed text is
 * returned as typed: it is text, and wherever it goes into markup it must be escaped. {@code t}
 * translates the fixed words (the agreement scale, yes / no / not sure, "Other").
 */
public final class AnswerWords {
    private AnswerWords() {}

    /** The answer as items: one for a single value, one per choice, place or statement otherwise. */
    public static List<String> items(Question question, Answer answer, Locale language, Function<String, String> t) {
        return switch (answer) {
            case Answer.Choice c -> List.of(QuestionType.OTHER.equals(c.value()) && c.otherText() != null
                    ? t.apply("consultation.question.other") + ": " + c.otherText() : choiceText(question, c.value(), t));
            case Answer.Choices c -> c.values().stream().map(code -> choiceText(question, code, t)).toList();
            case Answer.Text x -> List.of(x.text());
            case Answer.Ranking r -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < r.order().size(); i++) {
                    items.add(number(i + 1, language) + ". " + choiceText(question, r.order().get(i), t));
                }
                yield items;
            }
            case Answer.Grid g -> g.points().entrySet().stream()
                    .map(e -> choiceText(question, e.getKey(), t) + ": " + t.apply("consultation.question.scale." + e.getValue())).toList();
            case Answer.Number n -> List.of(number(n.value(), language));
            case Answer.Date d -> List.of(date(d.value(), language));
        };
    }

    /** The answer as one line (items separated by semicolons; typed text keeps its line breaks). */
    public static String plain(Question question, Answer answer, Locale language, Function<String, String> t) {
        return String.join("; ", items(question, answer, language, t));
    }

    /** The words for one choice: a scale point, yes / no / not sure, or the question's option (its code if it has gone). */
    public static String choiceText(Question question, String code, Function<String, String> t) {
        return switch (question.type()) {
            case AGREEMENT_SCALE -> t.apply("consultation.question.scale." + code);
            case YES_NO_NOT_SURE -> t.apply("consultation.question.yes-no." + code);
            default -> question.option(code).map(o -> text(o.text())).orElse(code);
        };
    }

    /** Every translation key {@code t} may be asked for, so a caller can look them up in advance. */
    public static List<String> fixedKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("consultation.question.other");
        QuestionType.AGREEMENT_POINTS.forEach(p -> keys.add("consultation.question.scale." + p));
        QuestionType.YES_NO_NOT_SURE_VALUES.forEach(v -> keys.add("consultation.question.yes-no." + v));
        return keys;
    }

    private static String number(long value, Locale language) {
        return NumberFormat.getIntegerInstance(Languages.formatting(language)).format(value);
    }

    private static String date(java.time.LocalDate value, Locale language) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", Languages.formatting(language));
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(java.util.Date.from(value.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static String text(LocalizedText text) {
        return text == null || text.text() == null ? "" : text.text();
    }
}

package uk.takingpart.consultation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** An answer as one line of plain text in a language (the closed page, the email copy of a response). */
public final class AnswerTexts {
    private AnswerTexts() {}

    public static String plain(Question question, Answer answer, Locale locale, Function<String, String> t) {
        return switch (answer) {
            case Answer.Choice c -> QuestionType.OTHER.equals(c.value()) && c.otherText() != null
                    ? t.apply("consultation.question.other") + ": " + c.otherText() : choiceText(question, c.value(), t);
            case Answer.Choices c -> String.join("; ", c.values().stream().map(code -> choiceText(question, code, t)).toList());
            case Answer.Text x -> x.text();
            case Answer.Ranking r -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < r.order().size(); i++) {
                    items.add((i + 1) + ". " + choiceText(question, r.order().get(i), t));
                }
                yield String.join("; ", items);
            }
            case Answer.Grid g -> String.join("; ", g.points().entrySet().stream()
                    .map(e -> choiceText(question, e.getKey(), t) + ": " + t.apply("consultation.question.scale." + e.getValue())).toList());
            case Answer.Number n -> String.valueOf(n.value());
            case Answer.Date d -> d.value().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        };
    }

    public static String choiceText(Question question, String code, Function<String, String> t) {
        return switch (question.type()) {
            case AGREEMENT_SCALE -> t.apply("consultation.question.scale." + code);
            case YES_NO_NOT_SURE -> t.apply("consultation.question.yes-no." + code);
            default -> question.option(code).map(o -> o.text() == null ? "" : o.text().text()).orElse(code);
        };
    }
}

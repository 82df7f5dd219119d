package uk.takingpart.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.takingpart.activity.LocalizedText;

/**
 * One question, in one language. {@code id} and {@code code} (stable within the questionnaire)
 * identify it for answers; {@code number} is its place in the whole questionnaire, from 1.
 * Limits that do not apply to the type are null.
 */
public record Question(long id, String code, int number, QuestionType type, LocalizedText text, LocalizedText help,
                       boolean optional, boolean otherAllowed, Integer minChoices, Integer maxChoices, Integer maxLength,
                       Long minValue, Long maxValue, LocalDate earliestDate, LocalDate latestDate,
                       List<QuestionOption> options, Condition shownIf) {
    public static final int SHORT_TEXT_LIMIT = 200;
    public static final int LONG_TEXT_LIMIT = 2000;
    /** The length of the text of "Other, please say". */
    public static final int OTHER_LIMIT = 200;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The longest text accepted: the question's own limit, or the type's. */
    public int textLimit() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == QuestionType.LONG_TEXT ? LONG_TEXT_LIMIT : SHORT_TEXT_LIMIT;
    }

    public Optional<QuestionOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Turns what a person typed or chose into an answer, or an error to show beside the question. */
    public Validation validate(RawAnswer raw) {
        return AnswerValidation.validate(this, raw);
    }
}

package uk.takingpart.consultation;

import uk.takingpart.activity.CodeKeys;

/**
 * The kinds of question a questionnaire can ask. Translation keys: {@code consultation.question.type.<key>}.
 * What each answer holds is {@link Answer}; how raw input becomes one is {@link AnswerValidation}.
 */
public enum QuestionType {
    /** Radios; optionally "Other, please say" with a text. */
    SINGLE_CHOICE,
    /** Checkboxes, with an optional minimum and maximum number of choices. */
    MULTIPLE_CHOICE,
    /** One line of text (200 characters unless the question says otherwise). */
    SHORT_TEXT,
    /** A paragraph, with a length limit (2,000 characters unless the question says otherwise). */
    LONG_TEXT,
    /** Strongly agree to strongly disagree, plus "Don't know" ({@link #AGREEMENT_POINTS}). */
    AGREEMENT_SCALE,
    /** Yes, no or not sure ({@link #YES_NO_NOT_SURE_VALUES}). */
    YES_NO_NOT_SURE,
    /** Every option given a different position, 1 first (chosen, never dragged only). */
    RANKING,
    /** Statements (the question's options), each answered on the one agreement scale. */
    AGREEMENT_GRID,
    /** A whole number, with an optional minimum and maximum. */
    NUMBER,
    /** A day, month and year (the GOV.UK date input), optionally between two dates. */
    DATE;

    /** The agreement scale's points, in order; their keys are {@code consultation.question.scale.<point>}. */
    public static final java.util.List<String> AGREEMENT_POINTS = java.util.List.of(
            "strongly-agree", "agree", "neither", "disagree", "strongly-disagree", "dont-know");

    /** Yes / no / not sure; keys {@code consultation.question.yes-no.<value>}. */
    public static final java.util.List<String> YES_NO_NOT_SURE_VALUES = java.util.List.of("yes", "no", "not-sure");

    /** The value a single choice takes when the person chose "Other, please say". */
    public static final String OTHER = "other";

    public String key() { return CodeKeys.key(name()); }

    /** Whether the question's options are stored with it (choices, ranking, grid statements). */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING || this == AGREEMENT_GRID;
    }

    /** The fixed values an answer of this type takes, or null when they are the question's own options. */
    public java.util.List<String> fixedValues() {
        return switch (this) {
            case AGREEMENT_SCALE, AGREEMENT_GRID -> AGREEMENT_POINTS;
            case YES_NO_NOT_SURE -> YES_NO_NOT_SURE_VALUES;
            default -> null;
        };
    }
}

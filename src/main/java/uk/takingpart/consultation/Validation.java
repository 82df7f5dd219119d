package uk.takingpart.consultation;

/**
 * The outcome of checking one raw answer: an answer, an error, or neither (an optional question
 * left blank).
 */
public record Validation(Answer answer, AnswerError error) {
    static Validation of(Answer answer) { return new Validation(answer, null); }

    static Validation error(AnswerError error) { return new Validation(null, error); }

    static Validation none() { return new Validation(null, null); }

    public boolean valid() { return error == null; }

    public boolean skipped() { return error == null && answer == null; }
}

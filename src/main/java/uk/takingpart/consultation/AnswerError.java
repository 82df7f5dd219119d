package uk.takingpart.consultation;

import java.util.Map;

/**
 * Why an answer was not accepted: a translation key under {@code consultation.answer.error.} and
 * the values its message needs ({@code max}, {@code min}, {@code count}).
 */
public record AnswerError(String key, Map<String, Object> arguments) {
    public AnswerError {
        arguments = Map.copyOf(arguments);
    }

    static AnswerError of(String name) {
        return new AnswerError("consultation.answer.error." + name, Map.of());
    }

    static AnswerError of(String name, String argument, Object value) {
        return new AnswerError("consultation.answer.error." + name, Map.of(argument, value));
    }

    static AnswerError of(String name, Map<String, Object> arguments) {
        return new AnswerError("consultation.answer.error." + name, arguments);
    }
}

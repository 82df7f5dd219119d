package uk.takingpart.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A valid answer to one question, as {@link AnswerValidation} makes it from what a person typed
 * or chose. Choices are the codes of the question's options ({@link QuestionOption#code()}) or of
 * the fixed scale values, so an answer stays meaningful whatever language it was given in.
 */
public sealed interface Answer {
    /** Whether this answer includes a value, for "show this question only when …". */
    boolean includes(String value);

    /** One choice: a single-choice option (or {@code other} with {@code otherText}), a scale point or yes / no / not sure. */
    record Choice(String value, String otherText) implements Answer {
        public boolean includes(String v) { return value.equals(v); }
    }

    /** Several choices, in the question's order. */
    record Choices(List<String> values) implements Answer {
        public Choices { values = List.copyOf(values); }
        public boolean includes(String v) { return values.contains(v); }
    }

    /** Text as typed, trimmed, line breaks as {@code \n}: always shown as text, never as markup. */
    record Text(String text) implements Answer {
        public boolean includes(String v) { return false; }
    }

    /** The options, first choice first. */
    record Ranking(List<String> order) implements Answer {
        public Ranking { order = List.copyOf(order); }
        public boolean includes(String v) { return !order.isEmpty() && order.getFirst().equals(v); }
    }

    /** Each statement's code mapped to its scale point, in the question's order. */
    record Grid(Map<String, String> points) implements Answer {
        public Grid { points = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points)); }
        public boolean includes(String v) { return points.containsValue(v); }
    }

    record Number(long value) implements Answer {
        public boolean includes(String v) { return Long.toString(value).equals(v); }
    }

    record Date(LocalDate value) implements Answer {
        public boolean includes(String v) { return value.toString().equals(v); }
    }
}

package uk.takingpart.consultation;

import java.util.List;
import java.util.Map;

/**
 * What a person typed or chose for one question, before it is checked: {@code values} for choices
 * and typed text (one value), {@code parts} for the pieces of a ranking (option code to position),
 * a grid (statement code to scale point) or a date ({@code day}, {@code month}, {@code year}), and
 * {@code other} for the text of "Other, please say".
 */
public record RawAnswer(List<String> values, Map<String, String> parts, String other) {
    public RawAnswer {
        values = values == null ? List.of() : values.stream().filter(v -> v != null).toList();
        parts = parts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }

    public static RawAnswer text(String typed) {
        return new RawAnswer(typed == null ? List.of() : List.of(typed), null, null);
    }

    public static RawAnswer choice(String value) {
        return text(value);
    }

    public static RawAnswer choice(String value, String other) {
        return new RawAnswer(value == null ? List.of() : List.of(value), null, other);
    }

    public static RawAnswer choices(List<String> values) {
        return new RawAnswer(values, null, null);
    }

    public static RawAnswer parts(Map<String, String> parts) {
        return new RawAnswer(null, parts, null);
    }

    public static RawAnswer date(String day, String month, String year) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("day", day);
        parts.put("month", month);
        parts.put("year", year);
        return parts(parts);
    }

    /** Nothing typed or chosen at all. */
    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank)
                && parts.values().stream().allMatch(v -> v == null || v.isBlank())
                && (other == null || other.isBlank());
    }
}

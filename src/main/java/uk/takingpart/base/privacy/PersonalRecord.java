package uk.takingpart.base.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing held about a person (a booking, a response), as a copy for them: {@code reference}
 * names it for staff and the person, {@code at} is when it was made, and {@code fields} holds
 * every stored value by a plain, language-neutral column name, in order (empty values left out).
 */
public record PersonalRecord(String kind, String reference, Instant at, Map<String, String> fields) {
    public PersonalRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        fields = Collections.unmodifiableMap(kept);
    }
}

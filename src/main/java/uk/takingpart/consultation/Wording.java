package uk.takingpart.consultation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff-written words for one thing (a question, an option, a document), by field and language
 * tag: {@code new Wording().put("text", "en", "…").put("text", "cy", "…")}. Stored one row per
 * field and language, so any number of languages fit without a schema change.
 */
public final class Wording {
    private final Map<String, Map<String, String>> byField = new LinkedHashMap<>();

    public Wording put(String field, String language, String value) {
        if (value != null && !value.isBlank()) {
            byField.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(language, value);
        }
        return this;
    }

    /** English and Welsh at once, the two languages the site starts with. */
    public Wording bilingual(String field, String english, String welsh) {
        return put(field, "en", english).put(field, "cy", welsh);
    }

    /** field → language → value */
    public Map<String, Map<String, String>> asMap() {
        return byField;
    }
}

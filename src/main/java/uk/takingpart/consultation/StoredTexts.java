package uk.takingpart.consultation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.LocalizedText;

/**
 * Rows of a text table (owner kind, owner id, field, language, value) read for one page: each
 * field in the page's language, else in English marked as a fallback (shown {@code lang="en"}
 * with a notice), else empty.
 */
final class StoredTexts {
    private static final String ENGLISH = "en";
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Locale language;

    StoredTexts(Locale language) {
        this.language = language;
    }

    void add(String ownerKind, long ownerId, String field, String languageTag, String value) {
        values.computeIfAbsent(key(ownerKind, ownerId, field), k -> new HashMap<>()).put(languageTag, value);
    }

    LocalizedText get(String ownerKind, long ownerId, String field) {
        Map<String, String> byLanguage = values.getOrDefault(key(ownerKind, ownerId, field), Map.of());
        String own = byLanguage.get(language.toLanguageTag());
        if (own == null) {
            own = byLanguage.get(language.getLanguage());
        }
        if (own != null && !own.isBlank()) {
            return new LocalizedText(own, language, false);
        }
        String english = byLanguage.get(ENGLISH);
        if (english != null && !english.isBlank()) {
            return new LocalizedText(english, Locale.ENGLISH, !ENGLISH.equals(language.getLanguage()));
        }
        return new LocalizedText(null, language, false);
    }

    /** The language tags a page may read: its own (and its bare language) and English. */
    static java.util.List<String> tags(Locale language) {
        return java.util.stream.Stream.of(language.toLanguageTag(), language.getLanguage(), ENGLISH).distinct().toList();
    }

    private static String key(String ownerKind, long ownerId, String field) {
        return ownerKind + '\u0000' + ownerId + '\u0000' + field;
    }
}

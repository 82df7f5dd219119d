package uk.takingpart.activity;

import java.util.Locale;

/**
 * Staff-written text in the language it is actually in. {@code fallback} is true when the page's
 * language had none and the English shows instead: views mark it {@code lang="en"} and say so.
 */
public record LocalizedText(String text, Locale language, boolean fallback) {
    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}

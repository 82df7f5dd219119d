package uk.takingpart.booking;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Access and communication needs: the ones we ask about, an interpreter's language, and anything else. */
public record Needs(Set<AccessNeed> needs, String interpreterLanguage, String other) {
    static final int MAX_OTHER = 2000;
    static final int MAX_LANGUAGE = 100;

    public static final Needs NONE = new Needs(Set.of(), null, null);

    public Needs {
        needs = needs == null || needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        interpreterLanguage = needs.contains(AccessNeed.SPOKEN_INTERPRETER) ? trim(interpreterLanguage) : null;
        other = trim(other);
    }

    public boolean any() {
        return !needs.isEmpty() || other != null;
    }

    /** Problems by field name ({@code interpreter-language}, {@code other-needs}), as translation keys. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (needs.contains(AccessNeed.SPOKEN_INTERPRETER) && interpreterLanguage == null) {
            problems.put("interpreter-language", "booking.error.interpreter-language.required");
        } else if (interpreterLanguage != null && interpreterLanguage.length() > MAX_LANGUAGE) {
            problems.put("interpreter-language", "booking.error.interpreter-language.too-long");
        }
        if (other != null && other.length() > MAX_OTHER) {
            problems.put("other-needs", "booking.error.other-needs.too-long");
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package uk.takingpart.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "About you", every part optional: a name and email address (none when responding anonymously),
 * whether the person responds for themselves or for an organisation (then its name is needed),
 * and whether someone helped them respond: who and how, as language-neutral codes.
 *
 * @param respondingAs {@link #SELF}, {@link #ORGANISATION} or null (not said)
 * @param supported true when someone helped, false when not, null when not said
 */
public record Respondent(String name, String email, String respondingAs, String organisation, Boolean supported,
                         List<String> supportBy, List<String> supportHow) {
    public static final String SELF = "self";
    public static final String ORGANISATION = "organisation";
    public static final List<String> SUPPORTERS = List.of("family", "carer", "advocate", "support-worker", "staff", "other");
    public static final List<String> SUPPORT_KINDS = List.of("wrote-answers", "read-questions", "interpreted", "easy-read", "other");
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;
    /** Nothing said about the person. */
    public static final Respondent NONE = new Respondent(null, null, null, null, null, List.of(), List.of());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Tidies what was typed (trimmed, blank is none); who and how helped only when someone helped. */
    public Respondent {
        name = trim(name);
        email = trim(email);
        organisation = ORGANISATION.equals(respondingAs) ? trim(organisation) : null;
        if (respondingAs != null && !SELF.equals(respondingAs) && !ORGANISATION.equals(respondingAs)) {
            respondingAs = null;
        }
        boolean helped = Boolean.TRUE.equals(supported);
        supportBy = helped && supportBy != null ? supportBy.stream().filter(SUPPORTERS::contains).distinct().toList() : List.of();
        supportHow = helped && supportHow != null ? supportHow.stream().filter(SUPPORT_KINDS::contains).distinct().toList() : List.of();
    }

    /** What is wrong, by field ({@code name}, {@code email}, {@code organisation}), as translation keys. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name != null && name.length() > MAX_NAME) {
            problems.put("name", "consultation.about.error.name.too-long");
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.put("email", "consultation.about.error.email.invalid");
        }
        if (ORGANISATION.equals(respondingAs) && organisation == null) {
            problems.put("organisation", "consultation.about.error.organisation.required");
        } else if (organisation != null && organisation.length() > MAX_NAME) {
            problems.put("organisation", "consultation.about.error.organisation.too-long");
        }
        return problems;
    }

    /** Whether someone helped the person respond: a supported response. */
    public boolean isSupported() {
        return Boolean.TRUE.equals(supported);
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}

package uk.takingpart.base.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who to look for: an email address (trimmed, compared in lower case) or a phone number (spaces,
 * dashes, dots and brackets dropped; a UK number written 07…, +44 7…, +44 (0)7… or 0044 7… is
 * the one number +447…). Exactly one of {@code email} and {@code phone} is set.
 */
public record PersonSearch(String email, String phone) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * Reads what an administrator typed; empty when it is neither an email address nor a phone
     * number (at least 10 digits).
     */
    public static Optional<PersonSearch> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.contains("@")) {
            return EMAIL.matcher(text).matches() && text.length() <= 320
                    ? Optional.of(new PersonSearch(text.toLowerCase(Locale.ROOT), null)) : Optional.empty();
        }
        return Optional.ofNullable(phone(text)).map(p -> new PersonSearch(null, p));
    }

    /** A phone number written one way (+447700900982 for a UK number), or null if this is not one. */
    public static String phone(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().replaceAll("[\\s\\-.()]", "");
        if (!s.matches("\\+?\\d{10,15}")) {
            // "+44 (0)7700 900982" has lost its brackets but keeps the 0: handled below
            return null;
        }
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        if (s.startsWith("+440")) {
            s = "+44" + s.substring(4);
        } else if (s.startsWith("0")) {
            s = "+44" + s.substring(1);
        } else if (!s.startsWith("+")) {
            s = s.startsWith("44") && s.length() == 12 ? "+" + s : "+44" + s;
        }
        return s.matches("\\+\\d{10,15}") ? s : null;
    }

    /** Whether a stored value is this person's email or phone number, however it was written. */
    public boolean matches(String stored) {
        if (stored == null || stored.isBlank()) {
            return false;
        }
        return email != null ? email.equals(stored.strip().toLowerCase(Locale.ROOT)) : phone.equals(phone(stored));
    }

    /** "email" or "phone": what was searched by, the only thing about the search the audit trail keeps. */
    public String by() {
        return email != null ? "email" : "phone";
    }
}

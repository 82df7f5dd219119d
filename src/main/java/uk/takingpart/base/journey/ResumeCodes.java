package uk.takingpart.base.journey;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Resume codes: what a person reads out or types to come back to a saved draft. Eight characters
 * from an alphabet with no look-alikes (no 0/O, 1/I/L, 5/S or 8/B), shown in two groups of four
 * ("ACDE-FG23"), stored without the hyphen. 26⁸ (about 2 × 10¹¹) codes, and guesses are rate
 * limited, so a code cannot be found by trying.
 */
public final class ResumeCodes {
    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679";
    public static final int LENGTH = 8;
    private static final SecureRandom random = new SecureRandom();

    private ResumeCodes() {}

    /**
     * What was typed, as a stored code: upper case, without spaces or hyphens; null when that is not
     * eight characters of the alphabet (so it is never looked up).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-\u2010-\u2015\u2212]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }

    /** A stored code as people see it: two groups of four, "ACDE-FG23". */
    public static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    static String newCode() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}

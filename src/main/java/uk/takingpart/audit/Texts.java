package uk.takingpart.audit;

/** Text exactly as the database will store it, so a hash computed before saving matches one computed after reading. */
final class Texts {
    private Texts() {}

    /** Replaces lone UTF-16 surrogates (which utf8mb4 cannot store) with U+FFFD. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The first {@code max} characters (code points, as MariaDB counts them). */
    static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** Blank becomes null; otherwise cleaned, and refused when longer than the column. */
    static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = clean(text);
        if (cleaned.codePointCount(0, cleaned.length()) > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters");
        }
        return cleaned;
    }
}

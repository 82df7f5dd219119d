package uk.takingpart.testing;

/**
 * What a hostile or simply unusual visitor types: markup and script, SQL metacharacters,
 * right-to-left overrides, Welsh and Arabic letters, emoji (with a zero-width joiner), control
 * characters and NUL, far too much text, and numbers no form expects. Each script here sets
 * {@code window.__pwned} if it ever runs.
 */
public final class HostileInput {
    /** Markup and script that would run or draw if a page ever put it into the DOM as HTML. */
    public static final String MARKUP = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
            + "<svg onload=window.__pwned=3></svg>\"><b onmouseover=window.__pwned=4>";
    public static final String SQL = "'; DROP TABLE booking; -- \" OR 1=1 /* \\' %_";
    public static final String LETTERS = "\u202Eevil\u202C ŵŷâ Ŵŷ Llŷr مرحبا بالعالم 🙂👩🏽‍🦯";
    /** Everything a form should store and show back exactly, as text. */
    public static final String MIXED = MARKUP + " " + SQL + " " + LETTERS + "\tend";
    /** The same with control characters and NUL, which a form may refuse or leave out. */
    public static final String WITH_CONTROLS = "\u0000" + MIXED + "\u0007\u001B[31m\u0000";
    /** Numbers beyond any column, negative, and in Arabic-Indic digits. */
    public static final String[] NUMBERS = {"99999999999999999999999", "-1", "١٢", "1e309"};

    private HostileInput() {
    }

    /** Far more text than any field holds, ending with the tag. */
    public static String overlong(String tag, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length - tag.length()) {
            out.append(MIXED).append(' ');
        }
        out.setLength(length - tag.length());
        if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out + tag;
    }

    /**
     * What a form may fairly store for what was typed: Windows line breaks made plain, control
     * characters other than line breaks and tabs left out, and the ends trimmed.
     */
    public static String cleaned(String typed) {
        String text = typed.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}

package uk.takingpart.base.ui;

/**
 * Static HTML for a public page, written as one string in which every text and attribute value
 * is escaped. A page built from a few {@link HtmlBlock}s of markup costs the server one node per
 * block instead of a component per word (STYLE.md, "A cheap public page"): less heap per visitor,
 * a smaller UIDL response (Vaadin keeps each UI's last one), less CPU per page view.
 *
 * <p>Attributes are given as name, value pairs; a null value leaves the attribute out. Only
 * {@link #trusted(String)} adds markup unescaped, for staff text already sanitised by
 * {@code StaffText}.
 */
public final class Markup {
    private final StringBuilder out = new StringBuilder(512);

    /** {@code <tag attr="value" ...>} */
    public Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    public Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attrs>text</tag>} */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link the site's router follows without a page load. */
    public Markup link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 4];
        all[0] = "href";
        all[1] = href;
        all[2] = "router-link";
        all[3] = "";
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        return element("a", text, all);
    }

    public Markup text(String text) {
        if (text != null) {
            escape(text);
        }
        return this;
    }

    /** Markup that is already safe: staff text cleaned by {@code StaffText}, never raw input. */
    public Markup trusted(String safeHtml) {
        for (int i = 0; i < safeHtml.length(); ) {
            int c = safeHtml.codePointAt(i);
            if (c > 0xFF) {
                reference(c);
            } else {
                out.append((char) c);
            }
            i += Character.charCount(c);
        }
        return this;
    }

    public boolean isEmpty() {
        return out.isEmpty();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes the markup characters, and writes every character beyond Latin-1 (’ – ŵ ŷ, emoji) as
     * a numeric reference: the browser shows the same text, and the markup stays a Latin-1 string,
     * which Java holds in one byte a character instead of two. Each visitor's page is held in the
     * server's memory, so this halves what a block costs.
     */
    private void escape(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c > 0xFF) {
                        reference(c);
                    } else {
                        out.append((char) c);
                    }
                }
            }
            i += Character.charCount(c);
        }
    }

    private void reference(int codePoint) {
        out.append("&#").append(codePoint).append(';');
    }

    /** Escapes a text for HTML (content or a quoted attribute). */
    public static String escaped(String text) {
        return new Markup().text(text).toString();
    }
}

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
        out.append(safeHtml);
        return this;
    }

    public boolean isEmpty() {
        return out.isEmpty();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** Escapes a text for HTML (content or a quoted attribute). */
    public static String escaped(String text) {
        return new Markup().text(text).toString();
    }
}

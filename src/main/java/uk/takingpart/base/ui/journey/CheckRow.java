package uk.takingpart.base.ui.journey;

import com.vaadin.flow.component.Component;
import java.util.List;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;

/**
 * A row of the check-your-answers page: a label, the answer, and a "Change" link whose hidden text
 * says what it changes. A question page's rows link back to that page (with {@code ?change});
 * other rows give their own link, or none.
 *
 * @param section translation key of the heading the row sits under
 * @param changeWhat the hidden end of the link's text ("Change <em>email address</em>"), or null for no link
 * @param changeHref where the link goes; null for the page that gave the row
 */
public record CheckRow(String section, String label, Component value, String changeWhat, String changeHref) {

    /** A row that the question page's own "Change" link changes. */
    public static CheckRow of(String section, String label, String text, String changeWhat) {
        return new CheckRow(section, label, text(text, null), changeWhat, null);
    }

    /** A row with no "Change" link. */
    public static CheckRow fixed(String section, String label, Component value) {
        return new CheckRow(section, label, value, null, null);
    }

    /** The answer as escaped text, line breaks kept as written; {@code lang} when it is in another language. */
    public static Component text(String text, String lang) {
        Markup markup = new Markup();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                markup.open("br");
            }
            markup.text(lines[i]);
        }
        return new HtmlBlock("span", markup).attribute("lang", lang);
    }

    /** Several answers (boxes ticked) as a plain list. */
    public static Component list(List<String> items) {
        Markup markup = new Markup();
        for (String item : items) {
            markup.element("li", item);
        }
        return new HtmlBlock("ul", markup).className("plain-list");
    }

    CheckRow linkedTo(String href) {
        return changeWhat == null || changeHref != null ? this : new CheckRow(section, label, value, changeWhat, href);
    }
}

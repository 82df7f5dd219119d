package uk.takingpart.testing;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * What the browser receives for a server-side component tree, including the markup of
 * {@code HtmlBlock}s and other {@code innerHTML} content, as a jsoup document: tests read
 * the page as a person's browser would, whether a text is a component or part of a block.
 */
public final class Rendered {
    private Rendered() {}

    public static Document document(HasElement component) {
        return document(component.getElement());
    }

    public static Document document(Element element) {
        StringBuilder html = new StringBuilder();
        write(element, html);
        return Jsoup.parseBodyFragment(html.toString());
    }

    /** The whole page the current UI shows: its outermost layout and everything in it. */
    public static Document page() {
        var chain = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return document(chain.getLast());
    }

    /** The visible text, whitespace collapsed. */
    public static String text(HasElement component) {
        return document(component).body().text();
    }

    public static String text(Element element) {
        return document(element).body().text();
    }

    private static void write(Element element, StringBuilder html) {
        if (element.isTextNode()) {
            html.append(Entities.escape(element.getText()));
            return;
        }
        html.append('<').append(element.getTag());
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            html.append(' ').append(name).append("=\"").append(Entities.escape(value == null ? "" : value)).append('"');
        });
        html.append('>');
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            html.append(inner);
        }
        element.getChildren().forEach(child -> write(child, html));
        if (!element.isVirtualChild()) {
            html.append("</").append(element.getTag()).append('>');
        }
    }
}

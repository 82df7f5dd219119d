package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * One element whose content is static markup: a single server-side node however much it shows.
 * The content is {@link Markup}, so every text in it was escaped. Unlike Vaadin's {@code Html},
 * nothing is parsed on the server.
 */
public class HtmlBlock extends Component {
    private String innerHtml = "";

    /** {@code <tag>markup</tag>}, e.g. {@code new HtmlBlock("section", markup)}. */
    public HtmlBlock(String tag, Markup content) {
        super(new Element(tag));
        setContent(content);
    }

    public HtmlBlock(String tag) {
        super(new Element(tag));
    }

    public final HtmlBlock setContent(Markup content) {
        innerHtml = content == null ? "" : content.toString();
        getElement().setProperty("innerHTML", innerHtml);
        return this;
    }

    public HtmlBlock attribute(String name, String value) {
        if (value != null) {
            getElement().setAttribute(name, value);
        }
        return this;
    }

    public HtmlBlock className(String name) {
        getElement().getClassList().add(name);
        return this;
    }

    /** The markup inside the element, as the browser receives it. */
    public String getInnerHtml() {
        return innerHtml;
    }
}

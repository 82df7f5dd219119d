package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain, accessible HTML table for the back office: a caption (read by screen readers), column
 * headers with {@code scope="col"}, and a wrapper that scrolls sideways on a narrow screen and
 * can be reached by keyboard.
 */
public class DataTable extends Div {
    private final Element caption = new Element("caption");
    private final Element headRow = new Element("tr");
    private final Element body = new Element("tbody");

    public DataTable() {
        addClassName("table-wrapper");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        caption.getClassList().add("visually-hidden");
        Element table = new Element("table");
        table.appendChild(caption, new Element("thead").appendChild(headRow), body);
        getElement().appendChild(table);
    }

    /** Sets the caption (also the scrolling region's name) and the column headings, and empties the table. */
    public DataTable columns(String captionText, String... headings) {
        caption.setText(captionText);
        getElement().setAttribute("aria-label", captionText);
        headRow.removeAllChildren();
        for (String heading : headings) {
            headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(heading));
        }
        body.removeAllChildren();
        return this;
    }

    /** Adds a row; each cell is a text or a component. */
    public void row(Object... cells) {
        Element row = new Element("tr");
        for (Object cell : cells) {
            Element td = new Element("td");
            if (cell instanceof Component component) {
                td.appendChild(component.getElement());
            } else if (cell instanceof Element element) {
                td.appendChild(element);
            } else {
                td.setText(cell == null ? "" : cell.toString());
            }
            row.appendChild(td);
        }
        body.appendChild(row);
    }
}

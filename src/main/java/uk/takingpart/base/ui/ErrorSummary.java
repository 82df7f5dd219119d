package uk.takingpart.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * The GOV.UK error summary: "There is a problem" and a link to each field in error. It takes
 * focus when shown, so a screen reader reads it first; the page title gets the "Error:" prefix.
 */
public class ErrorSummary extends Div {
    public static final String ID = "error-summary";
    private final H2 title = new H2();
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        setId(ID);
        title.setId("error-summary-title");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-labelledby", "error-summary-title");
        add(title, list);
        setVisible(false);
    }

    /** Shows the messages, each linking to its field by id, and moves focus here. */
    public void show(Map<String, String> messagesByFieldId) {
        title.setText(getTranslation("common.error.summary-title"));
        list.removeAll();
        messagesByFieldId.forEach((fieldId, message) -> {
            Anchor link = new Anchor("#" + fieldId, message);
            link.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(link));
        });
        setVisible(true);
        getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    public void hide() {
        setVisible(false);
        list.removeAll();
    }
}

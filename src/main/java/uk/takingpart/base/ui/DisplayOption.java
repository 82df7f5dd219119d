package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A display choice in the page header ("Large print", "Easy read"): a native checkbox inside
 * its label, so the whole text is the target, it needs no web component and costs the server
 * three nodes.
 */
@Tag("label")
final class DisplayOption extends Component {
    private final Element input = new Element("input");
    private final Element text = new Element("span");
    private final SerializableConsumer<Boolean> onChoice;

    DisplayOption(String id, SerializableConsumer<Boolean> onChoice) {
        this.onChoice = onChoice;
        getElement().getClassList().add("display-option");
        getElement().getClassList().add(id + "-option");
        getElement().setAttribute("for", id);
        input.setAttribute("type", "checkbox");
        input.setAttribute("id", id);
        input.setProperty("checked", false);
        input.addPropertyChangeListener("checked", "change", e -> {
            if (e.isUserOriginated()) {
                onChoice.accept(getValue());
            }
        });
        getElement().appendChild(input, text);
    }

    void setLabel(String label) {
        text.setText(label);
    }

    String getLabel() {
        return text.getText();
    }

    boolean getValue() {
        return input.getProperty("checked", false);
    }

    void setValue(boolean checked) {
        input.setProperty("checked", checked);
    }

    /** What a visitor's click does, for view tests. */
    void click() {
        setValue(!getValue());
        onChoice.accept(getValue());
    }
}

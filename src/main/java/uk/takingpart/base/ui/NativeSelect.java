package uk.takingpart.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML {@code <select>}: the most dependable drop-down for keyboards, screen readers,
 * zoom and phones. Label it with a {@code <label for>} (see {@link #labelledBy}).
 */
@Tag("select")
public class NativeSelect extends AbstractSinglePropertyField<NativeSelect, String> {

    public NativeSelect(String id) {
        super("value", "", false);
        setId(id);
        getElement().setAttribute("name", id);
        setSynchronizedEvent("change");
    }

    /** Adds a choice; the first one added is shown when nothing is chosen. */
    public NativeSelect option(String value, String text) {
        Element option = new Element("option");
        option.setAttribute("value", value);
        option.setText(text);
        if (value.equals(getValue())) {
            option.setAttribute("selected", true);
        }
        getElement().appendChild(option);
        return this;
    }

    public void clearOptions() {
        getElement().removeAllChildren();
    }

    @Override
    protected void setPresentationValue(String value) {
        super.setPresentationValue(value);
        getElement().getChildren().forEach(option ->
                option.setAttribute("selected", option.getAttribute("value") != null && option.getAttribute("value").equals(value)));
    }
}

package uk.takingpart.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTML {@code <select>}: the most dependable drop-down for keyboards, screen readers,
 * zoom and phones. Label it with a {@code <label for>} (see {@link #labelledBy}).
 *
 * <p>Its options are one block of escaped markup ({@code innerHTML}), not a server-side node
 * each, the chosen one marked {@code selected}: a drop-down of twenty choices costs the server
 * one node, not forty.
 */
@Tag("select")
public class NativeSelect extends AbstractSinglePropertyField<NativeSelect, String> {
    /** A choice: the value sent and the text shown. */
    public record Option(String value, String text) {}

    private final List<Option> options = new ArrayList<>();

    public NativeSelect(String id) {
        super("value", "", false);
        setId(id);
        getElement().setAttribute("name", id);
        setSynchronizedEvent("change");
    }

    /** Adds a choice; the first one added is shown when nothing is chosen. */
    public NativeSelect option(String value, String text) {
        options.add(new Option(value, text));
        render(getValue());
        return this;
    }

    public void clearOptions() {
        options.clear();
        render(getValue());
    }

    /** The choices, in order. */
    public List<Option> options() {
        return List.copyOf(options);
    }

    @Override
    protected void setPresentationValue(String value) {
        super.setPresentationValue(value);
        render(value);
    }

    private void render(String selected) {
        Markup out = new Markup();
        for (Option option : options) {
            out.open("option", "value", option.value(), "selected", option.value().equals(selected) ? "" : null)
                    .text(option.text()).close("option");
        }
        getElement().setProperty("innerHTML", out.toString());
    }
}

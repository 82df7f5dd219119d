package uk.takingpart.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/** A plain HTML {@code <textarea>}, labelled with a {@code <label for>}; its value reaches the server on change. */
@Tag("textarea")
public class NativeTextArea extends AbstractSinglePropertyField<NativeTextArea, String> {

    public NativeTextArea(String id, int rows) {
        super("value", "", false);
        setId(id);
        getElement().setAttribute("name", id);
        getElement().setAttribute("rows", String.valueOf(rows));
        setSynchronizedEvent("change");
    }
}

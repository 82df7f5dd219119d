package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A plain HTML {@code <form>} that the browser submits itself (used where a real POST must reach the server). */
@Tag("form")
public class NativeForm extends HtmlContainer {
    public NativeForm(String method, String action, Component... components) {
        super(components);
        getElement().setAttribute("method", method);
        getElement().setAttribute("action", action);
        getElement().setAttribute("novalidate", true);
    }
}

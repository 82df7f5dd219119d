package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A native form field of the themes pages: a visible label, an optional hint, the error message
 * (with a hidden "Error:" for screen readers) when there is one, then the input, which keeps what
 * was typed. The input is described by its hint and its error.
 */
final class FormField extends Div {
    private final Component input;
    private final String id;
    private final Paragraph error = new Paragraph();
    private final String hintId;

    FormField(Component input, String id, String label, String hint) {
        this.input = input;
        this.id = id;
        input.setId(id);
        addClassName("field");
        NativeLabel labelled = new NativeLabel(label);
        labelled.setFor(id);
        add(labelled);
        if (hint != null) {
            Paragraph hinted = new Paragraph(hint);
            hintId = id + "-hint";
            hinted.setId(hintId);
            hinted.addClassName("hint");
            add(hinted);
        } else {
            hintId = null;
        }
        error.setId(id + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        add(error, input);
        describe(false);
    }

    String inputId() {
        return id;
    }

    /** Shows the message by the field (or takes it away when null). */
    void error(String message) {
        error.removeAll();
        if (message == null) {
            error.setVisible(false);
            removeClassName("field-error");
            input.getElement().removeAttribute("aria-invalid");
            describe(false);
            return;
        }
        Span prefix = new Span(getTranslation("common.error.prefix") + " ");
        prefix.addClassName("visually-hidden");
        error.add(prefix, new Span(message));
        error.setVisible(true);
        addClassName("field-error");
        input.getElement().setAttribute("aria-invalid", "true");
        describe(true);
    }

    private void describe(boolean withError) {
        String ids = ((hintId == null ? "" : hintId) + (withError ? " " + id + "-error" : "")).strip();
        if (ids.isEmpty()) {
            input.getElement().removeAttribute("aria-describedby");
        } else {
            input.getElement().setAttribute("aria-describedby", ids);
        }
    }
}

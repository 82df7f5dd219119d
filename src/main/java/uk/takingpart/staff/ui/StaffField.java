package uk.takingpart.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A native input with its visible label, an optional hint and, when there is one, its error (with a
 * visually hidden "Error:" before it), wired up with {@code aria-describedby} and {@code aria-invalid}:
 * the sign-in pages' fields, which password managers, autofill and paste must all work with.
 */
final class StaffField extends Div {
    final Input input;
    private final NativeLabel label = new NativeLabel();
    private final Paragraph hint = new Paragraph();
    private final Paragraph error = new Paragraph();

    StaffField(String id, String type, String autocomplete) {
        input = new Input();
        input.setId(id);
        input.setType(type);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.getElement().setAttribute("autocapitalize", "none");
        input.getElement().setAttribute("spellcheck", "false");
        input.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        label.setFor(input);
        hint.setId(id + "-hint");
        hint.addClassName("field-hint");
        hint.setVisible(false);
        error.setId(id + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        addClassName("field");
        add(label, hint, error, input);
    }

    StaffField label(String text) {
        label.setText(text);
        return this;
    }

    StaffField hint(String text) {
        hint.setText(text);
        hint.setVisible(true);
        describe();
        return this;
    }

    /** Shows an error beside the field (or clears it with {@code null}). */
    void error(String message) {
        error.removeAll();
        if (message == null) {
            error.setVisible(false);
            removeClassName("field-error");
            input.getElement().removeAttribute("aria-invalid");
        } else {
            Span prefix = new Span(getTranslation("common.error.prefix") + " ");
            prefix.addClassName("visually-hidden");
            error.add(prefix, new Span(message));
            error.setVisible(true);
            addClassName("field-error");
            input.getElement().setAttribute("aria-invalid", "true");
        }
        describe();
    }

    String id() {
        return input.getId().orElseThrow();
    }

    String value() {
        return input.getValue();
    }

    private void describe() {
        String ids = ((hint.isVisible() ? hint.getId().orElseThrow() + " " : "") + (error.isVisible() ? error.getId().orElseThrow() : "")).strip();
        if (ids.isEmpty()) {
            input.getElement().removeAttribute("aria-describedby");
        } else {
            input.getElement().setAttribute("aria-describedby", ids);
        }
    }
}

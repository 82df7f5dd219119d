package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * The GOV.UK question-page building blocks: a labelled field with its hint and error message
 * tied to the input by {@code aria-describedby}, a fieldset whose legend can be the page's
 * heading, a radio or checkbox with its label, and the back link.
 */
public final class Questions {
    private Questions() {}

    /**
     * A field: label, optional hint, optional error ("Error: ..." with the prefix for screen
     * readers only), then the input. {@code input} must already have its id.
     */
    public static Div field(Component input, String label, String hint, String error) {
        return field(input, label, false, hint, error);
    }

    /** A field whose label is also the page's heading (a page with one question). */
    public static Div field(Component input, String label, boolean labelIsHeading, String hint, String error) {
        String id = input.getId().orElseThrow(() -> new IllegalArgumentException("The input needs an id"));
        NativeLabel labelElement = new NativeLabel(label);
        labelElement.setFor(id);
        Div field = new Div();
        if (labelIsHeading) {
            com.vaadin.flow.component.html.H1 heading = new com.vaadin.flow.component.html.H1(labelElement);
            heading.addClassName("label-heading");
            field.add(heading);
        } else {
            field.add(labelElement);
        }
        field.addClassName("field");
        describe(field, input.getElement(), id, hint, error);
        field.add(input);
        return field;
    }

    /** A group of radios or checkboxes: {@code <fieldset>} with a legend, optional hint and error. */
    public static Div fieldset(String id, String legend, boolean legendIsHeading, String hint, String error, Component... choices) {
        Div group = new Div();
        group.addClassName("field");
        Element fieldset = new Element("fieldset");
        fieldset.getClassList().add("fieldset");
        Element legendElement = new Element("legend");
        if (legendIsHeading) {
            Element h1 = new Element("h1");
            h1.setText(legend);
            legendElement.appendChild(h1);
            legendElement.getClassList().add("legend-heading");
        } else {
            legendElement.setText(legend);
        }
        fieldset.appendChild(legendElement);
        Div holder = new Div();
        List<String> describedBy = messages(holder, id, hint, error, group);
        holder.getChildren().forEach(c -> fieldset.appendChild(c.getElement().removeFromParent()));
        if (!describedBy.isEmpty()) {
            fieldset.setAttribute("aria-describedby", String.join(" ", describedBy));
        }
        Div items = new Div(choices);
        items.addClassName("choices");
        items.setId(id);
        fieldset.appendChild(items.getElement());
        group.getElement().appendChild(fieldset);
        return group;
    }

    /** A radio or checkbox followed by its label (and an optional hint under it). */
    public static Div choice(NativeChoice input, String label, String hint) {
        NativeLabel labelElement = new NativeLabel(label);
        labelElement.setFor(input.getId().orElseThrow());
        Div item = new Div(input, labelElement);
        item.addClassName("choice");
        if (hint != null) {
            Paragraph hintText = new Paragraph(hint);
            hintText.setId(input.getId().orElseThrow() + "-hint");
            hintText.addClassName("hint");
            input.getElement().setAttribute("aria-describedby", hintText.getId().orElseThrow());
            item.add(hintText);
        }
        return item;
    }

    /**
     * A {@code <form>} the server handles: Enter in a field or the submit button runs
     * {@code onSubmit} without leaving the page, and the browser's own validation is off so our
     * messages are the ones people see.
     */
    public static Div form(Runnable onSubmit, Component... parts) {
        Element form = new Element("form");
        form.setAttribute("novalidate", true);
        form.getClassList().add("question-form");
        for (Component part : parts) {
            form.appendChild(part.getElement());
        }
        form.addEventListener("submit", e -> onSubmit.run());
        form.executeJs("this.addEventListener('submit', e => e.preventDefault())");
        Div holder = new Div();
        holder.getElement().appendChild(form);
        return holder;
    }

    /** The GOV.UK back link: to the previous question, never the browser's history. */
    public static Anchor backLink(String href, String text) {
        Anchor back = new Anchor(href, text);
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        return back;
    }

    private static void describe(Div field, Element input, String id, String hint, String error) {
        Div holder = new Div();
        List<String> describedBy = messages(holder, id, hint, error, field);
        holder.getChildren().toList().forEach(c -> {
            holder.remove(c);
            field.add(c);
        });
        if (error != null) {
            input.setAttribute("aria-invalid", "true");
        } else {
            input.removeAttribute("aria-invalid");
        }
        if (describedBy.isEmpty()) {
            input.removeAttribute("aria-describedby");
        } else {
            input.setAttribute("aria-describedby", String.join(" ", describedBy));
        }
    }

    private static List<String> messages(Div holder, String id, String hint, String error, HasElement field) {
        List<String> describedBy = new ArrayList<>();
        if (hint != null) {
            Paragraph hintText = new Paragraph(hint);
            hintText.setId(id + "-hint");
            hintText.addClassName("hint");
            holder.add(hintText);
            describedBy.add(id + "-hint");
        }
        if (error != null) {
            Span prefix = new Span(holder.getTranslation("common.error.prefix") + " ");
            prefix.addClassName("visually-hidden");
            Paragraph message = new Paragraph(prefix, new Span(error));
            message.setId(id + "-error");
            message.addClassName("error-message");
            holder.add(message);
            describedBy.add(id + "-error");
            field.getElement().getClassList().add("field-error");
        }
        return describedBy;
    }
}

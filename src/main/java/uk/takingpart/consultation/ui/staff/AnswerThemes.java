package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.Themes;

/**
 * The themes of one free-text answer on a response's page: the themes it is in, and for editors a
 * "Take out" button by each and a choice of theme to add it to. A change is saved at once and said
 * in the status line; a problem (no theme chosen, a theme deleted meanwhile) shows by the choice
 * and in the page's error summary.
 */
final class AnswerThemes extends Div {
    final NativeSelect choice;
    final NativeButton add = new NativeButton();
    final Map<Long, NativeButton> remove = new LinkedHashMap<>();
    final FormField choiceField;
    private final Themes themes;
    private final String reference;
    private final Question question;
    private final List<Themes.Theme> all;
    private final boolean editor;
    private final String staff;
    private final Set<Long> tagged;
    private final Feedback feedback;

    /** How the page shows what happened: a status message, or errors (input id to message, empty to clear them). */
    interface Feedback {
        void status(String message);

        void errors(Map<String, String> messages);
    }

    AnswerThemes(Themes themes, String reference, Question question, List<Themes.Theme> all, Set<Long> tagged, boolean editor, String staff,
                 Feedback feedback) {
        this.themes = themes;
        this.reference = reference;
        this.question = question;
        this.all = all;
        this.tagged = new LinkedHashSet<>(tagged);
        this.editor = editor;
        this.staff = staff;
        this.feedback = feedback;
        addClassName("answer-themes");
        choice = new NativeSelect("themes-" + question.id());
        choiceField = new FormField(choice, "themes-" + question.id(), getTranslation("consultation.staff.response.themes.add"), null);
        add.setText(getTranslation("consultation.staff.response.themes.add-button"));
        add.addClassNames("button", "secondary");
        add.addClickListener(e -> tag());
        render();
    }

    private void render() {
        removeAll();
        remove.clear();
        add(new H3(getTranslation("consultation.staff.response.themes.heading", Map.of("number", question.number()))));
        List<Themes.Theme> in = all.stream().filter(t -> tagged.contains(t.id())).toList();
        if (in.isEmpty()) {
            add(new Paragraph(getTranslation("consultation.staff.response.themes.none-tagged")));
        } else {
            add(new Paragraph(getTranslation("consultation.staff.response.themes.in")));
            UnorderedList list = new UnorderedList();
            for (Themes.Theme theme : in) {
                ListItem item = new ListItem(new Span(theme.name()));
                if (editor) {
                    Span which = new Span(": " + theme.name());
                    which.addClassName("visually-hidden");
                    NativeButton out = new NativeButton(getTranslation("consultation.staff.response.themes.remove"), e -> untag(theme));
                    out.add(which);
                    out.addClassName("link-button");
                    remove.put(theme.id(), out);
                    item.add(new Span(" "), out);
                }
                list.add(item);
            }
            add(list);
        }
        List<Themes.Theme> others = all.stream().filter(t -> !tagged.contains(t.id())).toList();
        if (editor && !others.isEmpty()) {
            String kept = choice.getValue();
            choice.clearOptions();
            choice.option("", getTranslation("consultation.staff.response.themes.choose"));
            others.forEach(t -> choice.option(Long.toString(t.id()), t.name()));
            choice.setValue(others.stream().anyMatch(t -> Long.toString(t.id()).equals(kept)) ? kept : "");
            Div row = new Div(choiceField, add);
            row.addClassName("add-theme");
            add(row);
        }
    }

    void tag() {
        choiceField.error(null);
        feedback.errors(Map.of());
        String chosen = choice.getValue();
        Themes.Theme theme = all.stream().filter(t -> Long.toString(t.id()).equals(chosen)).findFirst().orElse(null);
        if (theme == null) {
            problem("consultation.staff.response.themes.error.choose");
            return;
        }
        change(() -> themes.tag(theme.id(), reference, question.id(), staff), () -> {
            tagged.add(theme.id());
            choice.setValue("");
            render();
            feedback.status(getTranslation("consultation.staff.response.themes.added", Map.of("theme", theme.name())));
        });
    }

    void untag(Themes.Theme theme) {
        choiceField.error(null);
        feedback.errors(Map.of());
        change(() -> themes.untag(theme.id(), reference, question.id(), staff), () -> {
            tagged.remove(theme.id());
            render();
            feedback.status(getTranslation("consultation.staff.response.themes.removed", Map.of("theme", theme.name())));
        });
    }

    private void change(Runnable save, Runnable then) {
        try {
            save.run();
            then.run();
        } catch (Themes.Invalid invalid) {
            invalid.errors().values().stream().findFirst().ifPresent(this::problem);
        }
    }

    private void problem(String key) {
        String message = getTranslation(key);
        choiceField.error(message);
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put(isAttached() && choiceField.getParent().isPresent() ? choiceField.inputId() : ErrorSummary.ID, message);
        feedback.errors(messages);
    }

    /** For tests: the theme ids the answer is in now. */
    Set<Long> tagged() {
        return Set.copyOf(tagged);
    }
}

package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.Themes;
import uk.takingpart.consultation.Themes.Quote;
import uk.takingpart.consultation.Themes.ThemeAnswer;
import uk.takingpart.consultation.Themes.ThemeAnswers;

/**
 * One theme: its description and counts, a link to its responses, the quotes picked for it, and
 * its answers a page at a time ({@code ?page=2}), what people wrote shown as text. Editors pick a
 * quote from an answer (the answer's words, cut down to the part they want), take an answer out,
 * remove a quote, rename the theme, merge it into another or delete it (after a confirmation).
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/themes/:theme([0-9]{1,18})", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ThemeView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph status = new Paragraph();
    final ErrorSummary errors = new ErrorSummary();
    final Div quotes = new Div();
    final Div answers = new Div();
    final Map<String, AnswerItem> items = new LinkedHashMap<>();
    final Map<Long, NativeButton> removeQuote = new LinkedHashMap<>();
    final Input name = new Input();
    final NativeTextArea description = new NativeTextArea("theme-description", 3);
    final NativeButton rename = new NativeButton();
    final NativeSelect into = new NativeSelect("merge-into");
    final NativeButton merge = new NativeButton();
    final NativeButton delete = new NativeButton();
    final Div confirmation = new Div();
    final NativeButton confirmDelete = new NativeButton();
    final NativeButton keep = new NativeButton();
    FormField nameField;
    FormField descriptionField;
    FormField intoField;
    Anchor previous;
    Anchor next;
    private final Themes themes;
    private final AuthenticationContext authentication;
    private long consultationId;
    private long themeId;
    private int page;
    private boolean editor;
    private ThemeAnswers shown;

    /** An answer in the theme, with its actions for editors. */
    final class AnswerItem extends Div {
        final ThemeAnswer answer;
        final NativeButton pick = new NativeButton();
        final NativeButton untag = new NativeButton();
        final NativeTextArea excerpt;
        final NativeButton save = new NativeButton();
        final NativeButton cancel = new NativeButton();
        final Div form = new Div();
        final FormField excerptField;

        AnswerItem(ThemeAnswer answer, int index) {
            this.answer = answer;
            addClassName("theme-answer");
            Question q = answer.question();
            String questionText = q == null ? "" : ResponseFilters.text(q);
            Markup text = new Markup()
                    .element("h3", getTranslation("consultation.staff.theme.answer.heading", Map.of("reference", answer.reference(),
                            "number", q == null ? 0 : q.number(), "question", questionText)),
                            "lang", q != null && q.text() != null && q.text().fallback() ? "en" : null)
                    .element("p", answer.text(), "class", "as-written")
                    .open("p").link("staff/responses/" + answer.reference(),
                            getTranslation("consultation.staff.response.title", Map.of("reference", answer.reference()))).close("p");
            add(new HtmlBlock("div", text));
            excerpt = new NativeTextArea("quote-" + index, 4);
            excerptField = new FormField(excerpt, "quote-" + index, getTranslation("consultation.staff.theme.answer.excerpt"),
                    getTranslation("consultation.staff.theme.answer.excerpt.hint"));
            if (!editor) {
                return;
            }
            pick.setText(getTranslation("consultation.staff.theme.answer.pick"));
            pick.addClassNames("button", "secondary");
            pick.addClickListener(e -> openForm());
            untag.setText(getTranslation("consultation.staff.theme.answer.untag"));
            untag.addClassName("link-button");
            untag.addClickListener(e -> untag(this));
            save.setText(getTranslation("consultation.staff.theme.answer.save-quote"));
            save.addClassName("button");
            save.addClickListener(e -> saveQuote(this));
            cancel.setText(getTranslation("consultation.staff.theme.answer.cancel"));
            cancel.addClassNames("button", "secondary");
            cancel.addClickListener(e -> {
                excerptField.error(null);
                form.setVisible(false);
                pick.setVisible(true);
                pick.focus();
            });
            Div buttons = new Div(save, cancel);
            buttons.addClassName("button-group");
            form.add(excerptField, buttons);
            form.addClassName("quote-form");
            form.setVisible(false);
            Div actions = new Div(pick, untag);
            actions.addClassName("button-group");
            add(actions, form);
        }

        void openForm() {
            String text = answer.text();
            excerpt.setValue(text.codePointCount(0, text.length()) > Themes.QUOTE_LIMIT
                    ? text.substring(0, text.offsetByCodePoints(0, Themes.QUOTE_LIMIT)) : text);
            form.setVisible(true);
            pick.setVisible(false);
            excerpt.getElement().executeJs("setTimeout(() => this.focus(), 0)");
        }
    }

    ThemeView(Themes themes, AuthenticationContext authentication) {
        this.themes = themes;
        this.authentication = authentication;
        addClassName("staff-theme");
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
        name.getElement().setAttribute("name", "theme-name");
        name.getElement().setAttribute("autocomplete", "off");
        rename.addClassName("button");
        rename.addClickListener(e -> rename());
        merge.addClassName("button");
        merge.addClickListener(e -> merge());
        delete.addClassNames("button", "button-warning");
        delete.addClickListener(e -> {
            confirmation.setVisible(true);
            delete.setVisible(false);
            confirmation.getElement().executeJs("setTimeout(() => this.focus(), 0)");
        });
        confirmDelete.addClassNames("button", "button-warning");
        confirmDelete.addClickListener(e -> delete());
        keep.addClassNames("button", "secondary");
        keep.addClickListener(e -> {
            confirmation.setVisible(false);
            delete.setVisible(true);
            delete.focus();
        });
        confirmation.addClassName("confirmation");
        confirmation.setId("delete-confirmation");
        confirmation.getElement().setAttribute("role", "alert");
        confirmation.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        themeId = event.getRouteParameters().get("theme").map(Long::valueOf).orElseThrow();
        page = event.getLocation().getQueryParameters().getSingleParameter("page")
                .filter(p -> p.matches("[0-9]{1,6}")).map(Integer::valueOf).orElse(1);
        editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        if (!show()) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
        }
    }

    /** Shows a message at the top of the page (after another page sent the person here). */
    void announce(String text) {
        status.setText(text);
        status.setVisible(true);
    }

    /** Builds the page from the database; false when the consultation has no such theme. */
    private boolean show() {
        ThemeAnswers found = themes.answers(consultationId, themeId, page, getLocale()).orElse(null);
        if (found == null) {
            return false;
        }
        shown = found;
        Themes.Theme theme = found.theme();
        removeAll();
        items.clear();
        removeQuote.clear();
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations/" + consultationId + "/themes", getTranslation("consultation.staff.theme.back"));
        back.addClassName("back-link");
        add(back, errors, heading, status);
        if (theme.description() != null) {
            add(new Paragraph(theme.description()));
        }
        Paragraph counts = new Paragraph(getTranslation("consultation.staff.theme.counts",
                Map.of("answers", theme.answers(), "responses", theme.responses())));
        add(counts);
        if (theme.answers() > 0) {
            add(new Paragraph(ConsultationListView.link("staff/consultations/" + consultationId + "/responses?theme=" + themeId,
                    getTranslation("consultation.staff.theme.responses-link"))));
        }

        quotes.removeAll();
        quotes.add(new H2(getTranslation("consultation.staff.theme.quotes.heading")));
        if (found.quotes().isEmpty()) {
            quotes.add(new Paragraph(getTranslation("consultation.staff.theme.quotes.none")));
        }
        for (Quote quote : found.quotes()) {
            Div item = new Div();
            item.addClassName("theme-quote");
            Markup markup = new Markup().element("blockquote", quote.excerpt(), "class", "as-written")
                    .open("p").link("staff/responses/" + quote.reference(),
                            getTranslation("consultation.staff.theme.quote.from", Map.of("reference", quote.reference(), "number", quote.questionNumber())))
                    .close("p");
            item.add(new HtmlBlock("div", markup));
            if (editor) {
                NativeButton remove = new NativeButton(getTranslation("consultation.staff.theme.quote.remove"), e -> removeQuote(quote));
                remove.addClassName("link-button");
                removeQuote.put(quote.id(), remove);
                item.add(remove);
            }
            quotes.add(item);
        }
        Section quoteSection = new Section(quotes);
        quoteSection.addClassName("theme-quotes");
        add(quoteSection);

        answers.removeAll();
        answers.add(new H2(getTranslation("consultation.staff.theme.answers.heading")));
        if (found.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("consultation.staff.theme.answers.none")));
        }
        int index = 0;
        for (ThemeAnswer answer : found.answers()) {
            AnswerItem item = new AnswerItem(answer, index++);
            items.put(answer.reference() + ":" + (answer.question() == null ? 0 : answer.question().id()), item);
            answers.add(item);
        }
        Section answerSection = new Section(answers);
        answerSection.addClassName("theme-answers");
        add(answerSection);
        if (found.pages() > 1) {
            Nav pager = new Nav();
            pager.addClassName("pager");
            pager.getElement().setAttribute("aria-label", getTranslation("consultation.staff.theme.pages"));
            pager.add(new Paragraph(getTranslation("consultation.staff.theme.page", Map.of("page", found.page(), "pages", found.pages()))));
            String path = "staff/consultations/" + consultationId + "/themes/" + themeId + "?page=";
            previous = found.page() > 1 ? ConsultationListView.link(path + (found.page() - 1), getTranslation("consultation.staff.theme.previous")) : null;
            next = found.page() < found.pages() ? ConsultationListView.link(path + (found.page() + 1), getTranslation("consultation.staff.theme.next")) : null;
            if (previous != null) {
                pager.add(new Span(previous));
            }
            if (next != null) {
                pager.add(new Span(next));
            }
            add(pager);
        }
        if (editor) {
            addChanges(theme);
        }
        return true;
    }

    private void addChanges(Themes.Theme theme) {
        name.setValue(theme.name());
        description.setValue(theme.description() == null ? "" : theme.description());
        nameField = new FormField(name, "theme-name", getTranslation("consultation.staff.themes.field.name"),
                getTranslation("consultation.staff.themes.field.name.hint"));
        descriptionField = new FormField(description, "theme-description", getTranslation("consultation.staff.themes.field.description"),
                getTranslation("consultation.staff.themes.field.description.hint"));
        rename.setText(getTranslation("consultation.staff.theme.rename"));
        Section change = new Section(new H2(getTranslation("consultation.staff.theme.change.heading")), nameField, descriptionField, new Div(rename));
        change.addClassName("theme-change");
        add(change);

        Section mergeSection = new Section(new H2(getTranslation("consultation.staff.theme.merge.heading")));
        mergeSection.addClassName("theme-merge");
        List<Themes.Theme> others = themes.themes(consultationId).stream().filter(t -> t.id() != themeId).toList();
        if (others.isEmpty()) {
            mergeSection.add(new Paragraph(getTranslation("consultation.staff.theme.merge.none")));
        } else {
            into.clearOptions();
            into.option("", getTranslation("consultation.staff.theme.merge.choose"));
            others.forEach(t -> into.option(Long.toString(t.id()), t.name()));
            into.setValue("");
            intoField = new FormField(into, "merge-into", getTranslation("consultation.staff.theme.merge.into"),
                    getTranslation("consultation.staff.theme.merge.hint"));
            merge.setText(getTranslation("consultation.staff.theme.merge"));
            mergeSection.add(intoField, new Div(merge));
        }
        add(mergeSection);

        delete.setText(getTranslation("consultation.staff.theme.delete"));
        delete.setVisible(true);
        confirmation.removeAll();
        confirmDelete.setText(getTranslation("consultation.staff.theme.delete.yes"));
        keep.setText(getTranslation("consultation.staff.theme.delete.no"));
        Div buttons = new Div(confirmDelete, keep);
        buttons.addClassName("button-group");
        confirmation.add(new Paragraph(getTranslation("consultation.staff.theme.delete.confirm", Map.of("answers", theme.answers()))), buttons);
        confirmation.setVisible(false);
        Section deleteSection = new Section(new H2(getTranslation("consultation.staff.theme.delete.heading")), new Div(delete), confirmation);
        deleteSection.addClassName("theme-delete");
        add(deleteSection);
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    void rename() {
        clearErrors();
        try {
            themes.rename(consultationId, themeId, name.getValue(), description.getValue(), staff());
            String kept = getTranslation("consultation.staff.theme.renamed");
            show();
            announce(kept);
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        } catch (Themes.Invalid invalid) {
            showErrors(invalid.errors(), Map.of("name", nameField, "description", descriptionField));
        }
    }

    void merge() {
        clearErrors();
        String chosen = into.getValue();
        Long target = chosen == null || !chosen.matches("[0-9]{1,18}") ? null : Long.valueOf(chosen);
        String fromName = shown.theme().name();
        try {
            themes.merge(consultationId, themeId, target, staff());
            String text = getTranslation("consultation.staff.theme.merged", Map.of("from", fromName));
            UI.getCurrent().navigate(ThemeView.class, new RouteParameters(Map.of("id", Long.toString(consultationId), "theme", Long.toString(target))))
                    .ifPresent(view -> view.announce(text));
        } catch (Themes.Invalid invalid) {
            showErrors(invalid.errors(), intoField == null ? Map.of() : Map.of("into", intoField));
        }
    }

    void delete() {
        clearErrors();
        String deletedName = shown.theme().name();
        try {
            themes.delete(consultationId, themeId, staff());
            String text = getTranslation("consultation.staff.themes.deleted", Map.of("name", deletedName));
            UI.getCurrent().navigate(ConsultationThemesView.class, new RouteParameters(Map.of("id", Long.toString(consultationId))))
                    .ifPresent(view -> view.announce(text));
        } catch (Themes.Invalid invalid) {
            showErrors(invalid.errors(), Map.of());
        }
    }

    void saveQuote(AnswerItem item) {
        clearErrors();
        try {
            themes.quote(themeId, item.answer.reference(), item.answer.question().id(), item.excerpt.getValue(), staff());
            show();
            announce(getTranslation("consultation.staff.theme.answer.quoted"));
        } catch (Themes.Invalid invalid) {
            showErrors(invalid.errors(), Map.of("excerpt", item.excerptField));
        }
    }

    void untag(AnswerItem item) {
        clearErrors();
        try {
            themes.untag(themeId, item.answer.reference(), item.answer.question().id(), staff());
            show();
            announce(getTranslation("consultation.staff.theme.answer.untagged", Map.of("reference", item.answer.reference())));
        } catch (Themes.Invalid invalid) {
            showErrors(invalid.errors(), Map.of());
        }
    }

    void removeQuote(Quote quote) {
        clearErrors();
        themes.removeQuote(consultationId, quote.id(), staff());
        show();
        announce(getTranslation("consultation.staff.theme.quote.removed"));
    }

    private void showErrors(Map<String, String> found, Map<String, FormField> fields) {
        Map<String, String> messages = new LinkedHashMap<>();
        found.forEach((field, key) -> {
            FormField formField = fields.get(field);
            String message = getTranslation(key);
            if (formField != null) {
                formField.error(message);
                messages.put(formField.inputId(), message);
            } else {
                messages.put(ErrorSummary.ID, message);
            }
        });
        errors.show(messages);
        EditorErrors.errorTitle(this);
    }

    private void clearErrors() {
        errors.hide();
        status.setVisible(false);
        for (FormField field : new FormField[] {nameField, descriptionField, intoField}) {
            if (field != null) {
                field.error(null);
            }
        }
        items.values().forEach(i -> i.excerptField.error(null));
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.theme.title", Map.of("name", shown == null ? "" : shown.theme().name()));
    }
}

package uk.takingpart.consultation.ui.staff;

import com.ibm.icu.text.NumberFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;
import uk.takingpart.consultation.Themes;

/**
 * A consultation's themes: each with how many people and answers are in it (linking to its own
 * page), a form to create one, and suggestions from the words people used, each with "Create this
 * theme", which fills in the form (and offers to tag the answers that use the words) for a person to
 * confirm. Editors and administrators change themes; analysts read them. Errors show by the field
 * and in the error summary, and what was typed stays.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/themes", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationThemesView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph status = new Paragraph();
    final ErrorSummary errors = new ErrorSummary();
    final Div list = new Div();
    final DataTable table = new DataTable();
    final DataTable suggestionsTable = new DataTable();
    final Div suggestions = new Div();
    final Input name = new Input();
    final NativeTextArea description = new NativeTextArea("theme-description", 3);
    final Input tagAll = new Input();
    final NativeLabel tagAllLabel = new NativeLabel();
    final Div tagAllField = new Div();
    final NativeButton create = new NativeButton();
    final Map<String, NativeButton> suggestionButtons = new LinkedHashMap<>();
    FormField nameField;
    FormField descriptionField;
    private final Themes themes;
    private final ResponseAdministration responses;
    private final AuthenticationContext authentication;
    private long consultationId;
    private String consultationTitle = "";
    private String suggestedTerm;
    private boolean editor;

    ConsultationThemesView(Themes themes, ResponseAdministration responses, AuthenticationContext authentication) {
        this.themes = themes;
        this.responses = responses;
        this.authentication = authentication;
        addClassName("staff-themes");
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
        name.setId("theme-name");
        name.getElement().setAttribute("name", "theme-name");
        name.getElement().setAttribute("autocomplete", "off");
        tagAll.setType("checkbox");
        tagAll.setId("theme-tag-all");
        tagAll.getElement().addPropertyChangeListener("checked", "change", e -> {});
        tagAllLabel.setFor("theme-tag-all");
        tagAllField.addClassNames("field", "checkbox-field");
        tagAllField.add(tagAll, tagAllLabel);
        tagAllField.setVisible(false);
        create.addClassName("button");
        create.addClickListener(e -> create());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        ConsultationSummary consultation = responses.consultation(consultationId, getLocale()).orElse(null);
        if (consultation == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        consultationTitle = ResponseView.title(consultation);
        editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        build();
    }

    /** Shows a message at the top of the page (after another page sent the person here). */
    void announce(String text) {
        status.setText(text);
        status.setVisible(true);
    }

    private void build() {
        removeAll();
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations/" + consultationId + "/responses",
                getTranslation("consultation.staff.themes.back"));
        back.addClassName("back-link");
        add(back, errors, heading, new Paragraph(getTranslation("consultation.staff.themes.intro")), status);
        if (!editor) {
            add(new Paragraph(getTranslation("consultation.staff.themes.read-only")));
        }
        add(list);
        showThemes();
        if (editor) {
            name.setValue("");
            description.setValue("");
            nameField = new FormField(name, "theme-name", getTranslation("consultation.staff.themes.field.name"),
                    getTranslation("consultation.staff.themes.field.name.hint"));
            descriptionField = new FormField(description, "theme-description", getTranslation("consultation.staff.themes.field.description"),
                    getTranslation("consultation.staff.themes.field.description.hint"));
            create.setText(getTranslation("consultation.staff.themes.create"));
            H2 createHeading = new H2(getTranslation("consultation.staff.themes.create.heading"));
            createHeading.setId("create-theme-heading");
            Section form = new Section(createHeading, nameField, descriptionField, tagAllField, new Div(create));
            form.addClassName("create-theme");
            form.getElement().setAttribute("aria-labelledby", "create-theme-heading");
            add(form);
        }
        H2 suggestionsHeading = new H2(getTranslation("consultation.staff.themes.suggestions.heading"));
        suggestionsHeading.setId("suggestions-heading");
        Section section = new Section(suggestionsHeading, new Paragraph(getTranslation("consultation.staff.themes.suggestions.intro")), suggestions);
        section.getElement().setAttribute("aria-labelledby", "suggestions-heading");
        add(section);
        showSuggestions();
    }

    private void showThemes() {
        list.removeAll();
        List<Themes.Theme> all = themes.themes(consultationId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("consultation.staff.themes.none")));
            return;
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(Languages.formatting(getLocale()));
        table.columns(getTranslation("consultation.staff.themes.caption"), column("theme"), column("description"), column("people"),
                column("answers"));
        for (Themes.Theme theme : all) {
            table.row(ConsultationListView.link("staff/consultations/" + consultationId + "/themes/" + theme.id(), theme.name()),
                    theme.description(), whole.format(theme.responses()), whole.format(theme.answers()));
        }
        list.add(table);
    }

    private void showSuggestions() {
        suggestions.removeAll();
        suggestionButtons.clear();
        List<Themes.Suggestion> found = themes.suggestions(consultationId);
        if (found.isEmpty()) {
            suggestions.add(new Paragraph(getTranslation("consultation.staff.themes.suggestions.none")));
            return;
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(Languages.formatting(getLocale()));
        if (editor) {
            suggestionsTable.columns(getTranslation("consultation.staff.themes.suggestions.caption"), suggestionColumn("words"),
                    suggestionColumn("answers"), suggestionColumn("action"));
        } else {
            suggestionsTable.columns(getTranslation("consultation.staff.themes.suggestions.caption"), suggestionColumn("words"),
                    suggestionColumn("answers"));
        }
        for (Themes.Suggestion suggestion : found) {
            if (editor) {
                Span term = new Span(": " + suggestion.term());
                term.addClassName("visually-hidden");
                NativeButton use = new NativeButton(getTranslation("consultation.staff.themes.suggestions.use"), e -> use(suggestion));
                use.add(term);
                use.addClassName("link-button");
                suggestionButtons.put(suggestion.term(), use);
                suggestionsTable.row(suggestion.term(), whole.format(suggestion.answers()), use);
            } else {
                suggestionsTable.row(suggestion.term(), whole.format(suggestion.answers()));
            }
        }
        suggestions.add(suggestionsTable);
    }

    /** Fills in the form from a suggestion: a person still has to create the theme. */
    void use(Themes.Suggestion suggestion) {
        clearErrors();
        suggestedTerm = suggestion.term();
        String suggestedName = suggestion.term().substring(0, 1).toUpperCase(getLocale()) + suggestion.term().substring(1);
        name.setValue(suggestedName);
        tagAll.getElement().setProperty("checked", true);
        tagAllLabel.setText(getTranslation("consultation.staff.themes.field.tag-all", Map.of("term", suggestion.term(), "count", suggestion.answers())));
        tagAllField.setVisible(true);
        announce(getTranslation("consultation.staff.themes.suggestions.chosen", Map.of("term", suggestedName)));
        name.focus();
    }

    void create() {
        clearErrors();
        String staff = authentication.getPrincipalName().orElseThrow();
        boolean tagging = suggestedTerm != null && tagAllField.isVisible() && tagAll.getElement().getProperty("checked", false);
        try {
            long id = themes.create(consultationId, name.getValue(), description.getValue(), tagging ? suggestedTerm : null, staff);
            Themes.Theme created = themes.theme(consultationId, id).orElseThrow();
            announce(tagging
                    ? getTranslation("consultation.staff.themes.created-tagged", Map.of("name", created.name(), "count", created.answers()))
                    : getTranslation("consultation.staff.themes.created", Map.of("name", created.name())));
            name.setValue("");
            description.setValue("");
            suggestedTerm = null;
            tagAllField.setVisible(false);
            showThemes();
            showSuggestions();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        } catch (Themes.Invalid invalid) {
            Map<String, String> messages = new LinkedHashMap<>();
            String nameError = invalid.errors().get("name");
            String descriptionError = invalid.errors().get("description");
            if (nameError != null) {
                nameField.error(getTranslation(nameError));
                messages.put(nameField.inputId(), getTranslation(nameError));
            }
            if (descriptionError != null) {
                descriptionField.error(getTranslation(descriptionError));
                messages.put(descriptionField.inputId(), getTranslation(descriptionError));
            }
            invalid.errors().forEach((field, key) -> {
                if (!field.equals("name") && !field.equals("description")) {
                    messages.put(ErrorSummary.ID, getTranslation(key));
                }
            });
            errors.show(messages);
            EditorErrors.errorTitle(this);
        }
    }

    private void clearErrors() {
        errors.hide();
        status.setVisible(false);
        if (nameField != null) {
            nameField.error(null);
            descriptionField.error(null);
        }
    }

    private String column(String column) {
        return getTranslation("consultation.staff.themes.column." + column);
    }

    private String suggestionColumn(String column) {
        return getTranslation("consultation.staff.themes.suggestions.column." + column);
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.themes.title", Map.of("title", consultationTitle));
    }
}

package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.ConsultationSetup;
import uk.takingpart.consultation.ConsultationSetup.DetailsForm;

/**
 * A consultation's details: when it opens and closes, when a decision is expected, and its words
 * in English and Welsh side by side (purpose, case for change, how answers are used, the reason
 * for a period shorter than 12 weeks). Reached from the consultations list, to set up an activity
 * of type consultation or to change one. Errors are summarised at the top and shown by each
 * field; nothing typed is lost. Analysts see it read only.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/details", layout = StaffLayout.class)
@RouteAlias(value = "staff/consultations/set-up/:slug([a-z0-9-]{1,120})", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationDetailsView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final DatePicker decision = new DatePicker();
    final Map<String, LanguageFields> texts;
    private final LanguageColumns<LanguageFields> columns;
    final NativeButton save = new NativeButton();
    private final ConsultationSetup setup;
    private final AuthenticationContext authentication;
    private Long id;
    private String slug;
    private long version;

    /** One language's texts. */
    static final class LanguageFields {
        final Map<String, TextArea> byName = new LinkedHashMap<>();

        LanguageFields() {
            ConsultationSetup.TEXT_FIELDS.forEach(field -> {
                TextArea area = new TextArea();
                area.setMaxLength(ConsultationSetup.MAX_TEXT);
                byName.put(field, area);
            });
        }

        Map<String, Component> components() {
            return new LinkedHashMap<>(byName);
        }
    }

    ConsultationDetailsView(ConsultationSetup setup, Languages languages, AuthenticationContext authentication) {
        this.setup = setup;
        this.authentication = authentication;
        addClassName("consultation-details");
        columns = new LanguageColumns<>(languages, LanguageFields::new, LanguageFields::components);
        texts = columns.byLanguage();
        save.addClickListener(e -> save());
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
    }

    private boolean editor() {
        return authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").map(Long::valueOf).orElse(null);
        slug = event.getRouteParameters().get("slug").orElse(null);
        if (id != null) {
            ConsultationSetup.Details details = setup.details(id).orElse(null);
            if (details == null) {
                event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
                return;
            }
            slug = details.slug();
            build();
            fill(details.form());
        } else {
            if (!editor() || setup.notSetUp(getLocale()).stream().noneMatch(u -> u.slug().equals(slug))) {
                event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
                return;
            }
            build();
        }
    }

    private void build() {
        removeAll();
        status.setVisible(false);
        EditorErrors.clear(errorSummary, fields().values());
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations", getTranslation("consultation.staff.responses.back"));
        back.addClassName("back-link");
        add(back, errorSummary, heading, status, new Paragraph(getTranslation("consultation.setup.intro")));

        label(opens, "opens");
        label(closes, "closes");
        label(decision, "decision");
        closes.setHelperText(getTranslation("consultation.setup.closes.hint"));
        decision.setHelperText(getTranslation("consultation.setup.decision.hint"));
        opens.setLocale(Languages.formatting(getLocale()).toLocale());
        closes.setLocale(Languages.formatting(getLocale()).toLocale());
        decision.setLocale(Languages.formatting(getLocale()).toLocale());
        Section when = new Section(new H2(getTranslation("consultation.setup.section.when")), opens, closes, decision);
        when.addClassName("editor-grid");

        texts.values().forEach(fields -> fields.byName.get("shorter-period-reason")
                .setHelperText(getTranslation("consultation.setup.field.shorter-period-reason.hint")));
        Section words = new Section(new H2(getTranslation("consultation.setup.section.words")),
                new Paragraph(getTranslation("consultation.setup.section.words.hint")), columns.build(this, "consultation.setup.field."));
        add(when, words);
        if (editor()) {
            save.setText(getTranslation(id == null ? "consultation.setup.create" : "consultation.setup.save"));
            save.addClassName("button");
            Div actions = new Div(save);
            actions.addClassName("editor-actions");
            add(actions);
        } else {
            fields().values().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(true));
        }
    }

    private void label(Component component, String field) {
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("consultation.setup.field." + field));
        component.setId("field-" + field);
    }

    private void fill(DetailsForm form) {
        version = form.version();
        opens.setValue(form.opens());
        closes.setValue(form.closes());
        decision.setValue(form.decisionExpectedOn());
        texts.forEach((language, fields) -> fields.byName.forEach((field, area) ->
                area.setValue(form.texts().getOrDefault(language, Map.of()).getOrDefault(field, ""))));
    }

    DetailsForm form() {
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        texts.forEach((language, fields) -> {
            Map<String, String> values = new LinkedHashMap<>();
            fields.byName.forEach((field, area) -> values.put(field, area.getValue()));
            words.put(language, values);
        });
        return new DetailsForm(opens.getValue(), closes.getValue(), decision.getValue(), words, version);
    }

    void save() {
        EditorErrors.clear(errorSummary, fields().values());
        status.setVisible(false);
        String staff = authentication.getPrincipalName().orElseThrow();
        try {
            if (id == null) {
                id = setup.create(slug, form(), staff);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/consultations/" + id + "/details"));
                status.setText(getTranslation("consultation.setup.created"));
                save.setText(getTranslation("consultation.setup.save"));
                heading.setText(title());
            } else {
                setup.update(id, form(), staff);
                status.setText(getTranslation("consultation.setup.saved"));
            }
            version = setup.details(id).orElseThrow().form().version();
            status.setVisible(true);
        } catch (ConsultationSetup.Invalid invalid) {
            EditorErrors.show(this, errorSummary, fields(), invalid.errors(), Map.of());
        }
    }

    private Map<String, Component> fields() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("opens", opens);
        fields.put("closes", closes);
        fields.put("decision", decision);
        columns.addTo(fields);
        return fields;
    }

    @Override
    protected String title() {
        return getTranslation(id == null ? "consultation.setup.title.new" : "consultation.setup.title.edit", Map.of("slug", slug == null ? "" : slug));
    }
}

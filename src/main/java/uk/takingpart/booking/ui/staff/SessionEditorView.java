package uk.takingpart.booking.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.Audience;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.booking.AccessFeature;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.BookingAdministration.SessionForm;
import uk.takingpart.booking.BookingAdministration.SessionText;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * Add a session to an event, or change one: when, in person or online, places, who leads it,
 * and the venue and leader's role in English and Welsh side by side (both are published
 * together). Errors are summarised at the top (the summary takes focus) and shown by each field.
 */
@Route(value = "staff/sessions/:id([0-9]{1,18})/edit", layout = StaffLayout.class)
@RouteAlias(value = "staff/activities/:slug([a-z0-9-]{1,120})/sessions/new", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR})
class SessionEditorView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final DateTimePicker starts = new DateTimePicker();
    final DateTimePicker ends = new DateTimePicker();
    final Select<SessionMode> mode = new Select<>();
    final IntegerField capacity = new IntegerField();
    final IntegerField limit = new IntegerField();
    final Select<Audience> audience = new Select<>();
    final TextField leaderName = new TextField();
    final TextField joiningLink = new TextField();
    final CheckboxGroup<AccessFeature> access = new CheckboxGroup<>();
    final Map<String, LanguageFields> texts;
    private final LanguageColumns<LanguageFields> columns;
    final NativeButton save = new NativeButton();
    private final BookingAdministration administration;
    private final AuthenticationContext authentication;
    private final ZoneId zone;
    private String activitySlug;
    private String activityTitle = "";
    private Long sessionId;

    /** The per-language fields of one language. */
    static final class LanguageFields {
        final TextField venueName = new TextField();
        final TextArea address = new TextArea();
        final TextField leaderRole = new TextField();

        SessionText value() {
            return new SessionText(venueName.getValue(), address.getValue(), leaderRole.getValue());
        }

        void set(SessionText t) {
            venueName.setValue(t.venueName());
            address.setValue(t.address());
            leaderRole.setValue(t.leaderRole());
        }

        Map<String, Component> byName() {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("venue-name", venueName);
            fields.put("address", address);
            fields.put("leader-role", leaderRole);
            return fields;
        }
    }

    SessionEditorView(BookingAdministration administration, DateTexts dates, Languages languages, AuthenticationContext authentication) {
        this.administration = administration;
        this.authentication = authentication;
        this.zone = dates.zone();
        addClassName("session-editor");
        columns = new LanguageColumns<>(languages, LanguageFields::new, LanguageFields::byName);
        texts = columns.byLanguage();
        save.addClickListener(e -> save());
        mode.addValueChangeListener(e -> showModeFields());
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").map(Long::valueOf).orElse(null);
        SessionForm form = null;
        if (sessionId != null) {
            SessionSummary session = administration.session(sessionId, getLocale())
                    .filter(s -> !s.cancelled()).orElseThrow(() -> new NotFoundException("No session to edit"));
            activitySlug = session.activity().slug();
            activityTitle = session.activity().title().text();
            form = administration.form(sessionId).orElseThrow(() -> new NotFoundException("No session"));
        } else {
            activitySlug = event.getRouteParameters().get("slug").orElseThrow();
            activityTitle = administration.sessions(activitySlug, getLocale())
                    .orElseThrow(() -> new NotFoundException("No event " + activitySlug)).activity().title().text();
        }
        removeAll();
        build();
        if (form != null) {
            fill(form);
        } else {
            mode.setValue(SessionMode.IN_PERSON);
            limit.setValue(1);
        }
        heading.setText(title());
        showModeFields();
    }

    private void build() {
        Anchor back = SessionListView.link("staff/activities/" + activitySlug + "/sessions", getTranslation("booking.staff.editor.back"));
        back.addClassName("back-link");
        add(back, errorSummary, heading, status);

        label(starts, "starts");
        label(ends, "ends");
        starts.setLocale(Languages.formatting(getLocale()).toLocale());
        ends.setLocale(Languages.formatting(getLocale()).toLocale());
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation("booking.mode." + m.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        label(mode, "mode");
        label(capacity, "capacity");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("booking.staff.editor.capacity.hint"));
        label(limit, "limit");
        limit.setMin(1);
        limit.setStepButtonsVisible(true);
        limit.setHelperText(getTranslation("booking.staff.editor.limit.hint"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation("activity.audience." + a.key()));
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("booking.staff.editor.audience.any"));
        label(audience, "audience");
        label(leaderName, "leader-name");
        leaderName.setMaxLength(200);
        leaderName.setHelperText(getTranslation("booking.staff.editor.leader-name.hint"));
        label(joiningLink, "joining-link");
        joiningLink.setMaxLength(500);
        joiningLink.setHelperText(getTranslation("booking.staff.editor.joining-link.hint"));
        access.setItems(AccessFeature.values());
        access.setItemLabelGenerator(f -> getTranslation("booking.access." + f.key()));
        label(access, "access");

        Section about = new Section(new H2(getTranslation("booking.staff.editor.section.about")),
                starts, ends, mode, capacity, limit, audience, leaderName, joiningLink, access);
        about.addClassName("editor-grid");

        texts.values().forEach(fields -> {
            fields.venueName.setMaxLength(200);
            fields.address.setMaxLength(500);
            fields.leaderRole.setMaxLength(200);
        });
        Section words = new Section(new H2(getTranslation("booking.staff.editor.section.words")),
                new Paragraph(getTranslation("booking.staff.editor.section.words.hint")),
                columns.build(this, "booking.staff.editor.field."));

        save.setText(getTranslation(sessionId == null ? "booking.staff.editor.create" : "booking.staff.editor.save"));
        save.addClassName("button");
        Div actions = new Div(save);
        actions.addClassName("editor-actions");
        add(about, words, actions);
    }

    private void label(Component component, String field) {
        ((HasLabel) component).setLabel(getTranslation("booking.staff.editor.field." + field));
        component.setId("field-" + field);
    }

    /** A joining link only for online sessions; venue features only for sessions in person. */
    private void showModeFields() {
        joiningLink.setVisible(mode.getValue() == SessionMode.ONLINE);
        access.setVisible(mode.getValue() != SessionMode.ONLINE);
    }

    private void fill(SessionForm form) {
        starts.setValue(LocalDateTime.ofInstant(form.startsAt(), zone));
        ends.setValue(LocalDateTime.ofInstant(form.endsAt(), zone));
        mode.setValue(form.mode());
        capacity.setValue(form.capacity());
        limit.setValue(form.bookingLimit());
        audience.setValue(form.audience());
        leaderName.setValue(form.leaderName());
        joiningLink.setValue(form.joiningLink());
        access.setValue(form.accessFeatures());
        texts.forEach((code, fields) -> fields.set(form.texts().getOrDefault(code, SessionText.EMPTY)));
    }

    SessionForm form() {
        Map<String, SessionText> words = new LinkedHashMap<>();
        texts.forEach((code, fields) -> words.put(code, fields.value()));
        return new SessionForm(starts.getValue() == null ? null : starts.getValue().atZone(zone).toInstant(),
                ends.getValue() == null ? null : ends.getValue().atZone(zone).toInstant(),
                mode.getValue(), capacity.getValue(), limit.getValue(), audience.getValue(), leaderName.getValue(),
                joiningLink.getValue(), access.getValue().isEmpty() ? EnumSet.noneOf(AccessFeature.class) : EnumSet.copyOf(access.getValue()),
                words);
    }

    void save() {
        clearErrors();
        String staff = authentication.getPrincipalName().orElseThrow();
        try {
            if (sessionId == null) {
                sessionId = administration.create(activitySlug, form(), staff);
                save.setText(getTranslation("booking.staff.editor.save"));
                heading.setText(title());
                showStatus(getTranslation("booking.staff.editor.created"));
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/sessions/" + sessionId + "/edit"));
            } else {
                int promoted = administration.edit(sessionId, form(), staff);
                showStatus(getTranslation("booking.staff.editor.saved") + (promoted == 0 ? ""
                        : " " + getTranslation("booking.staff.editor.promoted", Map.of("count", promoted))));
            }
        } catch (BookingAdministration.InvalidSession invalid) {
            showErrors(invalid.errors(), invalid.arguments());
        }
    }

    private void showStatus(String text) {
        status.setText(text);
        status.setVisible(true);
    }

    private void clearErrors() {
        status.setVisible(false);
        EditorErrors.clear(errorSummary, fieldsByName().values());
    }

    private Map<String, Component> fieldsByName() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("starts", starts);
        fields.put("ends", ends);
        fields.put("mode", mode);
        fields.put("capacity", capacity);
        fields.put("limit", limit);
        fields.put("audience", audience);
        fields.put("leader-name", leaderName);
        fields.put("joining-link", joiningLink);
        fields.put("access", access);
        columns.addTo(fields);
        return fields;
    }

    private void showErrors(Map<String, String> errors, Map<String, Object> arguments) {
        Map<String, Object> args = new java.util.HashMap<>(arguments);
        args.putIfAbsent("taken", 0);
        EditorErrors.show(this, errorSummary, fieldsByName(), errors, args);
    }

    @Override
    protected String title() {
        return getTranslation(sessionId == null ? "booking.staff.editor.title.new" : "booking.staff.editor.title.edit",
                Map.of("title", activityTitle));
    }
}

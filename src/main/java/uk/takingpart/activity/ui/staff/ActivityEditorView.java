package uk.takingpart.activity.ui.staff;

import com.vaadin.flow.component.Component;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import uk.takingpart.activity.ActivityAdministration;
import uk.takingpart.activity.ActivityAdministration.ActivityForm;
import uk.takingpart.activity.ActivityAdministration.TextForm;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.AreaOption;
import uk.takingpart.activity.Attendance;
import uk.takingpart.activity.Audience;
import uk.takingpart.activity.LadderLevel;
import uk.takingpart.activity.Stage;
import uk.takingpart.activity.Topic;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/**
 * Create or edit an activity, with every text field in English and Welsh side by side. Errors
 * are summarised at the top (the summary takes focus) and shown by each field; nothing typed is
 * lost. Saving keeps a draft; publishing needs the Welsh as well, unless an administrator has
 * turned that rule off.
 */
@Route(value = "staff/activities/:slug([a-z0-9-]{1,120})/edit", layout = StaffLayout.class)
@RouteAlias(value = "staff/activities/new", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR})
class ActivityEditorView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final TextField slug = new TextField();
    final Select<ActivityType> type = new Select<>();
    final Select<Topic> topic = new Select<>();
    final Select<String> area = new Select<>();
    final CheckboxGroup<Audience> audiences = new CheckboxGroup<>();
    final Select<LadderLevel> ladder = new Select<>();
    final Select<Stage> stage = new Select<>();
    final Select<Attendance> attendance = new Select<>();
    final DateTimePicker starts = new DateTimePicker();
    final DateTimePicker ends = new DateTimePicker();
    final Select<String> picture = new Select<>();
    final Map<String, LanguageFields> texts;
    private final LanguageColumns<LanguageFields> columns;
    final NativeButton save = new NativeButton();
    final NativeButton publish = new NativeButton();
    final NativeButton unpublish = new NativeButton();
    private final ActivityAdministration administration;
    private final ActivityService activities;
    private final Languages languages;
    private final AuthenticationContext authentication;
    private final ZoneId zone;
    private String existingSlug;
    private boolean hasErrors;

    /** The text fields of one language. */
    final class LanguageFields {
        final TextField title = new TextField();
        final TextArea summary = new TextArea();
        final TextArea description = new TextArea();
        final TextField location = new TextField();
        final TextArea easyRead = new TextArea();
        final TextField easyReadAlt = new TextField();

        TextForm value() {
            return new TextForm(title.getValue(), summary.getValue(), description.getValue(), location.getValue(),
                    easyRead.getValue(), easyReadAlt.getValue());
        }

        void set(TextForm form) {
            title.setValue(form.title());
            summary.setValue(form.summary());
            description.setValue(form.description());
            location.setValue(form.location());
            easyRead.setValue(form.easyRead());
            easyReadAlt.setValue(form.easyReadAlt());
        }

        Map<String, Component> byName() {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("title", title);
            fields.put("summary", summary);
            fields.put("description", description);
            fields.put("location", location);
            fields.put("easy-read", easyRead);
            fields.put("easy-read-alt", easyReadAlt);
            return fields;
        }
    }

    ActivityEditorView(ActivityAdministration administration, ActivityService activities, Languages languages,
                       AuthenticationContext authentication, @Value("${takingpart.time-zone:Europe/London}") String zone) {
        this.administration = administration;
        this.activities = activities;
        this.languages = languages;
        this.authentication = authentication;
        this.zone = ZoneId.of(zone);
        addClassName("activity-editor");
        columns = new LanguageColumns<>(languages, LanguageFields::new, LanguageFields::byName);
        texts = columns.byLanguage();
        save.addClickListener(e -> save());
        publish.addClickListener(e -> publish());
        unpublish.addClickListener(e -> {
            administration.unpublish(existingSlug, staff());
            showStatus("activity.editor.unpublished");
            updateButtons();
        });
        type.addValueChangeListener(e -> stage.setEnabled(e.getValue() == ActivityType.CONSULTATION));
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        existingSlug = event.getRouteParameters().get("slug").orElse(null);
        removeAll();
        build();
        if (existingSlug != null) {
            ActivityForm form = administration.form(existingSlug).orElseThrow(() -> new NotFoundException("No activity " + existingSlug));
            fill(form);
        } else {
            type.setValue(ActivityType.EVENT);
            ladder.setValue(LadderLevel.CONSULT);
        }
        heading.setText(title());
        updateButtons();
    }

    private void build() {
        Anchor back = new Anchor("staff/activities", getTranslation("activity.editor.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        add(back, errorSummary, heading, status);

        label(slug, "slug");
        slug.setHelperText(getTranslation("activity.editor.slug.hint"));
        slug.setMaxLength(120);
        choices(type, "type", ActivityType.values(), "activity.type.");
        choices(topic, "topic", Topic.values(), "activity.topic.");
        List<AreaOption> areaOptions = activities.areas(getLocale());
        area.setItems(areaOptions.stream().map(AreaOption::code).toList());
        area.setItemLabelGenerator(code -> areaOptions.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.name().text()).orElse(code));
        label(area, "area");
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("activity.audience." + a.key()));
        label(audiences, "audiences");
        choices(ladder, "ladder", LadderLevel.values(), "activity.ladder.");
        ladder.setHelperText(getTranslation("activity.editor.ladder.hint"));
        choices(stage, "stage", Stage.values(), "activity.stage.");
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("activity.editor.none"));
        choices(attendance, "attendance", Attendance.values(), "activity.attendance.");
        attendance.setEmptySelectionAllowed(true);
        attendance.setEmptySelectionCaption(getTranslation("activity.editor.none"));
        label(starts, "starts");
        label(ends, "ends");
        // dates as people here write them: 18/10/2026, 09:00
        starts.setLocale(Languages.formatting(getLocale()).toLocale());
        ends.setLocale(Languages.formatting(getLocale()).toLocale());
        picture.setItems(administration.pictures());
        picture.setEmptySelectionAllowed(true);
        picture.setEmptySelectionCaption(getTranslation("activity.editor.none"));
        picture.setItemLabelGenerator(path -> path == null ? "" : path.substring(path.lastIndexOf('/') + 1).replace(".svg", ""));
        label(picture, "picture");

        Section about = section("activity.editor.section.about", slug, type, topic, area, audiences, ladder, stage, attendance, starts, ends, picture);
        about.addClassName("editor-grid");

        texts.values().forEach(fields -> {
            fields.description.setHelperText(getTranslation("activity.editor.description.hint"));
            fields.easyRead.setHelperText(getTranslation("activity.editor.easy-read.hint"));
            fields.title.setMaxLength(200);
            fields.summary.setMaxLength(1000);
        });
        H2 textsHeading = new H2(getTranslation("activity.editor.section.words"));
        Section words = new Section(textsHeading, new Paragraph(getTranslation("activity.editor.section.words.hint")),
                columns.build(this, "activity.editor.field."));

        save.setText(getTranslation("activity.editor.save"));
        save.addClassName("button");
        publish.setText(getTranslation("activity.editor.publish"));
        publish.addClassName("button");
        unpublish.setText(getTranslation("activity.editor.unpublish"));
        unpublish.addClassName("button");
        unpublish.addClassName("secondary");
        Div actions = new Div(save, publish, unpublish);
        actions.addClassName("editor-actions");
        add(about, words, actions);
        if (existingSlug != null) {
            Anchor preview = new Anchor("staff/activities/" + existingSlug + "/preview", getTranslation("activity.editor.preview"));
            preview.getElement().setAttribute("router-link", true);
            add(new Paragraph(preview));
        }
    }

    private <T extends Enum<T>> void choices(Select<T> select, String field, T[] values, String keyPrefix) {
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(keyPrefix + v.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        label(select, field);
    }

    private void label(Component component, String field) {
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("activity.editor.field." + field));
        component.setId("field-" + field);
    }

    private Section section(String key, Component... fields) {
        H2 h2 = new H2(getTranslation(key));
        Section section = new Section(h2);
        section.add(fields);
        return section;
    }

    private void fill(ActivityForm form) {
        slug.setValue(form.slug());
        type.setValue(form.type());
        topic.setValue(form.topic());
        area.setValue(form.area());
        audiences.setValue(form.audiences());
        ladder.setValue(form.ladderLevel());
        stage.setValue(form.stage());
        attendance.setValue(form.attendance());
        starts.setValue(form.startsAt() == null ? null : LocalDateTime.ofInstant(form.startsAt(), zone));
        ends.setValue(form.endsAt() == null ? null : LocalDateTime.ofInstant(form.endsAt(), zone));
        picture.setValue(form.easyReadImage());
        texts.forEach((code, fields) -> fields.set(form.texts().getOrDefault(code, TextForm.EMPTY)));
    }

    ActivityForm form() {
        Map<String, TextForm> words = new LinkedHashMap<>();
        texts.forEach((code, fields) -> words.put(code, fields.value()));
        return new ActivityForm(slug.getValue().strip().toLowerCase(Locale.ROOT), type.getValue(), topic.getValue(), area.getValue(),
                audiences.getValue().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences.getValue()),
                ladder.getValue(), stage.getValue(), attendance.getValue(),
                starts.getValue() == null ? null : starts.getValue().atZone(zone).toInstant(),
                ends.getValue() == null ? null : ends.getValue().atZone(zone).toInstant(),
                picture.getValue(), words);
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    void save() {
        clearErrors();
        try {
            String saved = administration.save(existingSlug, form(), staff());
            boolean created = existingSlug == null;
            existingSlug = saved;
            showStatus(created ? "activity.editor.created" : "activity.editor.saved");
            updateButtons();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/activities/" + saved + "/edit"));
        } catch (ActivityAdministration.InvalidActivity invalid) {
            showErrors(invalid.errors());
        }
    }

    void publish() {
        clearErrors();
        save();
        if (hasErrors || existingSlug == null) {
            return;
        }
        List<String> missing = administration.publish(existingSlug, staff());
        if (missing.isEmpty()) {
            showStatus("activity.editor.published");
        } else {
            Map<String, String> errors = new LinkedHashMap<>();
            for (String field : missing) {
                errors.put("cy." + field, "activity.editor.error.welsh-missing");
            }
            showErrors(errors);
        }
        updateButtons();
    }

    private void updateButtons() {
        boolean published = existingSlug != null && administration.isPublished(existingSlug);
        unpublish.setVisible(published);
        publish.setText(getTranslation(published ? "activity.editor.save-published" : "activity.editor.publish"));
        save.setVisible(!published);
    }

    private void showStatus(String key) {
        status.setText(getTranslation(key));
        status.setVisible(true);
    }

    private void clearErrors() {
        hasErrors = false;
        status.setVisible(false);
        EditorErrors.clear(errorSummary, fieldsByName().values());
    }

    private Map<String, Component> fieldsByName() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("type", type);
        fields.put("topic", topic);
        fields.put("area", area);
        fields.put("audiences", audiences);
        fields.put("ladder", ladder);
        fields.put("stage", stage);
        fields.put("starts", starts);
        fields.put("ends", ends);
        fields.put("picture", picture);
        columns.addTo(fields);
        return fields;
    }

    private void showErrors(Map<String, String> errors) {
        hasErrors = true;
        EditorErrors.show(this, errorSummary, fieldsByName(), errors, Map.of());
    }

    @Override
    protected String title() {
        return getTranslation(existingSlug == null ? "activity.editor.title.new" : "activity.editor.title.edit");
    }
}

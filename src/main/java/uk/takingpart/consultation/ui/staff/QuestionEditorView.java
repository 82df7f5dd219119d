package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.QuestionnaireBuilder;
import uk.takingpart.consultation.QuestionnaireOutline;
import uk.takingpart.consultation.QuestionnaireOutline.OptionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.SectionDraft;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;

/**
 * One question of a questionnaire: its type, its words (text and help) in every language side by
 * side, whether it may be skipped, the limits its type has, its options (each worded in every
 * language, added, moved and removed here and saved with the question) and when it is asked
 * (an earlier question and one of its answers). Errors are shown by each field and in the
 * summary; what was typed stays, a refusal included (someone else saved meanwhile, or people
 * have responded and only words may change). Analysts see it read only.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/questionnaire/questions/:question([0-9]{1,18})", layout = StaffLayout.class)
@RouteAlias(value = "staff/consultations/:id([0-9]{1,18})/questionnaire/sections/:section([0-9]{1,18})/new-question",
        layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class QuestionEditorView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final Select<QuestionType> type = new Select<>();
    final Checkbox optional = new Checkbox();
    final Checkbox other = new Checkbox();
    final Map<String, LanguageFields> texts;
    final TextField minChoices = new TextField();
    final TextField maxChoices = new TextField();
    final TextField maxLength = new TextField();
    final TextField minValue = new TextField();
    final TextField maxValue = new TextField();
    final DatePicker earliestDate = new DatePicker();
    final DatePicker latestDate = new DatePicker();
    final Section optionsSection = new Section();
    final H2 optionsHeading = new H2();
    final Paragraph optionsError = new Paragraph();
    final Div optionRows = new Div();
    final List<OptionRow> options = new ArrayList<>();
    final NativeButton addOption = new NativeButton();
    final Select<Long> condition = new Select<>();
    final Select<String> conditionValue = new Select<>();
    final NativeButton save = new NativeButton();
    private final Section limits = new Section();
    private final LanguageColumns<LanguageFields> columns;
    private final Languages languages;
    private final QuestionnaireBuilder builder;
    private final ResponseAdministration responses;
    private final AuthenticationContext authentication;
    QuestionnaireOutline outline;
    private long consultationId;
    private long sectionId;
    private Long questionId;
    private long version;
    private String consultationTitle = "";
    private boolean hasErrors;

    /** A question's words in one language. */
    static final class LanguageFields {
        final TextArea text = new TextArea();
        final TextArea help = new TextArea();

        Map<String, Component> byName() {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("text", text);
            fields.put("help", help);
            return fields;
        }
    }

    /** One option: its words in each language, and buttons to move and remove it. */
    final class OptionRow extends Div {
        final Long id;
        final String code;
        final Map<String, TextField> words = new LinkedHashMap<>();
        final NativeButton up = new NativeButton();
        final NativeButton down = new NativeButton();
        final NativeButton remove = new NativeButton();
        final H3 title = new H3();

        OptionRow(Long id, String code, Map<String, String> text) {
            this.id = id;
            this.code = code;
            addClassName("option-row");
            add(title);
            Div fields = new Div();
            fields.addClassName("option-words");
            for (Locale language : languages.supported()) {
                TextField field = new TextField();
                field.setMaxLength(QuestionnaireBuilder.OPTION_MAX);
                field.setValue(text.getOrDefault(language.getLanguage(), ""));
                field.getElement().setAttribute("lang", language.toLanguageTag());
                field.setReadOnly(!canEdit());
                words.put(language.getLanguage(), field);
                fields.add(field);
            }
            add(fields);
            for (NativeButton b : List.of(up, down, remove)) {
                b.addClassName("button");
                b.addClassName("secondary");
                b.addClassName("small");
            }
            up.addClickListener(e -> moveOption(this, -1));
            down.addClickListener(e -> moveOption(this, 1));
            remove.addClickListener(e -> removeOption(this));
            Div actions = new Div(up, down, remove);
            actions.addClassName("builder-actions");
            add(actions);
        }

        /** Numbers the row (labels, ids) for its place in the list. */
        void place(int number, int count, boolean structure) {
            String noun = getTranslation(type.getValue() == QuestionType.AGREEMENT_GRID ? "consultation.builder.statement" : "consultation.builder.option",
                    Map.of("number", number));
            title.setText(noun);
            words.forEach((language, field) -> {
                field.setLabel(getTranslation("consultation.builder.field.option", Map.of("option", noun,
                        "language", Languages.nativeName(Locale.forLanguageTag(language)))));
                field.setId("option-" + number + "-" + language);
            });
            setLabel(up, "consultation.builder.action.up", noun);
            setLabel(down, "consultation.builder.action.down", noun);
            setLabel(remove, "consultation.builder.action.remove", noun);
            up.setVisible(structure && number > 1);
            down.setVisible(structure && number < count);
            remove.setVisible(structure);
        }

        OptionDraft value() {
            Map<String, String> text = new LinkedHashMap<>();
            words.forEach((language, field) -> text.put(language, field.getValue()));
            return new OptionDraft(id, code, text);
        }
    }

    QuestionEditorView(QuestionnaireBuilder builder, ResponseAdministration responses, Languages languages,
                       AuthenticationContext authentication) {
        this.builder = builder;
        this.responses = responses;
        this.languages = languages;
        this.authentication = authentication;
        addClassName("question-editor");
        columns = new LanguageColumns<>(languages, LanguageFields::new, LanguageFields::byName);
        texts = columns.byLanguage();
        texts.values().forEach(f -> {
            f.text.setMaxLength(QuestionnaireBuilder.TEXT_MAX);
            f.help.setMaxLength(QuestionnaireBuilder.HELP_MAX);
        });
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
        type.addValueChangeListener(e -> showForType());
        condition.addValueChangeListener(e -> conditionValues());
        addOption.addClickListener(e -> {
            OptionRow row = new OptionRow(null, null, Map.of());
            options.add(row);
            placeOptions();
            row.words.values().iterator().next().focus();
        });
        save.addClickListener(e -> save());
        optionsError.addClassName("error-message");
        optionsError.setVisible(false);
    }

    static String editPath(long consultationId, long questionId) {
        return "staff/consultations/" + consultationId + "/questionnaire/questions/" + questionId;
    }

    static String newPath(long consultationId, long sectionId) {
        return "staff/consultations/" + consultationId + "/questionnaire/sections/" + sectionId + "/new-question";
    }

    boolean canEdit() {
        return authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        questionId = event.getRouteParameters().get("question").map(Long::valueOf).orElse(null);
        Long section = event.getRouteParameters().get("section").map(Long::valueOf).orElse(null);
        ConsultationSummary summary = responses.consultation(consultationId, getLocale()).orElse(null);
        outline = summary == null ? null : builder.open(consultationId).orElse(null);
        QuestionDraft question = outline == null || questionId == null ? null : outline.question(questionId).orElse(null);
        boolean known = outline != null && (question != null || (section != null && outline.section(section).isPresent() && canEdit()));
        if (!known) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        consultationTitle = ResponseView.title(summary);
        sectionId = question != null ? sectionOf(question) : section;
        version = outline.version();
        removeAll();
        build();
        fill(question);
        heading.setText(title());
    }

    private long sectionOf(QuestionDraft question) {
        return outline.sections().stream().filter(s -> s.questions().contains(question)).findFirst().map(SectionDraft::id).orElseThrow();
    }

    private void build() {
        Anchor back = ConsultationListView.link("staff/consultations/" + consultationId + "/questionnaire",
                getTranslation("consultation.builder.question.back"));
        back.addClassName("back-link");
        add(back, errorSummary, heading, status);
        boolean editor = canEdit();
        if (!editor) {
            add(notice("consultation.builder.read-only"));
        } else if (outline.responded()) {
            add(notice("consultation.builder.question.responded"));
        }

        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("consultation.question.type." + t.key()));
        label(type, "type");
        label(optional, "optional");
        label(other, "other");
        Section about = new Section(new H2(getTranslation("consultation.builder.question.about")), type, optional, other);
        about.addClassName("editor-grid");

        Section words = new Section(new H2(getTranslation("consultation.builder.question.words")),
                new Paragraph(getTranslation("consultation.builder.question.words.hint")),
                columns.build(this, "consultation.builder.field.question."));

        label(minChoices, "min-choices");
        label(maxChoices, "max-choices");
        label(maxLength, "max-length");
        maxLength.setHelperText(getTranslation("consultation.builder.field.max-length.hint"));
        label(minValue, "min-value");
        label(maxValue, "max-value");
        label(earliestDate, "earliest-date");
        label(latestDate, "latest-date");
        earliestDate.setLocale(Languages.formatting(getLocale()).toLocale());
        latestDate.setLocale(Languages.formatting(getLocale()).toLocale());
        for (TextField number : List.of(minChoices, maxChoices, maxLength, minValue, maxValue)) {
            number.getElement().setAttribute("inputmode", "numeric");
            number.addClassName("input-short");
        }
        limits.removeAll();
        limits.add(new H2(getTranslation("consultation.builder.question.limits")),
                new Paragraph(getTranslation("consultation.builder.question.limits.hint")),
                minChoices, maxChoices, maxLength, minValue, maxValue, earliestDate, latestDate);
        limits.addClassName("editor-grid");

        optionsSection.removeAll();
        optionsSection.setId("field-options");
        optionsSection.getElement().setAttribute("tabindex", "-1");
        addOption.setText(getTranslation("consultation.builder.add-option"));
        addOption.addClassName("button");
        addOption.addClassName("secondary");
        optionsSection.add(optionsHeading, optionsError, optionRows, addOption);

        label(condition, "condition");
        condition.setEmptySelectionAllowed(true);
        condition.setEmptySelectionCaption(getTranslation("consultation.builder.condition.always"));
        condition.setHelperText(getTranslation("consultation.builder.field.condition.hint"));
        label(conditionValue, "condition-value");
        Section when = new Section(new H2(getTranslation("consultation.builder.question.when")), condition, conditionValue);
        when.addClassName("editor-grid");

        save.setText(getTranslation("consultation.builder.question.save"));
        save.addClassName("button");
        Div actions = new Div(save);
        actions.addClassName("editor-actions");
        save.setVisible(editor);
        add(about, words, optionsSection, limits, when, actions);
    }

    private void fill(QuestionDraft q) {
        options.clear();
        if (q == null) {
            type.setValue(QuestionType.SINGLE_CHOICE);
            optional.setValue(false);
            other.setValue(false);
            texts.values().forEach(f -> {
                f.text.clear();
                f.help.clear();
            });
            for (TextField f : List.of(minChoices, maxChoices, maxLength, minValue, maxValue)) {
                f.clear();
            }
            earliestDate.clear();
            latestDate.clear();
            condition.clear();
        } else {
            type.setValue(q.type());
            optional.setValue(q.optional());
            other.setValue(q.otherAllowed());
            texts.forEach((language, f) -> {
                f.text.setValue(q.text().getOrDefault(language, ""));
                f.help.setValue(q.help().getOrDefault(language, ""));
            });
            minChoices.setValue(text(q.minChoices()));
            maxChoices.setValue(text(q.maxChoices()));
            maxLength.setValue(text(q.maxLength()));
            minValue.setValue(text(q.minValue()));
            maxValue.setValue(text(q.maxValue()));
            earliestDate.setValue(q.earliestDate());
            latestDate.setValue(q.latestDate());
            q.options().forEach(o -> options.add(new OptionRow(o.id(), o.code(), o.text())));
        }
        conditionChoices();
        condition.setValue(q == null ? null : q.shownIfQuestion());
        conditionValues();
        conditionValue.setValue(q == null ? null : q.shownIfValue());
        showForType();
        lockStructure();
    }

    /** Analysts change nothing; once people have responded, editors change only the words. */
    private void lockStructure() {
        boolean editor = canEdit();
        boolean structure = editor && !outline.responded();
        texts.values().forEach(f -> f.byName().values().forEach(c -> ((HasValue<?, ?>) c).setReadOnly(!editor)));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(type, optional, other, minChoices, maxChoices, maxLength, minValue, maxValue,
                earliestDate, latestDate, condition, conditionValue)) {
            field.setReadOnly(!structure);
        }
        addOption.setVisible(structure);
        placeOptions();
    }

    private void showForType() {
        QuestionType t = type.getValue();
        boolean hasOptions = t != null && t.hasOptions();
        optionsSection.setVisible(hasOptions);
        optionsHeading.setText(getTranslation(t == QuestionType.AGREEMENT_GRID ? "consultation.builder.statements" : "consultation.builder.options"));
        other.setVisible(t == QuestionType.SINGLE_CHOICE);
        minChoices.setVisible(t == QuestionType.MULTIPLE_CHOICE);
        maxChoices.setVisible(t == QuestionType.MULTIPLE_CHOICE);
        maxLength.setVisible(t == QuestionType.SHORT_TEXT || t == QuestionType.LONG_TEXT);
        minValue.setVisible(t == QuestionType.NUMBER);
        maxValue.setVisible(t == QuestionType.NUMBER);
        earliestDate.setVisible(t == QuestionType.DATE);
        latestDate.setVisible(t == QuestionType.DATE);
        limits.setVisible(t == QuestionType.MULTIPLE_CHOICE || t == QuestionType.SHORT_TEXT || t == QuestionType.LONG_TEXT
                || t == QuestionType.NUMBER || t == QuestionType.DATE);
        placeOptions();
    }

    private void placeOptions() {
        optionRows.removeAll();
        boolean structure = canEdit() && !outline.responded();
        for (int i = 0; i < options.size(); i++) {
            options.get(i).place(i + 1, options.size(), structure);
            optionRows.add(options.get(i));
        }
    }

    void moveOption(OptionRow row, int direction) {
        int i = options.indexOf(row);
        int j = i + direction;
        if (j < 0 || j >= options.size()) {
            return;
        }
        options.add(j, options.remove(i));
        placeOptions();
        (direction < 0 ? row.up : row.down).focus();
    }

    void removeOption(OptionRow row) {
        options.remove(row);
        placeOptions();
        addOption.focus();
    }

    /** The questions before this one that a condition can name. */
    private void conditionChoices() {
        List<QuestionDraft> earlier = outline.before(questionId, sectionId).stream().filter(QuestionDraft::canBeCondition).toList();
        condition.setItems(earlier.stream().map(QuestionDraft::id).toList());
        condition.setItemLabelGenerator(id -> id == null ? getTranslation("consultation.builder.condition.always")
                : outline.question(id).map(q -> getTranslation("consultation.builder.condition.question",
                        Map.of("number", outline.number(id), "question", words(q.text())))).orElse(""));
    }

    private void conditionValues() {
        Long chosen = condition.getValue();
        QuestionDraft earlier = chosen == null ? null : outline.question(chosen).orElse(null);
        conditionValue.setItems(earlier == null ? List.of() : earlier.values());
        conditionValue.setItemLabelGenerator(v -> earlier == null || v == null ? "" : valueText(this, getLocale(), earlier, v));
        conditionValue.setVisible(earlier != null);
    }

    /** An answer's words in the staff member's language: an option's text, a scale point, yes / no / not sure, or "Other". */
    static String valueText(Component page, Locale language, QuestionDraft question, String value) {
        if (QuestionType.OTHER.equals(value) && question.type() == QuestionType.SINGLE_CHOICE) {
            return page.getTranslation("consultation.question.other");
        }
        return switch (question.type()) {
            case AGREEMENT_SCALE, AGREEMENT_GRID -> page.getTranslation("consultation.question.scale." + value);
            case YES_NO_NOT_SURE -> page.getTranslation("consultation.question.yes-no." + value);
            default -> question.options().stream().filter(o -> o.code().equals(value)).findFirst()
                    .map(o -> {
                        String own = o.text().get(language.getLanguage());
                        return own != null ? own : o.text().getOrDefault(QuestionnaireBuilder.ENGLISH, value);
                    }).orElse(value);
        };
    }

    void save() {
        clearErrors();
        Map<String, String> errors = new LinkedHashMap<>();
        Integer min = whole(minChoices, "min-choices", errors);
        Integer max = whole(maxChoices, "max-choices", errors);
        Integer length = whole(maxLength, "max-length", errors);
        Long low = wholeLong(minValue, "min-value", errors);
        Long high = wholeLong(maxValue, "max-value", errors);
        if (!errors.isEmpty()) {
            showErrors(errors, Map.of());
            return;
        }
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, String> help = new LinkedHashMap<>();
        texts.forEach((language, f) -> {
            text.put(language, f.text.getValue());
            help.put(language, f.help.getValue());
        });
        QuestionDraft draft = new QuestionDraft(questionId, null, type.getValue(), text, help, optional.getValue(), other.getValue(),
                min, max, length, low, high, earliestDate.getValue(), latestDate.getValue(),
                options.stream().map(OptionRow::value).toList(), condition.getValue(),
                condition.getValue() == null ? null : conditionValue.getValue());
        long saved;
        try {
            saved = builder.saveQuestion(consultationId, version, sectionId, draft, staff());
        } catch (QuestionnaireBuilder.Refused refused) {
            showErrors(refused.errors(), refused.arguments());
            return;
        }
        boolean created = questionId == null;
        questionId = saved;
        outline = builder.open(consultationId).orElseThrow();
        version = outline.version();
        fill(outline.question(saved).orElseThrow());
        heading.setText(title());
        status.setText(getTranslation(created ? "consultation.builder.question.created" : "consultation.builder.question.saved",
                Map.of("number", outline.number(saved))));
        status.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, editPath(consultationId, saved)));
    }

    private static Integer whole(TextField field, String name, Map<String, String> errors) {
        Long value = wholeLong(field, name, errors);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            errors.put(name, "consultation.builder.error.whole-number");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private static Long wholeLong(TextField field, String name, Map<String, String> errors) {
        String value = field.isVisible() ? field.getValue().strip().replace(",", "") : "";
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.put(name, "consultation.builder.error.whole-number");
            return null;
        }
    }

    private Map<String, Component> fieldsByName() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("type", type);
        columns.addTo(fields);
        fields.put("options", optionsSection);
        for (int i = 0; i < options.size(); i++) {
            int number = i + 1;
            options.get(i).words.forEach((language, field) -> fields.put("option-" + number + "." + language, field));
        }
        fields.put("min-choices", minChoices);
        fields.put("max-choices", maxChoices);
        fields.put("max-length", maxLength);
        fields.put("min-value", minValue);
        fields.put("max-value", maxValue);
        fields.put("earliest-date", earliestDate);
        fields.put("latest-date", latestDate);
        fields.put("condition", condition);
        fields.put("condition-value", conditionValue);
        return fields;
    }

    private void showErrors(Map<String, String> errors, Map<String, ?> arguments) {
        hasErrors = true;
        String optionsKey = errors.get("options");
        if (optionsKey != null) {
            optionsError.setText(getTranslation("common.error.prefix") + " " + getTranslation(optionsKey, arguments));
            optionsError.setVisible(true);
        }
        EditorErrors.show(this, errorSummary, fieldsByName(), errors, arguments);
    }

    private void clearErrors() {
        hasErrors = false;
        status.setVisible(false);
        optionsError.setVisible(false);
        EditorErrors.clear(errorSummary, fieldsByName().values());
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private void label(Component component, String field) {
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("consultation.builder.field." + field));
        component.setId("field-" + field);
    }

    private void setLabel(NativeButton button, String key, String noun) {
        button.removeAll();
        button.setText(getTranslation(key));
        Span hidden = new Span(" " + noun);
        hidden.addClassName("visually-hidden");
        button.add(hidden);
    }

    private Paragraph notice(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("notice");
        return p;
    }

    private String words(Map<String, String> byLanguage) {
        String own = byLanguage.get(getLocale().getLanguage());
        return own != null ? own : byLanguage.getOrDefault(QuestionnaireBuilder.ENGLISH, "");
    }

    private static String text(Number value) {
        return value == null ? "" : value.toString();
    }

    @Override
    protected String title() {
        String title = questionId == null
                ? getTranslation("consultation.builder.question.new-title", Map.of("title", consultationTitle))
                : getTranslation("consultation.builder.question.title", Map.of("number", outline == null ? 0 : outline.number(questionId),
                        "title", consultationTitle));
        return hasErrors ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }
}

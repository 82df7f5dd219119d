package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.QuestionnaireBuilder;
import uk.takingpart.consultation.QuestionnaireOutline;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.SectionDraft;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;

/**
 * A consultation's questionnaire in the back office: its sections and questions in order, each
 * with what it asks, its type and when it is asked, and (for editors) buttons to add, edit, move
 * and remove them. A section's words are edited here, in every language side by side; a question
 * opens in {@link QuestionEditorView}. Once people have responded only the words can change, and
 * the page says so; analysts read it without the buttons. Every change names the version the page
 * was opened at, so a change someone else made meanwhile is never overwritten.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/questionnaire", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class QuestionnaireBuilderView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final Div outlineArea = new Div();
    final NativeButton create = new NativeButton();
    final NativeButton addSection = new NativeButton();
    /** The form for a section's words, shown when adding or editing one. */
    final Section sectionForm = new Section();
    final Map<String, SectionFields> sectionTexts;
    final NativeButton saveSection = new NativeButton();
    final NativeButton cancelSection = new NativeButton();
    /** The question asked to confirm a removal, with its two buttons. */
    final Div confirmation = new Div();
    final NativeButton confirmRemove = new NativeButton();
    final NativeButton keep = new NativeButton();
    /** Each question's and section's buttons, by id, for tests and focus. */
    final Map<Long, Actions> questionActions = new HashMap<>();
    final Map<Long, Actions> sectionActions = new HashMap<>();
    private final LanguageColumns<SectionFields> columns;
    private final QuestionnaireBuilder builder;
    private final ResponseAdministration responses;
    private final AuthenticationContext authentication;
    QuestionnaireOutline outline;
    private String consultationTitle = "";
    private Long editingSection;
    private Runnable pendingRemoval;
    private boolean hasErrors;

    /** The buttons beside one question or section. */
    record Actions(Component edit, NativeButton up, NativeButton down, NativeButton remove) {}

    /** A section's words in one language. */
    static final class SectionFields {
        final TextField title = new TextField();
        final TextArea introduction = new TextArea();

        Map<String, Component> byName() {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("title", title);
            fields.put("introduction", introduction);
            return fields;
        }
    }

    QuestionnaireBuilderView(QuestionnaireBuilder builder, ResponseAdministration responses, Languages languages,
                             AuthenticationContext authentication) {
        this.builder = builder;
        this.responses = responses;
        this.authentication = authentication;
        addClassName("questionnaire-builder");
        columns = new LanguageColumns<>(languages, SectionFields::new, SectionFields::byName);
        sectionTexts = columns.byLanguage();
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
        create.addClickListener(e -> act(() -> builder.create(outline.consultationId(), staff()), "consultation.builder.created"));
        addSection.addClickListener(e -> openSectionForm(null));
        saveSection.addClickListener(e -> saveSection());
        cancelSection.addClickListener(e -> closeSectionForm());
        confirmRemove.addClickListener(e -> {
            Runnable removal = pendingRemoval;
            confirmation.setVisible(false);
            pendingRemoval = null;
            if (removal != null) {
                removal.run();
            }
        });
        keep.addClickListener(e -> {
            confirmation.setVisible(false);
            pendingRemoval = null;
        });
        confirmation.addClassName("confirmation");
        confirmation.setId("confirmation");
        confirmation.getElement().setAttribute("tabindex", "-1");
        confirmation.setVisible(false);
        sectionForm.setVisible(false);
        sectionForm.setId("section-form");
        sectionTexts.values().forEach(f -> {
            f.title.setMaxLength(QuestionnaireBuilder.TITLE_MAX);
            f.introduction.setMaxLength(QuestionnaireBuilder.INTRODUCTION_MAX);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        ConsultationSummary summary = responses.consultation(id, getLocale()).orElse(null);
        QuestionnaireOutline found = summary == null ? null : builder.open(id).orElse(null);
        if (found == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        consultationTitle = ResponseView.title(summary);
        outline = found;
        removeAll();
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations", getTranslation("consultation.staff.responses.back"));
        back.addClassName("back-link");
        add(back, errorSummary, heading, QuestionnaireLinks.nav(this, id, "questionnaire"), status, confirmation, outlineArea, sectionForm);
        buildSectionForm();
        show();
    }

    boolean canEdit() {
        return authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    /** Draws the questionnaire as it now is. */
    void show() {
        outlineArea.removeAll();
        questionActions.clear();
        sectionActions.clear();
        boolean editor = canEdit();
        boolean structure = editor && !outline.responded();
        if (!editor) {
            outlineArea.add(notice("consultation.builder.read-only"));
        } else if (outline.responded()) {
            outlineArea.add(notice("consultation.builder.responded"));
        } else {
            outlineArea.add(new Paragraph(getTranslation("consultation.builder.intro")));
        }
        if (outline.questionnaireId() == null) {
            outlineArea.add(new Paragraph(getTranslation("consultation.builder.none")));
            if (editor) {
                button(create, "consultation.builder.create", false);
                outlineArea.add(create);
            }
            return;
        }
        Anchor preview = ConsultationListView.link("staff/consultations/" + outline.consultationId() + "/questionnaire/preview",
                getTranslation("consultation.builder.preview"));
        outlineArea.add(new Paragraph(preview));
        if (outline.sections().isEmpty()) {
            outlineArea.add(new Paragraph(getTranslation("consultation.builder.no-sections")));
        }
        List<SectionDraft> sections = outline.sections();
        for (int s = 0; s < sections.size(); s++) {
            SectionDraft section = sections.get(s);
            int sectionNumber = s + 1;
            H2 title = new H2(getTranslation("consultation.builder.section.heading",
                    Map.of("number", sectionNumber, "title", words(section.title()))));
            Section block = new Section(title);
            block.addClassName("builder-section");
            block.setId("section-" + section.id());
            if (!words(section.introduction()).isEmpty()) {
                Paragraph intro = new Paragraph(words(section.introduction()));
                intro.addClassName("section-introduction");
                block.add(intro);
            }
            if (editor) {
                String named = getTranslation("consultation.builder.section.named", Map.of("number", sectionNumber));
                NativeButton edit = small("consultation.builder.action.edit", named);
                edit.addClickListener(e -> openSectionForm(section));
                NativeButton up = small("consultation.builder.action.up", named);
                up.addClickListener(e -> act(() -> builder.moveSection(outline.consultationId(), outline.version(), section.id(), -1, staff()),
                        "consultation.builder.moved"));
                NativeButton down = small("consultation.builder.action.down", named);
                down.addClickListener(e -> act(() -> builder.moveSection(outline.consultationId(), outline.version(), section.id(), 1, staff()),
                        "consultation.builder.moved"));
                NativeButton remove = small("consultation.builder.action.remove", named);
                remove.addClickListener(e -> confirm(getTranslation("consultation.builder.confirm.section",
                        Map.of("number", sectionNumber, "count", section.questions().size())),
                        () -> act(() -> builder.removeSection(outline.consultationId(), outline.version(), section.id(), staff()),
                                "consultation.builder.removed")));
                up.setVisible(structure && s > 0);
                down.setVisible(structure && s < sections.size() - 1);
                remove.setVisible(structure);
                Div actions = new Div(edit, up, down, remove);
                actions.addClassName("builder-actions");
                block.add(actions);
                sectionActions.put(section.id(), new Actions(edit, up, down, remove));
            }
            if (section.questions().isEmpty()) {
                block.add(new Paragraph(getTranslation("consultation.builder.section.empty")));
            } else {
                block.add(questionTable(section, sectionNumber, editor, structure));
            }
            if (structure) {
                Anchor add = ConsultationListView.link(QuestionEditorView.newPath(outline.consultationId(), section.id()),
                        getTranslation("consultation.builder.add-question", Map.of("number", sectionNumber)));
                add.addClassName("add-question");
                block.add(new Paragraph(add));
            }
            outlineArea.add(block);
        }
        if (structure) {
            button(addSection, "consultation.builder.add-section", false);
            outlineArea.add(addSection);
        }
    }

    private DataTable questionTable(SectionDraft section, int sectionNumber, boolean editor, boolean structure) {
        DataTable table = new DataTable();
        String caption = getTranslation("consultation.builder.questions.caption", Map.of("number", sectionNumber));
        if (editor) {
            table.columns(caption, column("number"), column("question"), column("type"), column("asked"), column("actions"));
        } else {
            table.columns(caption, column("number"), column("question"), column("type"), column("asked"), column("open"));
        }
        List<QuestionDraft> all = outline.questions();
        for (QuestionDraft q : section.questions()) {
            int number = outline.number(q.id());
            String named = getTranslation("consultation.builder.question.named", Map.of("number", number));
            Anchor open = ConsultationListView.link(QuestionEditorView.editPath(outline.consultationId(), q.id()),
                    getTranslation(editor ? "consultation.builder.action.edit" : "consultation.builder.action.open"));
            open.add(hidden(named));
            Div actions = new Div(open);
            actions.addClassName("builder-actions");
            if (editor) {
                NativeButton up = small("consultation.builder.action.up", named);
                up.addClickListener(e -> act(() -> builder.moveQuestion(outline.consultationId(), outline.version(), q.id(), -1, staff()),
                        "consultation.builder.moved"));
                NativeButton down = small("consultation.builder.action.down", named);
                down.addClickListener(e -> act(() -> builder.moveQuestion(outline.consultationId(), outline.version(), q.id(), 1, staff()),
                        "consultation.builder.moved"));
                NativeButton remove = small("consultation.builder.action.remove", named);
                remove.addClickListener(e -> confirm(getTranslation("consultation.builder.confirm.question",
                                Map.of("number", number, "question", words(q.text()))),
                        () -> act(() -> builder.removeQuestion(outline.consultationId(), outline.version(), q.id(), staff()),
                                "consultation.builder.removed")));
                up.setVisible(structure && number > 1);
                down.setVisible(structure && number < all.size());
                remove.setVisible(structure);
                actions.add(up, down, remove);
                questionActions.put(q.id(), new Actions(open, up, down, remove));
            }
            String optional = q.optional() ? " " + getTranslation("consultation.question.optional") : "";
            table.row(String.valueOf(number), words(q.text()) + optional, getTranslation("consultation.question.type." + q.type().key()),
                    asked(q), actions);
        }
        return table;
    }

    /** "Always", or "If question 2 is answered Yes". */
    String asked(QuestionDraft q) {
        if (q.shownIfQuestion() == null) {
            return getTranslation("consultation.builder.asked.always");
        }
        QuestionDraft earlier = outline.question(q.shownIfQuestion()).orElse(null);
        if (earlier == null) {
            return getTranslation("consultation.builder.asked.always");
        }
        return getTranslation("consultation.builder.asked.if", Map.of("number", outline.number(earlier.id()),
                "answer", QuestionEditorView.valueText(this, getLocale(), earlier, q.shownIfValue())));
    }

    private void buildSectionForm() {
        sectionForm.removeAll();
        H2 title = new H2();
        title.setId("section-form-heading");
        Paragraph hint = new Paragraph(getTranslation("consultation.builder.section.hint"));
        button(saveSection, "consultation.builder.section.save", false);
        button(cancelSection, "consultation.builder.section.cancel", true);
        Div actions = new Div(saveSection, cancelSection);
        actions.addClassName("editor-actions");
        sectionForm.add(title, hint, columns.build(this, "consultation.builder.field.section."), actions);
    }

    void openSectionForm(SectionDraft section) {
        clearErrors();
        editingSection = section == null ? null : section.id();
        ((H2) sectionForm.getComponentAt(0)).setText(section == null ? getTranslation("consultation.builder.section.add-heading")
                : getTranslation("consultation.builder.section.edit-heading",
                        Map.of("number", outline.sections().indexOf(section) + 1)));
        sectionTexts.forEach((language, fields) -> {
            fields.title.setValue(section == null ? "" : section.title().getOrDefault(language, ""));
            fields.introduction.setValue(section == null ? "" : section.introduction().getOrDefault(language, ""));
        });
        sectionForm.setVisible(true);
        sectionTexts.values().iterator().next().title.focus();
    }

    void closeSectionForm() {
        clearErrors();
        editingSection = null;
        sectionForm.setVisible(false);
    }

    void saveSection() {
        clearErrors();
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> introduction = new LinkedHashMap<>();
        sectionTexts.forEach((language, fields) -> {
            title.put(language, fields.title.getValue());
            introduction.put(language, fields.introduction.getValue());
        });
        SectionDraft draft = new SectionDraft(editingSection, null, title, introduction, List.of());
        try {
            builder.saveSection(outline.consultationId(), outline.version(), draft, staff());
        } catch (QuestionnaireBuilder.Refused refused) {
            showErrors(refused);
            return;
        }
        sectionForm.setVisible(false);
        editingSection = null;
        reload("consultation.builder.section.saved");
    }

    private void confirm(String question, Runnable removal) {
        clearErrors();
        pendingRemoval = removal;
        confirmation.removeAll();
        Paragraph text = new Paragraph(question);
        button(confirmRemove, "consultation.builder.confirm.remove", false);
        button(keep, "consultation.builder.confirm.keep", true);
        Div actions = new Div(confirmRemove, keep);
        actions.addClassName("editor-actions");
        confirmation.add(text, actions);
        confirmation.setVisible(true);
        confirmation.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    /** Runs a change; a refusal is shown in the error summary and the page stays as it was. */
    void act(Runnable change, String doneKey) {
        clearErrors();
        try {
            change.run();
        } catch (QuestionnaireBuilder.Refused refused) {
            showErrors(refused);
            return;
        }
        reload(doneKey);
    }

    private void reload(String doneKey) {
        outline = builder.open(outline.consultationId()).orElseThrow();
        show();
        status.setText(getTranslation(doneKey));
        status.setVisible(true);
    }

    private void showErrors(QuestionnaireBuilder.Refused refused) {
        hasErrors = true;
        Map<String, Component> fields = new LinkedHashMap<>();
        if (sectionForm.isVisible()) {
            columns.addTo(fields);
        }
        EditorErrors.show(this, errorSummary, fields, refused.errors(), refused.arguments());
    }

    private void clearErrors() {
        hasErrors = false;
        status.setVisible(false);
        Map<String, Component> fields = new LinkedHashMap<>();
        columns.addTo(fields);
        EditorErrors.clear(errorSummary, fields.values());
    }

    private Paragraph notice(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("notice");
        return p;
    }

    private NativeButton small(String key, String named) {
        NativeButton b = new NativeButton(getTranslation(key));
        b.add(hidden(named));
        b.addClassName("button");
        b.addClassName("secondary");
        b.addClassName("small");
        return b;
    }

    private static Span hidden(String text) {
        Span span = new Span(" " + text);
        span.addClassName("visually-hidden");
        return span;
    }

    private void button(NativeButton b, String key, boolean secondary) {
        b.setText(getTranslation(key));
        b.addClassName("button");
        if (secondary) {
            b.addClassName("secondary");
        }
    }

    private String column(String name) {
        return getTranslation("consultation.builder.questions.column." + name);
    }

    /** Staff-written words in the staff member's language, else English. */
    String words(Map<String, String> byLanguage) {
        String own = byLanguage.get(getLocale().getLanguage());
        return own != null ? own : byLanguage.getOrDefault(QuestionnaireBuilder.ENGLISH, "");
    }

    @Override
    protected String title() {
        String title = getTranslation("consultation.builder.title", Map.of("title", consultationTitle));
        return hasErrors ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }
}

package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
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
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.LanguageColumns;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationQuestions.ActionResult;
import uk.takingpart.consultation.ConsultationQuestions.StaffQuestion;
import uk.takingpart.consultation.ConsultationQuestions.Status;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;

/**
 * The public's questions on a consultation, new ones first: editors and administrators publish,
 * answer as a named role (in each language, side by side), reject with a reason kept for staff, or
 * merge a duplicate into another question; analysts read. Each action is checked against what the
 * member of staff saw, so two people acting at once get a message, not an error.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/questions", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationQuestionsView extends SitePage implements BeforeEnterObserver {
    enum Mode { ANSWER, REJECT, MERGE }

    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph notice = new Paragraph();
    final Map<Long, Button> publishButtons = new HashMap<>();
    final Map<Long, Button> answerButtons = new HashMap<>();
    final Map<Long, Button> rejectButtons = new HashMap<>();
    final Map<Long, Button> mergeButtons = new HashMap<>();
    /** The open action's fields (for the question chosen). */
    Map<String, AnswerFields> answerTexts = Map.of();
    private LanguageColumns<AnswerFields> columns;
    final TextArea reason = new TextArea();
    final Select<StaffQuestion> mergeInto = new Select<>();

    private final ConsultationQuestions questions;
    private final ResponseAdministration responses;
    private final DateTexts dates;
    private final Languages languages;
    private final AuthenticationContext authentication;
    private long consultationId;
    private String consultationTitle = "";
    private List<StaffQuestion> shown = List.of();
    private Long chosen;
    private Mode mode;

    static final class AnswerFields {
        final TextField role = new TextField();
        final TextArea answer = new TextArea();

        Map<String, Component> byName() {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("role", role);
            fields.put("answer", answer);
            return fields;
        }
    }

    ConsultationQuestionsView(ConsultationQuestions questions, ResponseAdministration responses, DateTexts dates, Languages languages,
                              AuthenticationContext authentication) {
        this.questions = questions;
        this.responses = responses;
        this.dates = dates;
        this.languages = languages;
        this.authentication = authentication;
        addClassName("staff-consultation-questions");
        notice.addClassName("notice");
        notice.setId("questions-notice");
        notice.getElement().setAttribute("role", "status");
        reason.setId("reject-reason");
        reason.setMaxLength(ConsultationQuestions.MAX_REASON_LENGTH);
        mergeInto.setId("merge-into");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        ConsultationSummary consultation = responses.consultation(id, getLocale()).orElse(null);
        if (consultation == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        consultationId = id;
        consultationTitle = ResponseView.title(consultation);
        chosen = null;
        mode = null;
        notice.setText("");
        render();
    }

    private boolean editor() {
        return authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
    }

    private void render() {
        removeAll();
        publishButtons.clear();
        answerButtons.clear();
        rejectButtons.clear();
        mergeButtons.clear();
        errorSummary.hide();
        Anchor back = ConsultationListView.link("staff/consultations/" + consultationId + "/responses",
                getTranslation("consultation.staff.questions.back"));
        back.addClassName("back-link");
        heading.setText(title());
        add(back, errorSummary, heading);
        notice.setVisible(!notice.getText().isEmpty());
        add(notice);
        shown = questions.queue(consultationId);
        long waiting = shown.stream().filter(q -> q.status() == Status.NEW).count();
        add(new Paragraph(getTranslation("consultation.staff.questions.count", Map.of("count", shown.size(), "new", waiting))));
        if (!editor()) {
            add(new Paragraph(getTranslation("consultation.staff.questions.read-only")));
        }
        for (StaffQuestion q : shown) {
            add(card(q));
        }
    }

    private Section card(StaffQuestion q) {
        Locale language = getLocale();
        Section card = new Section();
        card.addClassNames("question-card", "question-" + q.status().name().toLowerCase(Locale.ROOT));
        card.setId("question-" + q.id());
        H2 title = new H2(getTranslation("consultation.staff.questions.question", Map.of("id", q.id(),
                "status", getTranslation("consultation.staff.questions.status." + q.status().name().toLowerCase(Locale.ROOT)))));
        card.add(title);
        Paragraph text = new Paragraph(q.text());
        text.addClassName("question-text");
        text.getElement().setAttribute("lang", q.askedIn().toLanguageTag());
        card.add(text);
        card.add(new Paragraph(getTranslation("consultation.staff.questions.asked", Map.of(
                "date", dates.dateTime(q.askedAt(), language), "language", Languages.nativeName(q.askedIn())))
                + " " + getTranslation(q.wantsEmail() ? "consultation.staff.questions.email.yes" : "consultation.staff.questions.email.no")));
        card.add(new Paragraph(getTranslation(q.shownPublicly() ? "consultation.staff.questions.shown" : "consultation.staff.questions.not-shown")));
        if (q.status() == Status.REJECTED && q.rejectReason() != null) {
            card.add(new Paragraph(getTranslation("consultation.staff.questions.reason", Map.of("reason", q.rejectReason()))));
        }
        if (q.status() == Status.MERGED && q.mergedInto() != null) {
            card.add(new Paragraph(getTranslation("consultation.staff.questions.merged", Map.of("id", q.mergedInto()))));
        }
        if (q.answeredAt() != null) {
            Div answer = new Div();
            answer.addClassName("staff-answer");
            for (Locale in : languages.supported()) {
                String tag = in.getLanguage();
                String words = q.answers().get(tag);
                if (words == null) {
                    continue;
                }
                Paragraph by = new Paragraph(getTranslation("consultation.staff.questions.answered", Map.of(
                        "language", Languages.nativeName(in), "role", q.roles().getOrDefault(tag, ""),
                        "date", dates.date(q.answeredAt(), language))));
                Paragraph said = new Paragraph(words);
                said.getElement().setAttribute("lang", in.toLanguageTag());
                answer.add(by, said);
            }
            card.add(answer);
        }
        if (editor() && q.open()) {
            Div actions = new Div();
            actions.addClassName("question-actions");
            if (q.status() == Status.NEW) {
                Button publish = new Button(getTranslation("consultation.staff.questions.publish"), e -> act(q, questions.publish(q.id(), q.version(), staff()),
                        "consultation.staff.questions.published"));
                publish.getElement().setAttribute("aria-label", publish.getText() + " – " + title.getText());
                publishButtons.put(q.id(), publish);
                actions.add(publish);
            }
            Button answer = new Button(getTranslation(q.answeredAt() == null ? "consultation.staff.questions.answer" : "consultation.staff.questions.edit-answer"),
                    e -> open(q, Mode.ANSWER));
            Button reject = new Button(getTranslation("consultation.staff.questions.reject"), e -> open(q, Mode.REJECT));
            Button merge = new Button(getTranslation("consultation.staff.questions.merge"), e -> open(q, Mode.MERGE));
            answerButtons.put(q.id(), answer);
            rejectButtons.put(q.id(), reject);
            mergeButtons.put(q.id(), merge);
            actions.add(answer, reject, merge);
            for (Component b : List.of(answer, reject, merge)) {
                b.getElement().setAttribute("aria-label", ((Button) b).getText() + " – " + title.getText());
            }
            card.add(actions);
            if (Long.valueOf(q.id()).equals(chosen) && mode != null) {
                card.add(panel(q));
            }
        }
        return card;
    }

    private void open(StaffQuestion q, Mode wanted) {
        chosen = q.id();
        mode = wanted;
        notice.setText("");
        render();
        getElement().executeJs("setTimeout(() => { const f = document.querySelector('#question-panel input, #question-panel textarea,"
                + " #question-panel vaadin-select'); if (f) f.focus(); }, 0)");
    }

    private Div panel(StaffQuestion q) {
        Div panel = new Div();
        panel.setId("question-panel");
        panel.addClassName("question-panel");
        String saveText = "";
        switch (mode) {
            case ANSWER -> {
                columns = new LanguageColumns<>(languages, AnswerFields::new, AnswerFields::byName);
                answerTexts = columns.byLanguage();
                answerTexts.forEach((code, fields) -> {
                    fields.role.setMaxLength(ConsultationQuestions.MAX_ROLE_LENGTH);
                    fields.role.setValue(q.roles().getOrDefault(code, ""));
                    fields.answer.setValue(q.answers().getOrDefault(code, ""));
                    fields.role.setHelperText(getTranslation("consultation.staff.questions.field.role.hint"));
                });
                panel.add(new H2(getTranslation("consultation.staff.questions.answer.heading", Map.of("id", q.id()))),
                        new Paragraph(getTranslation("consultation.staff.questions.answer.hint")),
                        columns.build(this, "consultation.staff.questions.field."));
                saveText = getTranslation("consultation.staff.questions.answer.save");
            }
            case REJECT -> {
                reason.setLabel(getTranslation("consultation.staff.questions.field.reason"));
                reason.setHelperText(getTranslation("consultation.staff.questions.field.reason.hint"));
                reason.setValue("");
                panel.add(new H2(getTranslation("consultation.staff.questions.reject.heading", Map.of("id", q.id()))), reason);
                saveText = getTranslation("consultation.staff.questions.reject.save");
            }
            case MERGE -> {
                List<StaffQuestion> targets = shown.stream().filter(o -> o.id() != q.id() && o.open()).toList();
                mergeInto.setLabel(getTranslation("consultation.staff.questions.field.into"));
                mergeInto.setItems(targets);
                mergeInto.setItemLabelGenerator(o -> getTranslation("consultation.staff.questions.into.option",
                        Map.of("id", o.id(), "text", o.text().length() > 80 ? o.text().substring(0, 80) + "…" : o.text())));
                mergeInto.setValue(null);
                panel.add(new H2(getTranslation("consultation.staff.questions.merge.heading", Map.of("id", q.id()))), mergeInto);
                if (targets.isEmpty()) {
                    panel.add(new Paragraph(getTranslation("consultation.staff.questions.merge.none")));
                }
                saveText = getTranslation("consultation.staff.questions.merge.save");
            }
        }
        Button save = new Button(saveText, e -> save(q));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("question-save");
        Button cancel = new Button(getTranslation("consultation.staff.questions.cancel"), e -> {
            chosen = null;
            mode = null;
            render();
        });
        panel.add(new Div(save, cancel));
        saveButton = save;
        return panel;
    }

    /** The save button of the open action. */
    Button saveButton;

    private void save(StaffQuestion q) {
        Map<String, Component> fields = new LinkedHashMap<>();
        ActionResult result;
        switch (mode) {
            case ANSWER -> {
                Map<String, String> roles = new LinkedHashMap<>();
                Map<String, String> answers = new LinkedHashMap<>();
                answerTexts.forEach((code, f) -> {
                    roles.put(code, f.role.getValue());
                    answers.put(code, f.answer.getValue());
                });
                columns.addTo(fields);
                result = questions.answer(q.id(), q.version(), roles, answers, staff());
            }
            case REJECT -> {
                fields.put("reason", reason);
                result = questions.reject(q.id(), q.version(), reason.getValue(), staff());
            }
            default -> {
                fields.put("into", mergeInto);
                StaffQuestion into = mergeInto.getValue();
                result = into == null
                        ? new ActionResult(ConsultationQuestions.ActionOutcome.INVALID, Map.of("into", "consultation.staff.questions.error.merge-choose"))
                        : questions.merge(q.id(), q.version(), into.id(), staff());
            }
        }
        if (result.outcome() == ConsultationQuestions.ActionOutcome.INVALID) {
            EditorErrors.clear(errorSummary, fields.values());
            EditorErrors.show(this, errorSummary, fields, result.problems(), Map.of("max", max(fields)));
            return;
        }
        String done = switch (mode) {
            case ANSWER -> "consultation.staff.questions.answered-notice";
            case REJECT -> "consultation.staff.questions.rejected";
            case MERGE -> "consultation.staff.questions.merged-notice";
        };
        act(q, result, done);
    }

    private static int max(Map<String, Component> fields) {
        return fields.containsKey("reason") ? ConsultationQuestions.MAX_REASON_LENGTH : ConsultationQuestions.MAX_ANSWER_LENGTH;
    }

    private void act(StaffQuestion q, ActionResult result, String doneKey) {
        chosen = null;
        mode = null;
        notice.setText(result.outcome() == ConsultationQuestions.ActionOutcome.DONE
                ? getTranslation(doneKey, Map.of("id", q.id()))
                : getTranslation("consultation.staff.questions.changed-elsewhere", Map.of("id", q.id())));
        render();
        notice.getElement().setAttribute("tabindex", "-1");
        notice.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.questions.title", Map.of("title", consultationTitle));
    }
}

package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.IcuTranslationProvider;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.QuestionnaireBuilder;
import uk.takingpart.consultation.QuestionnaireOutline;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;
import uk.takingpart.consultation.ui.QuestionnairePreview;

/**
 * The whole questionnaire as a respondent sees it, every question page one after another, in
 * any language and display mode (normal, large print, easy read), whether or not the
 * consultation is published. Drawn by the response journey's own question pages with no
 * Continue button: nothing typed here is read or saved, and no response is made.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/questionnaire/preview", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class QuestionnairePreviewView extends SitePage implements BeforeEnterObserver {
    static final List<String> MODES = List.of("normal", "large-print", "easy-read");
    final H1 heading = new H1();
    final Div page = new Div();
    private final QuestionnaireBuilder builder;
    private final ConsultationService consultations;
    private final ResponseAdministration responses;
    private final Languages languages;
    private final IcuTranslationProvider translations;
    private String consultationTitle = "";

    QuestionnairePreviewView(QuestionnaireBuilder builder, ConsultationService consultations, ResponseAdministration responses,
                             Languages languages, IcuTranslationProvider translations) {
        this.builder = builder;
        this.consultations = consultations;
        this.responses = responses;
        this.languages = languages;
        this.translations = translations;
        addClassName("questionnaire-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        QueryParameters query = event.getLocation().getQueryParameters();
        Locale language = languages.fromCode(query.getSingleParameter("lang").orElse(null)).orElse(languages.defaultLanguage());
        String mode = query.getSingleParameter("mode").filter(MODES::contains).orElse("normal");
        ConsultationSummary summary = responses.consultation(id, getLocale()).orElse(null);
        QuestionnaireOutline outline = summary == null ? null : builder.open(id).orElse(null);
        if (outline == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        consultationTitle = ResponseView.title(summary);
        removeAll();
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations/" + id + "/questionnaire", getTranslation("consultation.builder.question.back"));
        back.addClassName("back-link");
        Paragraph notice = new Paragraph(getTranslation("consultation.builder.preview.notice", Map.of(
                "language", Languages.nativeName(language), "mode", getTranslation("consultation.builder.preview.mode." + mode))));
        notice.addClassName("notice");
        Nav choices = new Nav();
        choices.getElement().setAttribute("aria-label", getTranslation("consultation.builder.preview.choices"));
        UnorderedList links = new UnorderedList();
        for (Locale other : languages.supported()) {
            for (String m : MODES) {
                Anchor link = ConsultationListView.link("staff/consultations/" + id + "/questionnaire/preview?lang=" + other.getLanguage() + "&mode=" + m,
                        Languages.nativeName(other) + ": " + getTranslation("consultation.builder.preview.mode." + m));
                if (other.equals(language) && m.equals(mode)) {
                    link.getElement().setAttribute("aria-current", "page");
                }
                links.add(new ListItem(link));
            }
        }
        choices.add(links);
        choices.addClassName("preview-choices");
        add(back, heading, notice, choices);

        page.removeAll();
        page.getClassNames().clear();
        page.addClassName("preview-page");
        page.getElement().setAttribute("lang", language.toLanguageTag());
        page.getElement().setAttribute("dir", Languages.direction(language));
        if (mode.equals("large-print")) {
            page.addClassName("preview-large-print");
        }
        add(page);
        Questionnaire questionnaire = outline.questionnaireId() == null ? null
                : consultations.questionnaire(outline.questionnaireId(), language).orElse(null);
        if (questionnaire == null || questionnaire.questions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consultation.builder.preview.empty"));
            none.getElement().setAttribute("lang", getLocale().toLanguageTag());
            page.add(none);
            return;
        }
        boolean easyRead = mode.equals("easy-read");
        QuestionnairePreview.render(page, questionnaire, language, (key, args) -> {
            String chosen = easyRead && translations.has(key + IcuTranslationProvider.EASY_READ_SUFFIX) ? key + IcuTranslationProvider.EASY_READ_SUFFIX : key;
            return translations.getTranslation(chosen, language, args);
        }, question -> note(questionnaire, question, language));
    }

    /** For a conditional question, when it is asked, in the previewed language. */
    private String note(Questionnaire questionnaire, Question question, Locale language) {
        if (question.shownIf() == null) {
            return null;
        }
        Question earlier = questionnaire.question(question.shownIf().questionId()).orElse(null);
        if (earlier == null) {
            return null;
        }
        String value = question.shownIf().value();
        String answer = switch (earlier.type()) {
            case AGREEMENT_SCALE, AGREEMENT_GRID -> translations.getTranslation("consultation.question.scale." + value, language);
            case YES_NO_NOT_SURE -> translations.getTranslation("consultation.question.yes-no." + value, language);
            default -> earlier.option(value).map(o -> o.text().text()).orElse(translations.getTranslation("consultation.question.other", language));
        };
        return translations.getTranslation("consultation.builder.preview.condition", language,
                Map.of("number", earlier.number(), "answer", answer == null ? value : answer));
    }

    @Override
    protected String title() {
        return getTranslation("consultation.builder.preview.title", Map.of("title", consultationTitle));
    }
}

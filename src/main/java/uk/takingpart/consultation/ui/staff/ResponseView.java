package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.AnswerWords;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.AnsweredQuestion;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;
import uk.takingpart.consultation.ResponseAdministration.StaffResponse;
import uk.takingpart.consultation.Themes;

/**
 * One response: when and how it came, then every question of the questionnaire with the answer in
 * words, in the staff member's language. What the person typed is shown as text with its line
 * breaks, never as markup. Reading it is recorded in the audit trail. Under each written answer,
 * the themes it is in: editors and administrators add it to a theme or take it out there and then.
 */
@Route(value = "staff/responses/:reference", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ResponseView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final HtmlBlock facts = new HtmlBlock("dl").className("response-facts");
    final Div answers = new Div();
    final ErrorSummary errors = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final Map<Long, AnswerThemes> themeTags = new LinkedHashMap<>();
    private final ResponseAdministration responses;
    private final Themes themes;
    private final DateTexts dates;
    private final AuthenticationContext authentication;
    private final ConsultationResponses entries;
    private String reference = "";

    ResponseView(ResponseAdministration responses, DateTexts dates, AuthenticationContext authentication, Themes themes,
                 ConsultationResponses entries) {
        this.responses = responses;
        this.themes = themes;
        this.entries = entries;
        this.dates = dates;
        this.authentication = authentication;
        addClassName("staff-response");
        answers.addClassName("response-answers");
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        status.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("reference").orElse("");
        Locale language = getLocale();
        StaffResponse found = responses.response(requested, language, authentication.getPrincipalName().orElseThrow()).orElse(null);
        if (found == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        reference = found.response().reference();
        removeAll();
        Anchor back = ConsultationListView.link("staff/consultations/" + found.consultation().id() + "/responses",
                getTranslation("consultation.staff.response.back"));
        back.addClassName("back-link");
        heading.setText(title());

        Markup about = new Markup()
                .element("dt", getTranslation("consultation.staff.response.consultation"))
                .element("dd", title(found.consultation()), "lang", found.consultation().title().fallback() ? "en" : null)
                .element("dt", getTranslation("consultation.staff.response.submitted"))
                .element("dd", dates.dateTime(found.response().submittedAt(), language))
                .element("dt", getTranslation("consultation.staff.response.language"))
                .element("dd", Languages.nativeName(found.response().language()))
                .element("dt", getTranslation("consultation.staff.response.channel"))
                .element("dd", getTranslation("consultation.staff.channel." + found.response().channel()));
        // a response that came on paper, by phone and so on: the day it came and who entered it
        entries.entered(reference).ifPresent(entered -> about
                .element("dt", getTranslation("consultation.staff.response.received"))
                .element("dd", dates.date(entered.receivedOn().atTime(12, 0).atZone(dates.zone()).toInstant(), language))
                .element("dt", getTranslation("consultation.staff.response.entered-by"))
                .element("dd", entered.enteredBy()));
        facts.setContent(about);

        answers.removeAll();
        themeTags.clear();
        List<Themes.Theme> consultationThemes = themes.themes(found.consultation().id());
        Map<Long, Set<Long>> tags = themes.tags(reference);
        boolean editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        String staff = authentication.getPrincipalName().orElseThrow();
        AnswerThemes.Feedback feedback = new AnswerThemes.Feedback() {
            @Override
            public void status(String message) {
                status.setText(message);
                status.setVisible(true);
            }

            @Override
            public void errors(Map<String, String> messages) {
                status.setVisible(false);
                if (messages.isEmpty()) {
                    errors.hide();
                    getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
                } else {
                    errors.show(messages);
                    EditorErrors.errorTitle(ResponseView.this);
                }
            }
        };
        for (AnsweredQuestion a : found.answers()) {
            Markup all = new Markup();
            String questionText = a.question().text() == null || a.question().text().isEmpty() ? a.question().code() : a.question().text().text();
            all.open("section", "class", "response-answer")
                    .element("h2", getTranslation("consultation.staff.response.question", Map.of("number", a.question().number(), "question", questionText)),
                            "lang", a.question().text() != null && a.question().text().fallback() ? "en" : null);
            if (a.answer() == null) {
                all.element("p", getTranslation("consultation.staff.response.not-answered"), "class", "not-answered");
            } else {
                List<String> items = AnswerWords.items(a.question(), a.answer(), language, this::getTranslation);
                boolean list = switch (a.question().type()) {
                    case MULTIPLE_CHOICE, RANKING, AGREEMENT_GRID -> true;
                    default -> false;
                };
                if (list) {
                    all.open(a.question().type() == QuestionType.RANKING ? "ol" : "ul", "class", "answer-list");
                    // a ranking is an ordered list: the list numbers the choices itself
                    List<String> shown = a.answer() instanceof Answer.Ranking r
                            ? r.order().stream().map(code -> AnswerWords.choiceText(a.question(), code, this::getTranslation)).toList() : items;
                    for (String item : shown) {
                        all.element("li", item);
                    }
                    all.close(a.question().type() == QuestionType.RANKING ? "ol" : "ul");
                } else {
                    all.element("p", String.join("; ", items), "class", "as-written");
                }
            }
            all.close("section");
            answers.add(new HtmlBlock("div", all));
            boolean freeText = a.question().type() == QuestionType.SHORT_TEXT || a.question().type() == QuestionType.LONG_TEXT;
            if (freeText && a.answer() instanceof Answer.Text) {
                if (consultationThemes.isEmpty()) {
                    continue;
                }
                AnswerThemes tagging = new AnswerThemes(themes, reference, a.question(), consultationThemes,
                        tags.getOrDefault(a.question().id(), Set.of()), editor, staff, feedback);
                themeTags.put(a.question().id(), tagging);
                answers.add(tagging);
            }
        }
        Anchor themesLink = ConsultationListView.link("staff/consultations/" + found.consultation().id() + "/themes",
                getTranslation(consultationThemes.isEmpty() ? "consultation.staff.response.themes.manage" : "consultation.staff.responses.themes-link"));
        add(back, errors, heading, status, facts, new Paragraph(themesLink), answers);
    }

    /** A consultation's name: its activity's title, or its address when it has none. */
    static String title(ConsultationSummary consultation) {
        return consultation.title().isEmpty() ? consultation.slug() : consultation.title().text();
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.response.title", Map.of("reference", reference));
    }
}

package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.ui.journey.BrowserDrafts;
import uk.takingpart.base.ui.journey.JourneyView;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.base.web.SessionLifetimes;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.Questionnaire;

/**
 * Responding to a consultation on the journey engine: one page per question of its questionnaire
 * ({@link ResponseQuestions}), then "About you" ({@link AboutYouPages}) and equality monitoring
 * ({@link EqualityPages}), check your answers, send, and the confirmation with a reference
 * ({@code done}). After the closing time every step says the consultation has closed and shows
 * the answers given, so none is lost without the person seeing it.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/consultations/:slug([a-z0-9-]{1,120})/respond/:step([a-z0-9-]{1,60})", layout = MainLayout.class)
class ResponseJourneyView extends JourneyView {
    static final String KIND = "consultation-response";
    static final String DONE = "done";
    static final String REQUEST_KEY = "request-key";

    private final ConsultationService consultations;
    private final ConsultationResponses responses;
    private final JourneyDrafts drafts;
    private final DateTexts dates;
    private String slug;
    private ConsultationPage consultation;
    private Questionnaire questionnaire;
    private ResponseQuestions questions;
    private final AboutYouPages about = new AboutYouPages();
    private final EqualityPages equality = new EqualityPages();

    ResponseJourneyView(ConsultationService consultations, ConsultationResponses responses, DateTexts dates, JourneyDrafts drafts,
                        SessionLifetimes lifetimes) {
        super(drafts, lifetimes);
        this.consultations = consultations;
        this.responses = responses;
        this.drafts = drafts;
        this.dates = dates;
        addClassName("response-journey");
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected boolean open(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        consultation = consultations.page(slug, getLocale()).orElseThrow(() -> new NotFoundException("No consultation " + slug));
        questionnaire = consultations.questionnaire(slug, getLocale()).orElseThrow(() -> new NotFoundException("No questionnaire " + slug));
        questions = new ResponseQuestions(questionnaire);
        if (questionnaire.questions().isEmpty()) {
            throw new NotFoundException("An empty questionnaire " + slug);
        }
        if (!consultation.acceptsResponses() && !DONE.equals(event.getRouteParameters().get("step").orElse(""))) {
            renderClosed();
            return false;
        }
        return true;
    }

    @Override
    protected String subject() {
        return String.valueOf(consultation.id());
    }

    @Override
    protected List<QuestionPage> pages() {
        List<QuestionPage> pages = new java.util.ArrayList<>(questions.pages());
        pages.addAll(about.pages());
        pages.addAll(equality.pages());
        return pages;
    }

    @Override
    protected String path(String step) {
        return SitePaths.href(getLocale(), "consultations/" + slug + "/respond/" + step);
    }

    @Override
    protected String startHref() {
        return SitePaths.href(getLocale(), "consultations/" + slug + "/respond");
    }

    @Override
    protected String finishedStep() {
        return DONE;
    }

    @Override
    protected String checkTitle() {
        return getTranslation("consultation.respond.check.title");
    }

    @Override
    protected void renderCheckEnd(Draft draft) {
        add(new HtmlBlock("h2", new Markup().text(getTranslation("consultation.respond.check.send-heading"))));
        add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.respond.check.declaration"))));
        add(form(List.of(button("consultation.respond.check.send")), this::send));
    }

    private void send() {
        if (draft().finished()) {
            go(DONE);
            return;
        }
        if (draft().get(REQUEST_KEY) == null) {
            draft().put(REQUEST_KEY, UUID.randomUUID().toString());
            save();
        }
        ConsultationResponses.Result result = responses.submit(slug, draft().get(REQUEST_KEY), getLocale(),
                questions.applicableAnswers(draft()), AboutYouPages.respondent(draft()), EqualityPages.answers(draft()));
        if (result.outcome() == ConsultationResponses.Outcome.SUBMITTED) {
            finish(result.reference());
            go(DONE);
        } else {
            // closed meanwhile: the draft is kept, and every step now says so and shows the answers
            go(CHECK);
        }
    }

    @Override
    protected void renderFinished(Draft finished) {
        String title = getTranslation("consultation.respond.done.title");
        pageTitle(title);
        H1 heading = new H1(title);
        Markup panel = new Markup().open("p", "class", "reference")
                .text(getTranslation("consultation.respond.done.reference")).text(" ")
                .element("em", finished.outcome()).close("p");
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div(heading, new HtmlBlock("div", panel));
        box.addClassName("confirmation-panel");
        add(box);
        Markup next = new Markup();
        responses.copySentTo(finished.outcome()).ifPresent(email ->
                next.element("p", getTranslation("consultation.respond.done.email", Map.of("email", email))));
        next.element("p", getTranslation("consultation.respond.done.keep"))
                .element("h2", getTranslation("consultation.respond.done.next"))
                .open("ul", "class", "next-steps")
                .element("li", getTranslation("consultation.respond.done.next.read"))
                .element("li", consultation.decisionExpectedOn() == null
                        ? getTranslation("consultation.respond.done.next.decision")
                        : getTranslation("consultation.respond.done.next.decision-by",
                                Map.of("date", java.util.Date.from(consultation.decisionExpectedOn().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)))))
                .close("ul")
                .open("p").link(SitePaths.href(getLocale(), "activities/" + slug), getTranslation("consultation.respond.done.back")).close("p");
        add(new HtmlBlock("div", next));
    }

    /** After the closing time: says so, and shows any answers given, so nothing is lost unseen. */
    private void renderClosed() {
        removeAll();
        String activity = SitePaths.href(getLocale(), "activities/" + slug);
        pageTitle(getTranslation("consultation.respond.closed.title"));
        add(Questions.backLink(activity, getTranslation("consultation.start.back")));
        H1 heading = new H1(title());
        add(heading);
        Markup out = new Markup().element("p", getTranslation("consultation.respond.closed.text",
                Map.of("date", dates.date(consultation.closesAt(), getLocale()))));
        Draft draft = BrowserDrafts.find(drafts, KIND, String.valueOf(consultation.id())).filter(d -> !d.finished()).orElse(null);
        if (draft != null) {
            var answers = questions.applicableAnswers(draft);
            if (!answers.isEmpty()) {
                out.element("h2", getTranslation("consultation.respond.closed.your-answers"));
                out.element("p", getTranslation("consultation.respond.closed.keep"));
                out.open("dl", "class", "summary-list");
                for (Question question : questionnaire.questions()) {
                    if (answers.containsKey(question.id())) {
                        out.open("div", "class", "summary-row").element("dt", question.text().text())
                                .element("dd", ResponseQuestions.plain(question, answers.get(question.id()), getLocale(), this::getTranslation))
                                .close("div");
                    }
                }
                out.close("dl");
            }
        }
        out.open("p").link(SitePaths.href(getLocale(), "contact"), getTranslation("consultation.start.contact")).close("p");
        add(new HtmlBlock("div", out));
    }
}

package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.journey.JourneyView;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.base.web.SessionLifetimes;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseDraftRetention;
import uk.takingpart.consultation.RetentionPeriods;

/**
 * Staff entering a response that came on paper, by phone, by email, as an Easy Read form or in
 * BSL, through the same questions as online ({@link ResponseQuestions}, {@link AboutYouPages},
 * {@link EqualityPages}) on the journey engine, after a first page that records how it came, the
 * day it was received and the person's language ({@link ReceivedPage}). It is saved with that
 * channel and counted with the rest. A response received while the consultation was open can be
 * entered after it closes.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/enter/:step([a-z0-9-]{1,60})", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR})
class StaffResponseEntryView extends JourneyView {
    static final String KIND = ResponseDraftRetention.STAFF_KIND;
    static final String DONE = "done";
    static final String REQUEST_KEY = "request-key";

    private final ConsultationService consultations;
    private final ConsultationResponses responses;
    private final ResponseAdministration administration;
    private final AuthenticationContext authentication;
    private final AboutYouPages about = new AboutYouPages();
    private final EqualityPages equality;
    private long id;
    private ConsultationPage consultation;
    private ResponseQuestions questions;
    private ReceivedPage received;
    private String consultationTitle = "";

    StaffResponseEntryView(ConsultationService consultations, ConsultationResponses responses, ResponseAdministration administration,
                           JourneyDrafts drafts, SessionLifetimes lifetimes, RetentionPeriods periods, AuthenticationContext authentication) {
        super(drafts, lifetimes);
        this.consultations = consultations;
        this.responses = responses;
        this.administration = administration;
        this.authentication = authentication;
        this.equality = new EqualityPages(periods.equalityMonths());
        addClassName("staff-response-entry");
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected boolean open(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").map(Long::parseLong).orElseThrow(NotFoundException::new);
        var summary = administration.consultation(id, getLocale()).orElseThrow(() -> new NotFoundException("No consultation " + id));
        consultationTitle = summary.title().isEmpty() ? summary.slug() : summary.title().text();
        consultation = consultations.page(summary.slug(), getLocale()).orElseThrow(() -> new NotFoundException("Not published " + id));
        Questionnaire questionnaire = consultations.questionnaire(summary.slug(), getLocale())
                .filter(q -> !q.questions().isEmpty())
                .orElseThrow(() -> new NotFoundException("No questionnaire " + id));
        questions = new ResponseQuestions(questionnaire);
        received = new ReceivedPage(day -> responses.receivedProblem(day, consultation.opensAt(), consultation.closesAt()));
        return true;
    }

    @Override
    protected String subject() {
        return String.valueOf(consultation.id());
    }

    @Override
    protected List<QuestionPage> pages() {
        List<QuestionPage> pages = new ArrayList<>();
        pages.add(received);
        pages.addAll(questions.pages());
        pages.addAll(about.pages());
        pages.addAll(equality.pages());
        return pages;
    }

    @Override
    protected String path(String step) {
        return "staff/consultations/" + id + "/enter/" + step;
    }

    @Override
    protected String startHref() {
        return "staff/consultations/" + id + "/responses";
    }

    @Override
    protected String finishedStep() {
        return DONE;
    }

    @Override
    protected String checkTitle() {
        return getTranslation("consultation.enter.check.title");
    }

    @Override
    protected void renderCheckEnd(Draft draft) {
        add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.enter.check.declaration"))));
        add(form(List.of(button("consultation.enter.check.save")), this::store));
    }

    private void store() {
        if (draft().finished()) {
            go(DONE);
            return;
        }
        if (draft().get(REQUEST_KEY) == null) {
            draft().put(REQUEST_KEY, UUID.randomUUID().toString());
            save();
        }
        Draft d = draft();
        ConsultationResponses.Result result = responses.enter(id,
                new ConsultationResponses.Entry(d.get(ReceivedPage.CHANNEL), ReceivedPage.received(d)), d.get(REQUEST_KEY),
                Locale.forLanguageTag(d.get(ReceivedPage.LANGUAGE)), questions.applicableAnswers(d), AboutYouPages.respondent(d),
                EqualityPages.answers(d), authentication.getPrincipalName().orElseThrow());
        finish(result.reference());
        go(DONE);
    }

    @Override
    protected void renderFinished(Draft finished) {
        String title = getTranslation("consultation.enter.done.title");
        pageTitle(title);
        H1 heading = new H1(title);
        Div box = new Div(heading, new HtmlBlock("div", new Markup().open("p", "class", "reference")
                .text(getTranslation("consultation.enter.done.reference")).text(" ")
                .element("strong", finished.outcome()).close("p")));
        box.addClassName("confirmation-panel");
        add(box);
        add(new HtmlBlock("div", new Markup()
                .element("p", getTranslation("consultation.enter.done.counted", Map.of("consultation", consultationTitle)))
                .open("ul", "class", "next-steps")
                .open("li").link(path(received.id()), getTranslation("consultation.enter.done.another"), "id", "enter-another").close("li")
                .open("li").link("staff/responses/" + finished.outcome(), getTranslation("consultation.enter.done.view")).close("li")
                .open("li").link(startHref(), getTranslation("consultation.enter.done.back")).close("li")
                .close("ul")));
    }
}

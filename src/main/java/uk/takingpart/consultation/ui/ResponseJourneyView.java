package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.journey.ResumeCodes;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.ui.journey.BrowserDrafts;
import uk.takingpart.base.ui.journey.JourneyView;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.base.web.RateLimits;
import uk.takingpart.base.web.SessionLifetimes;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.RetentionPeriods;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.ResponseDraftRetention;
import uk.takingpart.consultation.SavedResponseEmails;

/**
 * Responding to a consultation on the journey engine: one page per question of its questionnaire
 * ({@link ResponseQuestions}), then "About you" ({@link AboutYouPages}) and equality monitoring
 * ({@link EqualityPages}), check your answers, send, and the confirmation with a reference
 * ({@code done}). After the closing time every step says the consultation has closed and shows
 * the answers given, so none is lost without the person seeing it, and offers them as a text file.
 *
 * <p>"Save and come back later" on every question page (and the check page) leads to {@code saved},
 * which shows the draft's resume code and can email a link back; {@code resume} is where a code is
 * typed (or the emailed link lands), which gives this browser the draft again.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/consultations/:slug([a-z0-9-]{1,120})/respond/:step([a-z0-9-]{1,60})", layout = MainLayout.class)
class ResponseJourneyView extends JourneyView {
    static final String KIND = ResponseDraftRetention.KIND;
    static final String DONE = "done";
    static final String SAVED = "saved";
    static final String RESUME = "resume";
    static final String REQUEST_KEY = "request-key";
    static final String CODE_ID = "resume-code";
    static final String EMAIL_ID = "resume-email";

    private final ConsultationService consultations;
    private final ConsultationResponses responses;
    private final JourneyDrafts drafts;
    private final DateTexts dates;
    private final RateLimits rateLimits;
    private final SavedResponseEmails emails;
    /** The errors of this view's own pages (saved, resume), by field id. */
    private final Map<String, String> ownErrors = new LinkedHashMap<>();
    private String slug;
    private ConsultationPage consultation;
    private Questionnaire questionnaire;
    private ResponseQuestions questions;
    private final AboutYouPages about = new AboutYouPages();
    private final EqualityPages equality;

    ResponseJourneyView(ConsultationService consultations, ConsultationResponses responses, DateTexts dates, JourneyDrafts drafts,
                        SessionLifetimes lifetimes, RateLimits rateLimits, SavedResponseEmails emails, RetentionPeriods periods) {
        super(drafts, lifetimes);
        this.equality = new EqualityPages(periods.equalityMonths());
        this.consultations = consultations;
        this.responses = responses;
        this.drafts = drafts;
        this.dates = dates;
        this.rateLimits = rateLimits;
        this.emails = emails;
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
        String step = event.getRouteParameters().get("step").orElse("");
        ownErrors.clear();
        boolean focus = event.getTrigger() != NavigationTrigger.PAGE_LOAD;
        if (RESUME.equals(step)) {
            String code = event.getLocation().getQueryParameters().getSingleParameter("code").orElse(null);
            if (code != null) {
                // the link in the email: the code counts as typed
                Optional<String> next = tryCode(code);
                if (next.isPresent()) {
                    event.forwardTo(next.get());
                    return false;
                }
            }
            renderResume(code == null ? "" : code, focus);
            return false;
        }
        if (!consultation.acceptsResponses() && !DONE.equals(step)) {
            renderClosed();
            return false;
        }
        if (SAVED.equals(step)) {
            Draft draft = BrowserDrafts.find(drafts, KIND, subject()).filter(d -> !d.finished()).orElse(null);
            if (draft == null) {
                event.forwardTo(path(questions.pages().getFirst().id()));
            } else {
                renderSaved(draft, null, focus);
            }
            return false;
        }
        return true;
    }

    @Override
    protected String saveForLaterStep() {
        return SAVED;
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
        add(new HtmlBlock("p", new Markup().link(path(SAVED), getTranslation("common.journey.save-for-later"), "id", SAVE_FOR_LATER_ID))
                .className("save-for-later"));
    }

    /** The first question that applies and is not answered yet, or the check page when there is none. */
    private String nextStep(Draft draft) {
        return questions.pages().stream().filter(p -> p.applies(draft) && !p.answered(draft)).findFirst()
                .map(QuestionPage::id).orElse(CHECK);
    }

    /**
     * A typed (or followed) resume code: counted against the client's limit, normalised, then
     * compared exactly. Right: the draft becomes this browser's and the address to go on to is
     * returned. Wrong: empty, with the error in {@link #ownErrors}.
     */
    private Optional<String> tryCode(String typed) {
        if (typed.isBlank()) {
            ownErrors.put(CODE_ID, getTranslation("consultation.resume.error.required"));
            return Optional.empty();
        }
        RateLimits.Decision allowed = rateLimits.take(RateLimits.RESUME_CODE, VaadinServletRequest.getCurrent().getHttpServletRequest());
        if (allowed.refused()) {
            ownErrors.put(CODE_ID, getTranslation("consultation.resume.error.too-many", Map.of("minutes", allowed.retryAfterMinutes())));
            return Optional.empty();
        }
        if (ResumeCodes.normalise(typed) == null) {
            ownErrors.put(CODE_ID, getTranslation("consultation.resume.error.format"));
            return Optional.empty();
        }
        Draft found = drafts.findByResumeCode(typed, KIND).filter(d -> d.subject().equals(subject())).orElse(null);
        if (found == null) {
            ownErrors.put(CODE_ID, getTranslation("consultation.resume.error.not-found"));
            return Optional.empty();
        }
        if (found.finished()) {
            BrowserDrafts.adopt(found);
            return Optional.of(path(DONE));
        }
        // touched, so it is this browser's most recent draft for this consultation
        Draft resumed = drafts.save(found);
        BrowserDrafts.adopt(resumed);
        return Optional.of(path(consultation.acceptsResponses() ? nextStep(resumed) : CHECK));
    }

    /** "Continue a saved response": one field for the code. */
    private void renderResume(String typed, boolean focus) {
        removeAll();
        String title = getTranslation("consultation.resume.title");
        pageTitle(title);
        add(Questions.backLink(startHref(), getTranslation("common.journey.back")));
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.resume.intro"))));
        Input code = new Input();
        code.setId(CODE_ID);
        code.getElement().setAttribute("name", CODE_ID);
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        code.addClassName("input-width-10");
        code.setValue(typed);
        add(form(List.of(Questions.field(code, getTranslation("consultation.resume.code.label"),
                getTranslation("consultation.resume.code.hint"), ownErrors.get(CODE_ID)),
                button("common.journey.continue")), () -> {
            ownErrors.clear();
            String value = code.getValue() == null ? "" : code.getValue();
            Optional<String> next = tryCode(value);
            if (next.isPresent()) {
                getUI().ifPresent(ui -> ui.navigate(next.get()));
            } else {
                renderResume(value, true);
            }
        }));
        add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.resume.lost"))));
        showErrors(summary, heading, focus);
    }

    /** The resume code of a saved draft, how long it is kept, and an optional email with the link. */
    private void renderSaved(Draft draft, String typedEmail, boolean focus) {
        removeAll();
        String code = drafts.resumeCode(draft);
        String title = getTranslation("consultation.saved.title");
        pageTitle(title);
        add(Questions.backLink(path(nextStep(draft)), getTranslation("common.journey.back")));
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        Div panel = new Div(heading, new HtmlBlock("div", new Markup()
                .open("p", "class", "reference").text(getTranslation("consultation.saved.code")).text(" ")
                .element("strong", ResumeCodes.display(code), "class", "resume-code").close("p")));
        panel.addClassName("confirmation-panel");
        add(panel);
        String closes = dates.date(consultation.closesAt(), getLocale());
        add(new HtmlBlock("div", new Markup()
                .element("p", getTranslation("consultation.saved.keep-code"))
                .element("p", getTranslation("consultation.saved.kept-until", Map.of("date", closes)))
                .open("p").text(getTranslation("consultation.saved.how-to-return")).text(" ")
                .link(path(RESUME), getTranslation("consultation.resume.title")).close("p")));

        add(new HtmlBlock("h2", new Markup().text(getTranslation("consultation.saved.email.heading"))));
        add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.saved.email.hint"))));
        if (typedEmail != null && ownErrors.isEmpty()) {
            add(new HtmlBlock("p", new Markup().text(getTranslation("consultation.saved.email.sent"))).className("notice")
                    .attribute("role", "status").attribute("id", "resume-email-sent"));
        }
        Input email = new Input();
        email.setType("email");
        email.setId(EMAIL_ID);
        email.getElement().setAttribute("name", EMAIL_ID);
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("spellcheck", "false");
        email.setValue(typedEmail == null || ownErrors.isEmpty() ? "" : typedEmail);
        add(form(List.of(Questions.field(email, getTranslation("consultation.saved.email.label"), null, ownErrors.get(EMAIL_ID)),
                button("consultation.saved.email.send")), () -> {
            ownErrors.clear();
            String value = email.getValue() == null ? "" : email.getValue().strip();
            if (value.isEmpty()) {
                ownErrors.put(EMAIL_ID, getTranslation("consultation.saved.email.error.required"));
            } else if (!SavedResponseEmails.valid(value)) {
                ownErrors.put(EMAIL_ID, getTranslation("consultation.saved.email.error.invalid"));
            } else {
                RateLimits.Decision allowed = rateLimits.take(RateLimits.RESUME_EMAIL, VaadinServletRequest.getCurrent().getHttpServletRequest());
                if (allowed.refused()) {
                    ownErrors.put(EMAIL_ID, getTranslation("consultation.saved.email.error.too-many", Map.of("minutes", allowed.retryAfterMinutes())));
                } else {
                    emails.send(value, getLocale(), slug, title(questionnaire), code, consultation.closesAt());
                }
            }
            renderSaved(draft, value, true);
        }));
        add(new HtmlBlock("p", new Markup().link(path(nextStep(draft)), getTranslation("consultation.saved.continue"))));
        showErrors(summary, heading, focus);
    }

    private String title(Questionnaire questionnaire) {
        return questionnaire.title().text();
    }

    private void showErrors(ErrorSummary summary, H1 heading, boolean focus) {
        if (!ownErrors.isEmpty()) {
            summary.show(new LinkedHashMap<>(ownErrors));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        } else if (focus) {
            focusHeading();
        }
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return ownErrors.isEmpty() ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
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
                add(new HtmlBlock("div", out));
                out = new Markup();
                byte[] file = answersText(questionnaire, answers, getLocale(), this::getTranslation).getBytes(StandardCharsets.UTF_8);
                Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(file),
                        getTranslation("consultation.respond.closed.download.file", Map.of("slug", slug)),
                        "text/plain; charset=UTF-8", file.length)), AttachmentType.DOWNLOAD,
                        getTranslation("consultation.respond.closed.download"));
                download.setId("download-answers");
                Div holder = new Div(download);
                holder.addClassName("download");
                add(holder);
            }
        }
        out.open("p").link(SitePaths.href(getLocale(), "contact"), getTranslation("consultation.start.contact")).close("p");
        add(new HtmlBlock("div", out));
    }

    /** The answers as plain text, in the page's language: the questionnaire's title, then each question and its answer. */
    static String answersText(Questionnaire questionnaire, Map<Long, uk.takingpart.consultation.Answer> answers, Locale language,
                              java.util.function.Function<String, String> t) {
        StringBuilder out = new StringBuilder();
        out.append(questionnaire.title().text()).append("\n\n");
        for (Question question : questionnaire.questions()) {
            if (answers.containsKey(question.id())) {
                out.append(question.text().text()).append('\n')
                        .append(ResponseQuestions.plain(question, answers.get(question.id()), language, t)).append("\n\n");
            }
        }
        return out.toString();
    }
}

package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.web.RateLimits;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.ConsultationState;

/**
 * Ask a question about an open consultation: no account, the question and, if wanted, an email
 * address to be told of the answer. What happens to the question is said before it is sent; the
 * confirmation says what happens next. Native form elements only (a cheap public page). A second
 * press of the button sends nothing more (the request key), and questions from one address are
 * rate limited ({@link RateLimits#QUESTION}).
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/consultations/:slug([a-z0-9-]{1,120})/ask", layout = MainLayout.class)
class AskQuestionView extends SitePage implements BeforeEnterObserver {
    static final String QUESTION_ID = "question";
    static final String EMAIL_ID = "email";
    static final String SEND_ID = "send-question";

    private final ActivityService activities;
    private final ConsultationService consultations;
    private final ConsultationQuestions questions;
    private final RateLimits rateLimits;
    private String slug = "";
    private String consultationTitle = "";
    private String title = "";
    /** This page's sending: the same key however often the button is pressed; a new one each time the page is opened. */
    private String requestKey = UUID.randomUUID().toString();
    private Map<String, String> errors = Map.of();
    private String typedQuestion = "";
    private String typedEmail = "";
    private boolean sent;
    private Locale sentIn;

    AskQuestionView(ActivityService activities, ConsultationService consultations, ConsultationQuestions questions, RateLimits rateLimits) {
        this.activities = activities;
        this.consultations = consultations;
        this.questions = questions;
        this.rateLimits = rateLimits;
        addClassName("ask-question");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getRouteParameters().get("slug").orElse("");
        Locale language = getLocale();
        ActivityDetails activity = activities.find(wanted, language)
                .orElseThrow(() -> new NotFoundException("No published consultation " + wanted));
        consultations.page(wanted, language).orElseThrow(() -> new NotFoundException("No consultation details for " + wanted));
        if (!wanted.equals(slug) || sent && language.equals(sentIn)) {
            // a new question; a language switch keeps what was typed, or the confirmation
            sent = false;
            errors = Map.of();
            typedQuestion = "";
            typedEmail = "";
            requestKey = UUID.randomUUID().toString();
        }
        slug = wanted;
        Typed kept = (Typed) com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(typedKey());
        if (kept != null && !sent) {
            // typed before the language was switched (a full page load, so a new page)
            typedQuestion = kept.question();
            typedEmail = kept.email();
        }
        consultationTitle = activity.summary().title().text();
        render();
    }

    private void render() {
        removeAll();
        Locale language = getLocale();
        ConsultationPage page = consultations.page(slug, language).orElseThrow(NotFoundException::new);
        add(new HtmlBlock("p", new Markup().link(SitePaths.href(language, "activities/" + slug),
                getTranslation("consultation.ask.back"), "class", "back-link")));
        if (sent) {
            title = getTranslation("consultation.ask.sent.title");
            Div panel = new Div(new H1(title));
            panel.addClassName("confirmation-panel");
            add(panel);
            Markup next = new Markup().element("h2", getTranslation("consultation.ask.sent.next.heading"))
                    .element("p", getTranslation("consultation.ask.sent.next.moderated"))
                    .element("p", getTranslation(typedEmail.isEmpty() ? "consultation.ask.sent.next.no-email" : "consultation.ask.sent.next.email"))
                    .open("p").link(SitePaths.href(language, "activities/" + slug), getTranslation("consultation.ask.sent.back")).close("p");
            add(new HtmlBlock("div", next).className("ask-next"));
            return;
        }
        if (page.state() != ConsultationState.OPEN) {
            title = getTranslation("consultation.ask.closed.title");
            add(new H1(title), new HtmlBlock("p", new Markup().text(getTranslation("consultation.ask.closed.text"))));
            return;
        }
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        title = getTranslation("consultation.ask.title", Map.of("title", consultationTitle));
        add(new H1(title));
        Markup about = new Markup()
                .element("p", getTranslation("consultation.ask.intro"))
                .element("h2", getTranslation("consultation.ask.what-happens.heading"))
                .open("ul")
                .element("li", getTranslation("consultation.ask.what-happens.moderated"))
                .element("li", getTranslation("consultation.ask.what-happens.published"))
                .element("li", getTranslation("consultation.ask.what-happens.email"))
                .close("ul");
        add(new HtmlBlock("div", about).className("ask-about"));

        NativeTextArea question = new NativeTextArea(QUESTION_ID, 6);
        question.setValue(typedQuestion);
        question.getElement().setAttribute("spellcheck", "true");
        Input email = new Input();
        email.setType("email");
        email.setId(EMAIL_ID);
        email.getElement().setAttribute("name", EMAIL_ID);
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("spellcheck", "false");
        email.setValue(typedEmail);
        question.addValueChangeListener(e -> keep(e.getValue(), email.getValue()));
        email.addValueChangeListener(e -> keep(question.getValue(), e.getValue()));
        NativeButton send = new NativeButton(getTranslation("consultation.ask.send"));
        send.setId(SEND_ID);
        send.getElement().setAttribute("type", "submit");
        send.addClassName("button");
        add(Questions.form(() -> send(question.getValue(), email.getValue()),
                Questions.field(question, getTranslation("consultation.ask.question.label"),
                        getTranslation("consultation.ask.question.hint", Map.of("max", ConsultationQuestions.MAX_QUESTION_LENGTH)),
                        errors.get(QUESTION_ID)),
                Questions.field(email, getTranslation("consultation.ask.email.label"), getTranslation("consultation.ask.email.hint"),
                        errors.get(EMAIL_ID)),
                send));
        if (!errors.isEmpty()) {
            summary.show(new LinkedHashMap<>(errors));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void send(String question, String email) {
        if (sent) {
            return; // a second press of the button, already answered by the confirmation
        }
        typedQuestion = question == null ? "" : question;
        typedEmail = email == null ? "" : email.strip();
        ConsultationQuestions.Asking asking = new ConsultationQuestions.Asking(typedQuestion, typedEmail);
        Map<String, String> problems = new LinkedHashMap<>();
        asking.problems().forEach((field, key) -> problems.put(field.equals("question") ? QUESTION_ID : EMAIL_ID,
                getTranslation(key, Map.of("max", ConsultationQuestions.MAX_QUESTION_LENGTH))));
        if (problems.isEmpty()) {
            RateLimits.Decision allowed = rateLimits.take(RateLimits.QUESTION, VaadinServletRequest.getCurrent().getHttpServletRequest());
            if (allowed.refused()) {
                problems.put(SEND_ID, getTranslation("consultation.ask.error.too-many", Map.of("minutes", allowed.retryAfterMinutes())));
            } else {
                ConsultationQuestions.AskResult result = questions.ask(slug, requestKey, getLocale(), asking);
                switch (result.outcome()) {
                    case ASKED -> {
                        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(typedKey(), null);
                        sent = true;
                        sentIn = getLocale();
                    }
                    case CLOSED -> problems.put(SEND_ID, getTranslation("consultation.ask.error.closed"));
                    case INVALID -> result.problems().forEach((field, key) -> problems.put(field.equals("question") ? QUESTION_ID : EMAIL_ID,
                            getTranslation(key, Map.of("max", ConsultationQuestions.MAX_QUESTION_LENGTH))));
                }
            }
        }
        errors = problems;
        render();
        if (sent) {
            UI.getCurrent().getPage().setTitle(getPageTitle());
            focusHeading();
        }
    }

    /** What is typed in the form, kept in the session until it is sent, so a language switch keeps it. */
    private record Typed(String question, String email) implements java.io.Serializable {}

    private String typedKey() {
        return "ask-question:" + slug;
    }

    private void keep(String question, String email) {
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(typedKey(),
                new Typed(question == null ? "" : question, email == null ? "" : email));
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return errors.isEmpty() || sent ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
    }
}

package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.text.StaffText;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.ConsultationState;

/**
 * The start page of responding to a consultation (GOV.UK pattern): what it is about, how long it
 * takes, the closing date and how answers are used. "Start now" leads to the first question of
 * the response journey ({@link ResponseJourneyView}); the other ways to respond follow.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/consultations/:slug([a-z0-9-]{1,120})/respond", layout = MainLayout.class)
class RespondStartView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    private final ActivityService activities;
    private final ConsultationService consultations;
    private final DateTexts dates;
    private String title = "";

    RespondStartView(ActivityService activities, ConsultationService consultations, DateTexts dates) {
        this.activities = activities;
        this.consultations = consultations;
        this.dates = dates;
        addClassName("respond-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Locale language = getLocale();
        ActivityDetails activity = activities.find(slug, language)
                .orElseThrow(() -> new NotFoundException("No published consultation " + slug));
        ConsultationPage page = consultations.page(slug, language)
                .orElseThrow(() -> new NotFoundException("No consultation details for " + slug));
        removeAll();

        add(new HtmlBlock("p", new Markup().link(SitePaths.href(language, "activities/" + slug),
                getTranslation("consultation.start.back"), "class", "back-link")));
        title = getTranslation("consultation.start.title", Map.of("title", activity.summary().title().text()));
        heading.setText(title);
        add(heading);

        Markup out = new Markup();
        out.element("p", activity.summary().summary().text(), "class", "lead",
                "lang", activity.summary().summary().fallback() ? "en" : null);
        if (page.state() == ConsultationState.OPEN) {
            out.element("h2", getTranslation("consultation.start.before"));
            out.element("p", getTranslation("consultation.page.respond.length", Map.of(
                    "minutes", Math.max(5, page.questionCount() * ConsultationSection.MINUTES_PER_QUESTION),
                    "count", page.questionCount())));
            out.element("p", getTranslation("consultation.page.respond.closes",
                    Map.of("date", dates.date(page.closesAt(), language))), "class", "closing-date");
            out.element("p", getTranslation("consultation.start.no-account"));
            if (!page.howAnswersAreUsed().isEmpty()) {
                out.element("h2", getTranslation("consultation.page.respond.how-used"));
                out.open("div", "class", "staff-text", "lang", page.howAnswersAreUsed().fallback() ? "en" : null)
                        .trusted(StaffText.toSafeHtml(page.howAnswersAreUsed().text())).close("div");
            }
            String first = consultations.questionnaire(slug, language)
                    .flatMap(q -> q.questions().stream().findFirst()).map(q -> q.code()).orElse(null);
            if (first != null) {
                out.open("p").link(SitePaths.href(language, "consultations/" + slug + "/respond/" + first),
                        getTranslation("consultation.start.button"), "class", "button start-button", "role", "button",
                        "draggable", "false").close("p");
                out.element("p", getTranslation("consultation.start.saved"));
                out.open("p", "class", "resume").text(getTranslation("consultation.start.resume.intro")).text(" ")
                        .link(resumeHref(language, slug), getTranslation("consultation.start.resume"), "id", "resume-link").close("p");
            }
            out.open("div", "class", "notice", "id", "start-note")
                    .element("p", getTranslation("consultation.page.respond.other-ways"))
                    .open("p").link(SitePaths.href(language, "contact"), getTranslation("consultation.start.contact")).close("p")
                    .close("div");
        } else {
            boolean closed = page.state() != ConsultationState.NOT_YET_OPEN;
            out.element("h2", getTranslation(closed ? "consultation.page.closed.heading" : "consultation.page.respond.heading"));
            out.element("p", closed
                    ? getTranslation("consultation.page.closed.closed", Map.of("date", dates.date(page.closesAt(), language)))
                    : getTranslation("consultation.page.respond.opens", Map.of("date", dates.date(page.opensAt(), language))));
            if (closed && page.questionCount() > 0) {
                out.open("p", "class", "resume").text(getTranslation("consultation.start.resume.closed")).text(" ")
                        .link(resumeHref(language, slug), getTranslation("consultation.start.resume"), "id", "resume-link").close("p");
            }
        }
        add(new HtmlBlock("div", out).className("respond-start-body"));
    }

    private static String resumeHref(Locale language, String slug) {
        return SitePaths.href(language, "consultations/" + slug + "/respond/" + ResponseJourneyView.RESUME);
    }

    @Override
    protected String title() {
        return title;
    }
}

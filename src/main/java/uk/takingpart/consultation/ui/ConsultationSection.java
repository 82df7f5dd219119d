package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.activity.Stage;
import uk.takingpart.activity.ui.ActivityPageSection;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.text.StaffText;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.ConsultationState;
import uk.takingpart.consultation.DocumentFormat;

/**
 * On a consultation's page: whether and how to give your views, why we are consulting, the stages
 * with their dates, the dates (and why the period is shorter, when it is), the options and what
 * each would change, the documents and their formats, updates, and linked events. One query for
 * all of it, and one block of escaped markup per section.
 */
@org.springframework.stereotype.Component
class ConsultationSection implements ActivityPageSection {
    /** About a minute a question, for "how long it takes". */
    static final int MINUTES_PER_QUESTION = 1;

    private final ConsultationService consultations;
    private final ConsultationQuestions questions;
    private final DateTexts dates;

    ConsultationSection(ConsultationService consultations, ConsultationQuestions questions, DateTexts dates) {
        this.consultations = consultations;
        this.questions = questions;
        this.dates = dates;
    }

    @Override
    public Component section(ActivitySummary activity, Locale language) {
        if (activity.type() != ActivityType.CONSULTATION) {
            return null;
        }
        Optional<ConsultationPage> found = consultations.page(activity.slug(), language);
        if (found.isEmpty()) {
            return null;
        }
        ConsultationPage page = found.get();
        Div container = new Div();
        container.addClassNames("consultation", SHOWS_STAGES);
        Texts t = new Texts(container, language);

        container.add(respond(t, activity, page));
        if (!page.purpose().isEmpty() || !page.caseForChange().isEmpty()) {
            container.add(why(t, page));
        }
        container.add(timeline(t, activity.stage(), page));
        container.add(dates(t, page));
        if (!page.options().isEmpty()) {
            container.add(options(t, page));
        }
        if (!page.documents().isEmpty()) {
            container.add(documents(t, activity, page));
        }
        if (!page.updates().isEmpty()) {
            container.add(updates(t, page));
        }
        if (!page.events().isEmpty()) {
            container.add(events(t, page));
        }
        HtmlBlock answered = QuestionsAndAnswers.block(container, dates, language, activity.slug(), page.state() == ConsultationState.OPEN,
                questions.published(page.id(), language));
        if (answered != null) {
            container.add(answered);
        }
        return container;
    }

    /** Translations and dates for one page, in its language. */
    private final class Texts {
        final Component context;
        final Locale language;

        Texts(Component context, Locale language) {
            this.context = context;
            this.language = language;
        }

        String get(String key) {
            return context.getTranslation(key);
        }

        String get(String key, Map<String, ?> arguments) {
            return context.getTranslation(key, arguments);
        }

        String date(Instant instant) {
            return dates.date(instant, language);
        }

        String date(LocalDate date) {
            return dates.date(midday(date), language);
        }

        /** Midday in the site's zone: the same calendar day, whatever the clocks do. */
        Instant midday(LocalDate date) {
            return date.atTime(12, 0).atZone(dates.zone()).toInstant();
        }
    }

    private static HtmlBlock block(String id, Markup out) {
        return new HtmlBlock("section", out).attribute("aria-labelledby", id).className("consultation-" + id.replace("-heading", ""));
    }

    private static Markup heading(String id, String text) {
        return new Markup().element("h2", text, "id", id);
    }

    private HtmlBlock respond(Texts t, ActivitySummary activity, ConsultationPage page) {
        String id = "respond-heading";
        ConsultationState state = page.state();
        Markup out;
        switch (state) {
            case OPEN -> {
                out = heading(id, t.get("consultation.page.respond.heading"));
                out.element("p", t.get("consultation.page.respond.closes", Map.of("date", t.date(page.closesAt()))), "class", "closing-date");
                if (page.acceptsResponses()) {
                    out.element("p", t.get("consultation.page.respond.length", Map.of(
                            "minutes", Math.max(5, page.questionCount() * MINUTES_PER_QUESTION), "count", page.questionCount())));
                    out.open("p").link(SitePaths.href(t.language, "consultations/" + activity.slug() + "/respond"),
                            t.get("consultation.page.respond.start"), "class", "button start-button").close("p");
                    out.element("p", t.get("consultation.page.respond.other-ways"));
                } else {
                    out.element("p", t.get("consultation.page.respond.no-questionnaire"));
                }
            }
            case NOT_YET_OPEN -> {
                out = heading(id, t.get("consultation.page.respond.heading"));
                out.element("p", t.get("consultation.page.respond.opens", Map.of("date", t.date(page.opensAt()))));
            }
            case CLOSED -> {
                out = heading(id, t.get("consultation.page.closed.heading"));
                out.element("p", t.get("consultation.page.closed.closed", Map.of("date", t.date(page.closesAt()))));
                if (page.decisionExpectedOn() != null) {
                    out.element("p", t.get("consultation.page.closed.decision-expected", Map.of("date", t.date(page.decisionExpectedOn()))));
                }
                out.element("p", t.get("consultation.page.closed.thanks"));
            }
            default -> {
                out = heading(id, t.get("consultation.page.decided.heading"));
                out.element("p", t.get("consultation.page.decided.text"));
            }
        }
        if (!page.howAnswersAreUsed().isEmpty() && state != ConsultationState.DECIDED) {
            out.element("h3", t.get("consultation.page.respond.how-used"));
            staffText(out, t, page.howAnswersAreUsed());
        }
        return block(id, out).className("respond-box");
    }

    private HtmlBlock why(Texts t, ConsultationPage page) {
        String id = "why-heading";
        Markup out = heading(id, t.get("consultation.page.why.heading"));
        if (!page.purpose().isEmpty()) {
            out.element("h3", t.get("consultation.page.why.purpose"));
            staffText(out, t, page.purpose());
        }
        if (!page.caseForChange().isEmpty()) {
            out.element("h3", t.get("consultation.page.why.case-for-change"));
            staffText(out, t, page.caseForChange());
        }
        return block(id, out);
    }

    /** Every stage in order, with its dates where they are set, the current one marked for sight and for screen readers. */
    private HtmlBlock timeline(Texts t, Stage current, ConsultationPage page) {
        String id = "stages-heading";
        Markup out = heading(id, t.get("activity.page.stages"));
        Map<Stage, ConsultationPage.StageDates> byStage = page.timeline().stream()
                .collect(Collectors.toMap(ConsultationPage.StageDates::stage, s -> s));
        out.open("ol", "class", "stage-timeline");
        for (Stage stage : Stage.values()) {
            String state = current == null ? "to-come"
                    : stage.ordinal() < current.ordinal() ? "done" : stage == current ? "current" : "to-come";
            out.open("li", "class", "stage stage-" + state, "aria-current", stage == current ? "step" : null)
                    .open("div")
                    .element("span", t.get("activity.stage." + stage.key()), "class", "stage-name")
                    .element("span", t.get("activity.page.stages." + state), "class", "stage-state")
                    .close("div");
            ConsultationPage.StageDates when = byStage.get(stage);
            if (when != null) {
                String text = when.endsOn() == null
                        ? t.get("consultation.page.stages.from", Map.of("date", t.date(when.startsOn())))
                        : dates.range(t.midday(when.startsOn()), t.midday(when.endsOn()), false, t.language);
                out.element("p", text, "class", "stage-dates");
            }
            out.element("p", t.get("activity.stage." + stage.key() + ".explanation"))
                    .close("li");
        }
        out.close("ol");
        return block(id, out);
    }

    private HtmlBlock dates(Texts t, ConsultationPage page) {
        String id = "dates-heading";
        Markup out = heading(id, t.get("consultation.page.dates.heading"));
        out.open("dl", "class", "activity-facts");
        fact(out, t.get("consultation.page.dates.opens"), t.date(page.opensAt()));
        fact(out, t.get("consultation.page.dates.closes"), t.date(page.closesAt()));
        fact(out, t.get("consultation.page.dates.length"), t.get("consultation.page.dates.weeks", Map.of("weeks", page.weeks())));
        if (page.decisionExpectedOn() != null && page.state() != ConsultationState.DECIDED) {
            fact(out, t.get("consultation.page.dates.decision"), t.date(page.decisionExpectedOn()));
        }
        out.close("dl");
        if (!page.shorterPeriodReason().isEmpty()) {
            out.element("h3", t.get("consultation.page.dates.shorter"));
            staffText(out, t, page.shorterPeriodReason());
        }
        return block(id, out);
    }

    private HtmlBlock options(Texts t, ConsultationPage page) {
        String id = "options-heading";
        Markup out = heading(id, t.get("consultation.page.options.heading"));
        out.open("ul", "class", "option-list");
        for (ConsultationPage.Proposal option : page.options()) {
            out.open("li", "class", "option-card");
            out.element("h3", option.title().text(), "lang", lang(option.title()));
            staffText(out, t, option.summary());
            if (!option.impact().isEmpty()) {
                out.element("h4", t.get("consultation.page.options.impact"));
                staffText(out, t, option.impact());
            }
            out.close("li");
        }
        out.close("ul");
        return block(id, out);
    }

    private HtmlBlock documents(Texts t, ActivitySummary activity, ConsultationPage page) {
        String id = "documents-heading";
        Markup out = heading(id, t.get("consultation.page.documents.heading"));
        out.open("ul", "class", "document-list");
        for (ConsultationPage.Document document : page.documents()) {
            out.open("li", "class", "document-card");
            out.element("h3", document.title().text(), "lang", lang(document.title()));
            staffText(out, t, document.description());
            out.open("dl", "class", "activity-facts");
            fact(out, t.get("consultation.page.documents.published"), t.date(document.publishedOn()));
            out.element("dt", t.get("consultation.page.documents.formats")).open("dd").open("ul", "class", "format-list");
            for (DocumentFormat format : document.formats()) {
                String name = t.get("consultation.document.format." + format.key());
                String url = document.links().get(format);
                out.open("li");
                if (url != null) {
                    out.element("a", name, "href", url);
                } else {
                    out.text(name);
                }
                out.close("li");
            }
            out.close("ul").close("dd").close("dl");
            out.open("p").open("a", "href", SitePaths.href(t.language, "formats",
                            QueryParameters.simple(Map.of("page", "activities/" + activity.slug()))), "router-link", "")
                    .text(t.get("consultation.page.documents.ask"))
                    .element("span", ": " + document.title().text(), "class", "visually-hidden", "lang", lang(document.title()))
                    .close("a").close("p");
            out.close("li");
        }
        out.close("ul");
        return block(id, out);
    }

    private HtmlBlock updates(Texts t, ConsultationPage page) {
        String id = "updates-heading";
        Markup out = heading(id, t.get("consultation.page.updates.heading"));
        out.open("ul", "class", "update-list");
        for (ConsultationPage.Update update : page.updates()) {
            out.open("li", "class", "update");
            out.element("h3", update.title().text(), "lang", lang(update.title()));
            out.open("p", "class", "update-date")
                    .element("time", t.date(update.publishedOn()), "datetime", update.publishedOn().toString())
                    .close("p");
            staffText(out, t, update.text());
            out.close("li");
        }
        out.close("ul");
        return block(id, out);
    }

    private HtmlBlock events(Texts t, ConsultationPage page) {
        String id = "events-heading";
        Markup out = heading(id, t.get("consultation.page.events.heading"));
        out.element("p", t.get("consultation.page.events.intro"));
        out.open("ul", "class", "linked-events");
        for (ConsultationPage.LinkedEvent event : page.events()) {
            out.open("li").link(SitePaths.href(t.language, "activities/" + event.slug()), event.title().text(),
                    "lang", lang(event.title()));
            out.element("p", t.get("activity.type." + event.type().key()) + " · "
                    + dates.range(event.startsAt(), event.endsAt(), event.type() != ActivityType.CONSULTATION, t.language),
                    "class", "event-when");
            out.close("li");
        }
        out.close("ul");
        return block(id, out);
    }

    private static void fact(Markup out, String term, String description) {
        out.element("dt", term).element("dd", description);
    }

    private static String lang(LocalizedText text) {
        return text.fallback() ? text.language().toLanguageTag() : null;
    }

    /** Staff text, sanitised; marked and introduced when it is shown in English on a page in another language. */
    private static void staffText(Markup out, Texts t, LocalizedText text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.fallback()) {
            out.element("p", t.get("common.fallback.notice"), "class", "fallback-notice");
        }
        out.open("div", "class", "staff-text", "lang", lang(text)).trusted(StaffText.toSafeHtml(text.text())).close("div");
    }
}

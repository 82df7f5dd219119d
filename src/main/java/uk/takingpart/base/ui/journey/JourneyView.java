package uk.takingpart.base.ui.journey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.web.SessionLifetimes;

/**
 * The GOV.UK question-page pattern, once for every journey: a route {@code .../:step} whose step is
 * a {@link QuestionPage}'s id, {@value #CHECK} (check your answers), a page after the check (a
 * booking that found the session full) or the finished page (the confirmation).
 *
 * <p>The engine keeps the order: a page is shown only when every page before it that applies is
 * answered, and the check page only when every answer is right now (one left wrong is sent back,
 * with its error, to be put right). It draws the back link (the previous page, or the check page
 * when changing an answer), the error summary that takes focus, the {@code Error:} title and the
 * focus on the heading after each move, and saves the draft the moment an answer is given. A
 * feature writes its pages and its check page's ending, never its own navigation.
 *
 * <p>Drafts live in the database ({@link JourneyDrafts}) and the browser finds its draft through
 * a cookie ({@link BrowserDrafts}), so a journey survives the end of the server session. Someone
 * whose draft cannot be found (cookie gone, draft expired) is taken to the first page with a
 * notice saying so; what the address holds (the subject) is kept.
 */
public abstract class JourneyView extends SitePage implements BeforeEnterObserver {
    public static final String CHECK = "check";
    /** The id of a question page's "Save and come back later" button. */
    public static final String SAVE_FOR_LATER_ID = "save-for-later";

    private final JourneyDrafts drafts;
    private final SessionLifetimes lifetimes;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private List<QuestionPage> pages = List.of();
    private Draft draft;
    private String step;
    private boolean changing;
    private boolean lost;
    private boolean focusHeading;
    private String title = "";

    protected JourneyView(JourneyDrafts drafts, SessionLifetimes lifetimes) {
        this.drafts = drafts;
        this.lifetimes = lifetimes;
    }

    // ---- what a journey says about itself ----

    /** The kind of journey, as stored with its drafts ("booking", "response"). */
    protected abstract String kind();

    /**
     * Reads what the journey is about from the address (throwing {@link NotFoundException} if
     * there is no such thing). Returns false when this view has drawn or forwarded the page
     * itself (nothing to book any more), so the engine does nothing more.
     */
    protected abstract boolean open(BeforeEnterEvent event);

    /** What the journey is about (a session id), stored with the draft. Called after {@link #open}. */
    protected abstract String subject();

    /** The question pages, in order, for this subject. */
    protected abstract List<QuestionPage> pages();

    /** The address of a step. */
    protected abstract String path(String step);

    /** Where the first page's back link goes. */
    protected abstract String startHref();

    /** The check page's title. */
    protected abstract String checkTitle();

    /** The end of the check page: the declaration and the button that sends the answers. */
    protected abstract void renderCheckEnd(Draft draft);

    /** The check page's rows: by default what each page adds, in order. */
    protected List<CheckRow> checkRows(Draft draft, List<CheckRow> fromPages) {
        return fromPages;
    }

    /** Steps shown after the check page (a booking finding the session full); each needs every answer. */
    protected Set<String> afterCheckSteps() {
        return Set.of();
    }

    protected void renderAfterCheck(String step, Draft draft) {
        throw new NotFoundException();
    }

    /** The step that shows a finished journey's outcome (the confirmation); null if none. */
    protected String finishedStep() {
        return null;
    }

    protected void renderFinished(Draft finished) {
        throw new NotFoundException();
    }

    /**
     * Where "Save and come back later" leads, after the page's answer (if right) is saved: a step
     * the feature draws itself (its resume code). Null (the default) for a journey without it.
     */
    protected String saveForLaterStep() {
        return null;
    }

    /** The notice shown when someone's draft cannot be found. */
    protected String lostKey() {
        return "common.journey.lost";
    }

    // ---- the engine ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        errors.clear();
        title = "";
        focusHeading = event.getTrigger() != NavigationTrigger.PAGE_LOAD;
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        changing = query.containsKey("change");
        lost = query.containsKey("lost");
        boolean recheck = query.containsKey("recheck");
        if (!open(event)) {
            return;
        }
        step = event.getRouteParameters().get("step").orElse("");
        pages = pages();
        Draft found = BrowserDrafts.find(drafts, kind(), subject()).orElse(null);

        if (step.equals(finishedStep())) {
            if (found == null || !found.finished()) {
                event.forwardTo(path(firstPage().id()));
                return;
            }
            draft = found;
            removeAll();
            renderFinished(found);
            if (focusHeading) {
                focusHeading();
            }
            return;
        }
        QuestionPage current = page(step);
        if (current == null && !CHECK.equals(step) && !afterCheckSteps().contains(step)) {
            throw new NotFoundException();
        }
        // someone in a journey keeps the page they are on as long as staff keep theirs
        lifetimes.keepForJourney(VaadinSession.getCurrent().getSession());
        if (found == null || found.finished()) {
            // a finished journey starts again; one with nothing to continue says so
            draft = Draft.begin(kind(), subject());
            if (found == null && current != firstPage()) {
                event.forwardTo(path(firstPage().id()), QueryParameters.simple(Map.of("lost", "")));
                return;
            }
        } else {
            draft = found;
        }
        QuestionPage missing = firstUnanswered();
        if (current != null && !current.applies(draft)
                || missing != null && (current == null || pages.indexOf(missing) < pages.indexOf(current))) {
            event.forwardTo(path((missing == null ? firstPage() : missing).id()));
            return;
        }
        if (current == null) {
            // an answer left wrong (by Back after an error, or a limit changed since) is never sent
            QuestionPage wrong = pages.stream().filter(p -> p.applies(draft) && !p.problems(draft).isEmpty()).findFirst().orElse(null);
            if (wrong != null) {
                event.forwardTo(path(wrong.id()), QueryParameters.simple(Map.of("change", "", "recheck", "")));
                return;
            }
        } else if (recheck) {
            current.problems(draft).forEach((field, message) -> errors.put(field, words(message)));
        }
        render();
    }

    private void render() {
        removeAll();
        add(Questions.backLink(backHref(), getTranslation("common.journey.back")));
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        QuestionPage current = page(step);
        if (current != null) {
            renderQuestion(current);
        } else if (CHECK.equals(step)) {
            renderCheck();
        } else {
            renderAfterCheck(step, draft);
        }
        if (!errors.isEmpty()) {
            summary.show(new LinkedHashMap<>(errors));
            UI.getCurrent().getPage().setTitle(getPageTitle());
        } else if (focusHeading) {
            focusHeading();
        }
    }

    private void renderQuestion(QuestionPage page) {
        List<QuestionPage> applying = pages.stream().filter(p -> p.applies(draft)).toList();
        Message caption = page.caption(draft, applying.indexOf(page) + 1, applying.size());
        if (caption != null) {
            add(new HtmlBlock("p", new Markup().text(words(caption))).className("caption"));
        }
        if (lost && !draft.saved() && page == firstPage()) {
            add(new HtmlBlock("p", new Markup().text(getTranslation(lostKey()))).className("notice").attribute("id", "journey-lost"));
        }
        page.render(draft, new Context(page));
    }

    private void renderCheck() {
        title = checkTitle();
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        List<CheckRow> fromPages = new ArrayList<>();
        for (QuestionPage page : pages) {
            if (page.applies(draft)) {
                page.rows(draft, new Context(page)).forEach(row -> fromPages.add(row.linkedTo(path(page.id()) + "?change")));
            }
        }
        Map<String, DescriptionList> sections = new LinkedHashMap<>();
        for (CheckRow row : checkRows(draft, fromPages)) {
            DescriptionList list = sections.get(row.section());
            if (list == null) {
                add(new H2(getTranslation(row.section())));
                list = new DescriptionList();
                list.addClassName("summary-list");
                sections.put(row.section(), list);
                add(list);
            }
            list.add(row(row));
        }
        renderCheckEnd(draft);
    }

    /** A row of the check-answers list, with a "Change" link whose hidden text says what it changes. */
    private Div row(CheckRow row) {
        Div div = new Div();
        div.addClassName("summary-row");
        DescriptionList.Description value = new DescriptionList.Description(row.value());
        div.add(new HtmlBlock("dt", new Markup().text(row.label())), value);
        if (row.changeHref() != null) {
            Span hidden = new Span(" " + row.changeWhat());
            hidden.addClassName("visually-hidden");
            Anchor change = new Anchor(row.changeHref());
            change.add(new Span(getTranslation("common.journey.change")), hidden);
            change.getElement().setAttribute("router-link", true);
            DescriptionList.Description action = new DescriptionList.Description(change);
            action.addClassName("summary-action");
            div.add(action);
        }
        return div;
    }

    private QuestionPage page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private QuestionPage firstPage() {
        return pages.stream().filter(p -> p.applies(draft == null ? Draft.begin(kind(), subject()) : draft)).findFirst().orElseThrow();
    }

    /** The first page that applies and is not yet answered, or null when all are. */
    private QuestionPage firstUnanswered() {
        return pages.stream().filter(p -> p.applies(draft) && !p.answered(draft)).findFirst().orElse(null);
    }

    private String backHref() {
        if (changing || afterCheckSteps().contains(step)) {
            return path(CHECK);
        }
        List<QuestionPage> applying = pages.stream().filter(p -> p.applies(draft)).toList();
        QuestionPage current = page(step);
        int at = current == null ? applying.size() : applying.indexOf(current);
        return at <= 0 ? startHref() : path(applying.get(at - 1).id());
    }

    /**
     * After an answer: the next page that applies, or the check page (straight back there when
     * changing, by way of any question the change has made apply).
     */
    private void next(QuestionPage answered) {
        if (changing) {
            // a changed answer can make a question apply that is not answered yet: ask it, then back to the check
            QuestionPage missing = firstUnanswered();
            if (missing == null) {
                go(CHECK);
            } else {
                go(missing.id(), QueryParameters.simple(Map.of("change", "")));
            }
            return;
        }
        int at = pages.indexOf(answered);
        String next = pages.subList(at + 1, pages.size()).stream().filter(p -> p.applies(draft)).findFirst()
                .map(QuestionPage::id).orElse(CHECK);
        go(next);
    }

    // ---- for the feature's own parts of the journey ----

    /** The draft being answered (or the finished one, on the finished step). */
    protected Draft draft() {
        return draft;
    }

    /** Saves the draft as it is now. */
    protected void save() {
        draft = BrowserDrafts.save(drafts, draft);
    }

    /** The journey is done: the draft keeps only its outcome, for the finished step to show. */
    protected void finish(String outcome) {
        draft = BrowserDrafts.finish(drafts, draft, outcome);
    }

    /**
     * Refuses what the person just asked on this page (the check page, or a step after it) without
     * leaving it: the same page again with every answer kept, {@code message} in the error summary
     * linking to {@code fieldId}, focus there and the "Error:" title. For a refusal no question owns,
     * such as a rate limit.
     */
    protected void refuse(String fieldId, String message) {
        errors.put(fieldId, message);
        render();
    }

    protected void go(String step) {
        UI.getCurrent().navigate(path(step));
    }

    protected void go(String step, QueryParameters query) {
        UI.getCurrent().navigate(path(step), query);
    }

    protected void pageTitle(String title) {
        this.title = title;
    }

    protected NativeButton button(String key) {
        NativeButton button = new NativeButton(getTranslation(key));
        button.getElement().setAttribute("type", "submit");
        button.addClassName("button");
        return button;
    }

    /** A form; each submit starts with no errors, so fixed answers are not reported again. */
    protected Component form(List<Component> parts, Runnable onSubmit) {
        return Questions.form(() -> {
            errors.clear();
            onSubmit.run();
        }, parts.toArray(Component[]::new));
    }

    protected String words(Message message) {
        return message.args().isEmpty() ? getTranslation(message.key()) : getTranslation(message.key(), message.args());
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return errors.isEmpty() ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
    }

    /** What a page draws with. */
    private final class Context implements QuestionContext {
        private final QuestionPage page;

        Context(QuestionPage page) {
            this.page = page;
        }

        @Override
        public Locale locale() {
            return getLocale();
        }

        @Override
        public String t(String key) {
            return getTranslation(key);
        }

        @Override
        public String t(String key, Map<String, ?> args) {
            return getTranslation(key, args);
        }

        @Override
        public String error(String fieldId) {
            return errors.get(fieldId);
        }

        @Override
        public void title(String text) {
            title = text;
        }

        @Override
        public void add(Component... components) {
            JourneyView.this.add(components);
        }

        @Override
        public void form(QuestionPage.Reader reader, Component... fields) {
            List<Component> parts = new ArrayList<>(List.of(fields));
            parts.add(button("common.journey.continue"));
            String later = saveForLaterStep();
            if (later != null) {
                // a plain button, not a second submit: Enter in a field still means Continue
                NativeButton saveForLater = new NativeButton(getTranslation("common.journey.save-for-later"));
                saveForLater.getElement().setAttribute("type", "button");
                saveForLater.addClassNames("button", "secondary");
                saveForLater.setId(SAVE_FOR_LATER_ID);
                saveForLater.addClickListener(e -> {
                    errors.clear();
                    if (answer(reader)) {
                        go(later);
                    }
                });
                parts.add(saveForLater);
            }
            JourneyView.this.add(JourneyView.this.form(parts, () -> {
                if (answer(reader)) {
                    next(page);
                }
            }));
        }

        /** Reads and saves the page's answer; false (the page drawn again with its errors) if it is not right. */
        private boolean answer(QuestionPage.Reader reader) {
            Map<String, Message> problems = reader.read(draft);
            if (problems.isEmpty()) {
                draft.markAnswered(page.id());
            }
            save();
            if (!problems.isEmpty()) {
                problems.forEach((field, message) -> errors.put(field, words(message)));
                lost = false;
                render();
                return false;
            }
            return true;
        }
    }
}

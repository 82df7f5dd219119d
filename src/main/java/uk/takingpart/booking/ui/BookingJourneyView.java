package uk.takingpart.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.web.RateLimits;
import uk.takingpart.base.web.SessionLifetimes;
import uk.takingpart.base.ui.journey.JourneyView;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingStatus;
import uk.takingpart.booking.ManagedBooking;
import uk.takingpart.booking.PreferredFormat;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * Booking a session on the journey engine: the questions are {@link BookingQuestions}; this view
 * adds what only a booking has: the session on the check page, sending the booking, the page for
 * a session that filled up meanwhile ({@code full}) and the confirmation ({@code done}).
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/book/:session([0-9]{1,12})/:step([a-z]{2,12})", layout = MainLayout.class)
class BookingJourneyView extends JourneyView {
    static final String FULL = "full";
    static final String DONE = "done";
    /** Every step of the address: the questions, the check page, full and done. */
    static final Set<String> STEPS = Set.of("places", "who", "contact", "needs", CHECK, FULL, DONE);
    /** The button that books (or joins the waiting list), where the error summary points when bookings are rate limited. */
    static final String SUBMIT_ID = "booking-submit";

    private final BookingService bookings;
    private final RateLimits rateLimits;
    private final DateTexts dates;
    private final Languages languages;
    private SessionSummary session;

    BookingJourneyView(BookingService bookings, DateTexts dates, Languages languages, JourneyDrafts drafts, SessionLifetimes lifetimes,
                       RateLimits rateLimits) {
        super(drafts, lifetimes);
        this.rateLimits = rateLimits;
        this.bookings = bookings;
        this.dates = dates;
        this.languages = languages;
        addClassName("booking-journey");
    }

    @Override
    protected String kind() {
        return BookingDraft.KIND;
    }

    @Override
    protected boolean open(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("session").orElse(-1L);
        session = bookings.session(id, getLocale()).orElseThrow(() -> new NotFoundException("No session " + id));
        if (!session.bookable() && !DONE.equals(event.getRouteParameters().get("step").orElse(""))) {
            renderUnavailable();
            return false;
        }
        return true;
    }

    @Override
    protected String subject() {
        return String.valueOf(session.id());
    }

    @Override
    protected List<QuestionPage> pages() {
        return new BookingQuestions(session, this, getLocale(), dates, languages).pages();
    }

    @Override
    protected String path(String step) {
        return SitePaths.href(getLocale(), "book/" + session.id() + "/" + step);
    }

    @Override
    protected String startHref() {
        return SitePaths.href(getLocale(), "activities/" + session.activity().slug() + "/book");
    }

    @Override
    protected Set<String> afterCheckSteps() {
        return Set.of(FULL);
    }

    @Override
    protected String finishedStep() {
        return DONE;
    }

    @Override
    protected String lostKey() {
        return "booking.journey.lost";
    }

    // ---- check your answers ----

    @Override
    protected String checkTitle() {
        return getTranslation("booking.check.title");
    }

    @Override
    protected List<CheckRow> checkRows(Draft draft, List<CheckRow> fromPages) {
        List<CheckRow> rows = new ArrayList<>();
        String section = BookingQuestions.SESSION;
        rows.add(CheckRow.fixed(section, getTranslation("email.detail.event"), SessionDetails.text(session.activity().title())));
        rows.add(new CheckRow(section, getTranslation("booking.session.when"), CheckRow.text(SessionDetails.when(session, dates, getLocale()), null),
                getTranslation("booking.check.change.session"),
                SitePaths.href(getLocale(), "activities/" + session.activity().slug() + "/book?from=" + session.id())));
        rows.add(CheckRow.fixed(section, getTranslation("booking.session.where"), SessionDetails.where(this, session)));
        if (session.leaderName() != null) {
            Span leader = new Span(session.leaderName());
            if (!session.leaderRole().isEmpty()) {
                leader.add(new Span(", "), SessionDetails.text(session.leaderRole()));
            }
            rows.add(CheckRow.fixed(section, getTranslation("booking.session.leader"), leader));
        }
        rows.addAll(fromPages);
        return rows;
    }

    @Override
    protected void renderCheckEnd(Draft draft) {
        int wanted = wanted(draft);
        boolean waiting = wanted > session.placesLeft();
        if (waiting) {
            add(new HtmlBlock("p", new Markup().text(getTranslation(session.full() ? "booking.check.full" : "booking.check.not-enough",
                    Map.of("count", session.placesLeft())))).className("notice"));
        } else {
            add(new HtmlBlock("p", new Markup().text(getTranslation("booking.check.declaration"))));
        }
        add(form(List.of(submitButton(waiting ? "booking.check.join-waiting-list" : "booking.check.confirm")), () -> book(wanted, waiting)));
    }

    /** The button that books or joins the waiting list; a rate-limit refusal links to it. */
    private com.vaadin.flow.component.html.NativeButton submitButton(String key) {
        var submit = button(key);
        submit.setId(SUBMIT_ID);
        return submit;
    }

    private int wanted(Draft draft) {
        return "places".equals(BookingQuestions.first(session)) ? new BookingDraft(draft).placesOr(1) : 1;
    }

    private void book(int wanted, boolean joinWaitingList) {
        if (draft().finished()) {
            go(DONE);
            return;
        }
        RateLimits.Decision allowed = rateLimits.take(RateLimits.BOOKING, VaadinServletRequest.getCurrent().getHttpServletRequest());
        if (allowed.refused()) {
            refuse(SUBMIT_ID, getTranslation("booking.error.too-many", Map.of("minutes", allowed.retryAfterMinutes())));
            return;
        }
        BookingDraft booking = new BookingDraft(draft());
        if (draft().get(BookingDraft.REQUEST_KEY) == null) {
            booking.requestKey();
            save();
        }
        BookingResult result = bookings.book(booking.request(session.id(), wanted, getLocale(), joinWaitingList));
        switch (result.outcome()) {
            case BOOKED, WAITING_LIST -> {
                finish(result.booking().manageToken());
                go(DONE);
            }
            case FULL -> go(FULL);
            case TOO_MANY_PLACES -> go("places", QueryParameters.simple(Map.of("change", "", "recheck", "")));
            default -> go(CHECK);
        }
    }

    // ---- after the check: full; the confirmation; nothing to book ----

    @Override
    protected void renderAfterCheck(String step, Draft draft) {
        int left = session.placesLeft();
        String title = getTranslation(left == 0 ? "booking.full.title" : "booking.full.title.some-left", Map.of("count", left));
        pageTitle(title);
        add(new H1(title), new Paragraph(getTranslation("booking.full.waiting-list")));
        if (left > 0 && "places".equals(BookingQuestions.first(session))) {
            add(new Paragraph(link(path("places") + "?change", getTranslation("booking.full.fewer", Map.of("count", left)))));
        }
        add(new Paragraph(link(SitePaths.href(getLocale(), "activities/" + session.activity().slug() + "/book?from=" + session.id()),
                getTranslation("booking.full.other-session"))));
        int wanted = wanted(draft);
        add(form(List.of(submitButton("booking.check.join-waiting-list")), () -> book(wanted, true)));
    }

    @Override
    protected void renderFinished(Draft finished) {
        ManagedBooking booking = bookings.byManageLink(finished.outcome(), getLocale()).orElseThrow(NotFoundException::new);
        boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
        String title = getTranslation(confirmed ? "booking.done.title" : "booking.done.title.waiting");
        pageTitle(title);
        Paragraph reference = new Paragraph(new Span(getTranslation("booking.done.reference")), new Span(" "), new Emphasis(booking.reference()));
        reference.addClassName("reference");
        Div panel = new Div(new H1(title), reference);
        panel.addClassName("confirmation-panel");
        add(panel);
        add(ManageBookingView.summary(this, booking, dates, getLocale()));
        add(new HtmlBlock("p", new Markup().text(booking.contact().email() == null
                ? getTranslation(confirmed ? "booking.done.no-email" : "booking.done.no-email.waiting")
                : getTranslation("booking.done.emailed", Map.of("email", booking.contact().email())))));
        add(new H2(getTranslation("booking.done.next")));
        Markup next = new Markup();
        if (confirmed) {
            next.element("li", getTranslation("booking.done.next.reminder"));
            if (booking.session().mode() == SessionMode.ONLINE) {
                next.element("li", getTranslation("booking.done.next.online"));
            }
            if (booking.contact().format() != PreferredFormat.STANDARD || booking.needs().any()) {
                next.element("li", getTranslation("booking.done.next.needs"));
            }
            if (booking.session().timeToListen() && booking.talkAbout() != null) {
                // a slot may not have named its leader yet
                next.element("li", booking.session().leaderName() == null ? getTranslation("booking.done.next.talk-about.no-leader")
                        : getTranslation("booking.done.next.talk-about", Map.of("leader", booking.session().leaderName())));
            }
        } else {
            next.element("li", getTranslation("booking.done.next.waiting", Map.of("position", booking.waitingPosition())));
        }
        add(new HtmlBlock("ul", next).className("next-steps"));
        ManageBookingView.addCalendarAndManage(this, booking, bookings, getLocale());
    }

    private void renderUnavailable() {
        removeAll();
        String activity = SitePaths.href(getLocale(), "activities/" + session.activity().slug());
        pageTitle(getTranslation("booking.unavailable.title"));
        add(Questions.backLink(activity, getTranslation("booking.back")));
        add(new H1(title()), new Paragraph(getTranslation(session.cancelled() ? "booking.unavailable.cancelled" : "booking.unavailable.started")));
        add(new Paragraph(link(activity, getTranslation("booking.unavailable.other", Map.of("event", session.activity().title().text())))));
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}

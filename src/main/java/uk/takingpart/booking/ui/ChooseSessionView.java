package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.ui.journey.BrowserDrafts;
import uk.takingpart.base.ui.journey.JourneyView;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/** The journey's first question: which session (or Time to Listen slot) to book. */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/activities/:slug([a-z0-9-]{1,120})/book", layout = MainLayout.class)
class ChooseSessionView extends SitePage implements BeforeEnterObserver {
    private final ActivityService activities;
    private final BookingService bookings;
    private final DateTexts dates;
    private final JourneyDrafts drafts;
    private ActivityRef activity;
    private String title = "";
    private String error;

    ChooseSessionView(ActivityService activities, BookingService bookings, DateTexts dates, JourneyDrafts drafts) {
        this.drafts = drafts;
        this.activities = activities;
        this.bookings = bookings;
        this.dates = dates;
        addClassName("booking-journey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        activity = activities.publishedRef(slug, getLocale())
                .filter(a -> a.type() == ActivityType.EVENT || a.type() == ActivityType.TIME_TO_LISTEN)
                .orElseThrow(() -> new NotFoundException("Nothing to book for " + slug));
        long from = event.getLocation().getQueryParameters().getSingleParameter("from")
                .filter(v -> v.matches("[0-9]{1,12}")).map(Long::parseLong).orElse(-1L);
        error = null;
        render(from);
        if (event.getTrigger() != com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD) {
            focusHeading();
        }
    }

    private void render(long from) {
        removeAll();
        boolean timeToListen = activity.type() == ActivityType.TIME_TO_LISTEN;
        title = getTranslation(timeToListen ? "booking.choose.title.time-to-listen" : "booking.choose.title");
        String back = from > 0 ? SitePaths.href(getLocale(), "book/" + from + "/check") : SitePaths.href(getLocale(), "activities/" + activity.slug());
        add(Questions.backLink(back, getTranslation("booking.back")));
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        Paragraph caption = new Paragraph(activity.title().text());
        caption.addClassName("caption");
        add(caption);

        List<SessionSummary> sessions = bookings.upcomingSessions(activity.slug(), getLocale()).stream()
                .filter(SessionSummary::bookable).toList();
        if (sessions.isEmpty()) {
            add(new H1(title), new Paragraph(getTranslation("booking.sessions.none")));
            Anchor backToActivity = new Anchor(SitePaths.href(getLocale(), "activities/" + activity.slug()), activity.title().text());
            backToActivity.getElement().setAttribute("router-link", true);
            add(new Paragraph(backToActivity));
            return;
        }
        List<NativeChoice> radios = new ArrayList<>();
        List<Component> items = new ArrayList<>();
        for (SessionSummary session : sessions) {
            NativeChoice radio = NativeChoice.radio(radios.isEmpty() ? "session" : "session-" + session.id(), "session",
                    String.valueOf(session.id()));
            radio.setValue(session.id() == from);
            radios.add(radio);
            items.add(Questions.choice(radio, SessionDetails.when(session, dates, getLocale()), hint(session)));
        }
        NativeChoice.exclusive(radios);
        Div question = Questions.fieldset("session-group", title, true, getTranslation("booking.choose.hint"), error,
                items.toArray(Component[]::new));
        NativeButton next = new NativeButton(getTranslation("booking.continue"));
        next.getElement().setAttribute("type", "submit");
        next.addClassName("button");
        add(Questions.form(() -> {
            SessionSummary chosen = radios.stream().filter(NativeChoice::getValue).findFirst()
                    .flatMap(r -> sessions.stream().filter(s -> String.valueOf(s.id()).equals(r.value())).findFirst())
                    .orElse(null);
            if (chosen == null) {
                error = getTranslation("booking.error.session.required");
                render(from);
                return;
            }
            if (from > 0 && from != chosen.id()) {
                // the answers given go with the person to the session they chose instead
                boolean moved = BrowserDrafts.find(drafts, BookingDraft.KIND, String.valueOf(from)).filter(d -> !d.finished())
                        .map(d -> {
                            d.moveTo(String.valueOf(chosen.id()));
                            return BrowserDrafts.save(drafts, d);
                        }).isPresent();
                UI.getCurrent().navigate(SitePaths.href(getLocale(), "book/" + chosen.id() + "/"
                        + (moved ? JourneyView.CHECK : BookingQuestions.first(chosen))));
            } else if (from > 0) {
                UI.getCurrent().navigate(SitePaths.href(getLocale(), "book/" + chosen.id() + "/" + JourneyView.CHECK));
            } else {
                UI.getCurrent().navigate(SitePaths.href(getLocale(), "book/" + chosen.id() + "/" + BookingQuestions.first(chosen)));
            }
        }, question, next));
        if (error != null) {
            summary.show(Map.of("session", error));
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    private String hint(SessionSummary session) {
        List<String> parts = new ArrayList<>();
        if (session.mode() == SessionMode.ONLINE) {
            parts.add(getTranslation("booking.mode.online"));
        } else if (!session.venueName().isEmpty()) {
            parts.add(session.venueName().text());
        }
        if (session.leaderName() != null) {
            parts.add(session.leaderRole().isEmpty() ? session.leaderName()
                    : getTranslation("booking.choose.with", Map.of("name", session.leaderName(), "role", session.leaderRole().text())));
        }
        parts.add(session.full() ? getTranslation("booking.choose.full") : SessionDetails.placesLeft(this, session));
        return String.join(". ", parts) + ".";
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return error == null ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
    }

}

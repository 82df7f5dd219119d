package uk.takingpart.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.AreaOption;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.SessionFilter;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * Every session still to come that people can book, soonest first, with places left; filtered
 * by when, area and in person or online with plain drop-downs whose state is in the address
 * ({@code ?when=next-7-days&mode=online}). Changing a filter keeps the keyboard focus where it is.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/sessions", layout = MainLayout.class)
class SessionsView extends SitePage implements BeforeEnterObserver {
    static final String WHEN = "when";
    static final String AREA = "area";
    static final String MODE = "mode";

    /** The date filter's choices, in days from today (inclusive). */
    enum When {
        ANY(-1), TODAY(0), NEXT_7_DAYS(6), NEXT_30_DAYS(29);

        final int days;

        When(int days) {
            this.days = days;
        }

        String key() { return CodeKeys.key(name()); }
    }

    final H1 heading = new H1();
    final NativeSelect when = new NativeSelect("filter-when");
    final NativeSelect area = new NativeSelect("filter-area");
    final NativeSelect mode = new NativeSelect("filter-mode");
    final Paragraph resultCount = new Paragraph();
    final HtmlBlock results = new HtmlBlock("ul").className("session-list");
    private final Paragraph intro = new Paragraph();
    private final Section filters = new Section();
    private final BookingService bookings;
    private final ActivityService activities;
    private final DateTexts dates;
    private final Clock clock;
    private Locale filtersLanguage;
    private boolean updatingControls;
    private When chosenWhen = When.ANY;
    private String chosenArea;
    private SessionMode chosenMode;

    SessionsView(BookingService bookings, ActivityService activities, DateTexts dates, Clock clock) {
        this.bookings = bookings;
        this.activities = activities;
        this.dates = dates;
        this.clock = clock;
        addClassName("whats-on");
        intro.addClassName("lead");
        filters.addClassName("filters");
        filters.getElement().setAttribute("aria-labelledby", "filters-heading");
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        for (NativeSelect select : List.of(when, area, mode)) {
            select.addValueChangeListener(e -> {
                if (!updatingControls) {
                    apply();
                }
            });
        }
        add(heading, intro, filters, resultCount, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        chosenWhen = CodeKeys.parse(When.class, query.getSingleParameter(WHEN).orElse(null)).orElse(When.ANY);
        chosenArea = query.getSingleParameter(AREA).filter(a -> a.matches("[a-z0-9-]{1,60}")).orElse(null);
        chosenMode = CodeKeys.parse(SessionMode.class, query.getSingleParameter(MODE).orElse(null)).orElse(null);
        heading.setText(title());
        intro.setText(getTranslation("booking.sessions.page.intro"));
        updatingControls = true;
        try {
            if (getLocale().equals(filtersLanguage)) {
                when.setValue(chosenWhen.key());
                area.setValue(chosenArea == null ? "" : chosenArea);
                mode.setValue(chosenMode == null ? "" : chosenMode.key());
            } else {
                buildFilters();
                filtersLanguage = getLocale();
            }
        } finally {
            updatingControls = false;
        }
        showResults();
    }

    private void buildFilters() {
        filters.removeAll();
        H2 filtersHeading = new H2(getTranslation("activity.whats-on.filters.heading"));
        filtersHeading.setId("filters-heading");
        when.clearOptions();
        when.setValue(chosenWhen.key());
        for (When choice : When.values()) {
            when.option(choice.key(), getTranslation("booking.sessions.filter.when." + choice.key()));
        }
        area.clearOptions();
        area.setValue(chosenArea == null ? "" : chosenArea);
        area.option("", getTranslation("activity.whats-on.filters.any"));
        for (AreaOption option : activities.areas(getLocale())) {
            area.option(option.code(), option.name().text());
        }
        mode.clearOptions();
        mode.setValue(chosenMode == null ? "" : chosenMode.key());
        mode.option("", getTranslation("booking.sessions.filter.mode.any"));
        for (SessionMode m : SessionMode.values()) {
            mode.option(m.key(), getTranslation("booking.mode." + m.key()));
        }
        Div controls = new Div(Questions.field(when, getTranslation("booking.sessions.filter.when"), null, null),
                Questions.field(area, getTranslation("activity.whats-on.filters.area"), null, null),
                Questions.field(mode, getTranslation("booking.sessions.filter.mode"), null, null));
        controls.addClassName("filter-controls");
        Anchor clear = new Anchor(SitePaths.href(getLocale(), "sessions"), getTranslation("activity.whats-on.filters.clear"));
        clear.getElement().setAttribute("router-link", true);
        filters.add(filtersHeading, controls, new Paragraph(clear));
    }

    private void apply() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!when.getValue().isEmpty() && !When.ANY.key().equals(when.getValue())) {
            query.put(WHEN, when.getValue());
        }
        if (!area.getValue().isEmpty()) {
            query.put(AREA, area.getValue());
        }
        if (!mode.getValue().isEmpty()) {
            query.put(MODE, mode.getValue());
        }
        UI.getCurrent().navigate(SitePaths.href(getLocale(), "sessions"), QueryParameters.simple(query));
    }

    private void showResults() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), dates.zone());
        SessionFilter filter = new SessionFilter(null, chosenWhen == When.ANY ? null : today.plusDays(chosenWhen.days), chosenArea, chosenMode);
        List<SessionSummary> found = bookings.upcomingSessions(filter, getLocale());
        resultCount.setText(found.isEmpty() ? getTranslation("booking.sessions.page.none")
                : getTranslation("booking.sessions.page.count", Map.of("count", found.size())));
        Locale language = getLocale();
        Markup out = new Markup();
        for (SessionSummary session : found) {
            String when = SessionDetails.when(session, dates, language);
            out.open("li", "class", "session-card").open("h2")
                    .link(SitePaths.href(language, "activities/" + session.activity().slug()), session.activity().title().text(),
                            "lang", session.activity().title().fallback() ? session.activity().title().language().toLanguageTag() : null)
                    .close("h2");
            out.open("dl", "class", "activity-facts");
            SessionDetails.rows(out, this, session, dates, language, true, true, true);
            out.close("dl");
            out.open("p").link(SitePaths.href(language, "book/" + session.id() + "/" + BookingQuestions.first(session)),
                    getTranslation(session.full() ? "booking.sessions.join-waiting-list" : "booking.sessions.book",
                            Map.of("when", DateTexts.inSentence(when, language))))
                    .close("p");
            out.close("li");
        }
        results.setContent(out);
    }

    @Override
    protected String title() {
        return getTranslation("booking.sessions.page.title");
    }
}

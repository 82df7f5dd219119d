package uk.takingpart.activity.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.AreaOption;
import uk.takingpart.activity.Audience;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.activity.Period;
import uk.takingpart.activity.Topic;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.DisplayPreferences;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;

/**
 * The home page: what people can get involved in, newest first, with filters that are plain
 * labelled drop-downs and keep their state in the address ({@code ?type=event&area=cardiff}).
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG, layout = MainLayout.class)
class WhatsOnView extends SitePage implements BeforeEnterObserver {
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String AREA = "area";
    static final String AUDIENCE = "audience";
    static final String SHOW = "show";

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final NativeSelect type = new NativeSelect("filter-type");
    final NativeSelect topic = new NativeSelect("filter-topic");
    final NativeSelect area = new NativeSelect("filter-area");
    final NativeSelect audience = new NativeSelect("filter-audience");
    final NativeSelect show = new NativeSelect("filter-show");
    final Anchor clear = new Anchor();
    final Anchor sessionsLink = new Anchor();
    final Paragraph resultCount = new Paragraph();
    final Paragraph order = new Paragraph();
    final UnorderedList results = new UnorderedList();
    private final Section filters = new Section();
    private final H2 filtersHeading = new H2();
    private final ActivityService activities;
    private final DateTexts dates;
    private ActivityFilter filter = ActivityFilter.CURRENT;
    private java.util.Locale filtersLanguage;
    /** True while the controls are set from the address, so that setting them does not navigate again. */
    private boolean updatingControls;

    WhatsOnView(ActivityService activities, DateTexts dates) {
        this.activities = activities;
        this.dates = dates;
        addClassName("whats-on");
        intro.addClassName("lead");
        filtersHeading.setId("filters-heading");
        filters.addClassName("filters");
        filters.getElement().setAttribute("aria-labelledby", "filters-heading");
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        results.addClassName("activity-list");
        clear.getElement().setAttribute("router-link", true);
        clear.addClassName("clear-filters");
        for (NativeSelect select : List.of(type, topic, area, audience, show)) {
            select.addValueChangeListener(e -> {
                if (!updatingControls) {
                    applyFromControls();
                }
            });
        }
        sessionsLink.getElement().setAttribute("router-link", true);
        order.addClassName("result-order");
        add(heading, intro, new Paragraph(sessionsLink), filters, resultCount, order, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = parse(event.getLocation().getQueryParameters());
        heading.setText(title());
        intro.setText(getTranslation("activity.whats-on.intro"));
        // the sessions page belongs to the booking feature: linked by address only
        sessionsLink.setText(getTranslation("booking.sessions.link"));
        sessionsLink.setHref(SitePaths.href(getLocale(), "sessions"));
        updatingControls = true;
        try {
            if (getLocale().equals(filtersLanguage)) {
                // same page, new filter: keep the controls (and the keyboard focus) where they are
                type.setValue(filter.type() == null ? "" : filter.type().key());
                topic.setValue(filter.topic() == null ? "" : filter.topic().key());
                area.setValue(filter.area() == null ? "" : filter.area());
                audience.setValue(filter.audience() == null ? "" : filter.audience().key());
                show.setValue(filter.period().key());
            } else {
                buildFilters();
                filtersLanguage = getLocale();
            }
        } finally {
            updatingControls = false;
        }
        showResults();
    }

    /** Reads the filter from the address; unknown or malformed values are ignored. */
    static ActivityFilter parse(QueryParameters query) {
        return new ActivityFilter(
                CodeKeys.parse(ActivityType.class, first(query, TYPE)).orElse(null),
                CodeKeys.parse(Topic.class, first(query, TOPIC)).orElse(null),
                validArea(first(query, AREA)),
                CodeKeys.parse(Audience.class, first(query, AUDIENCE)).orElse(null),
                CodeKeys.parse(Period.class, first(query, SHOW)).orElse(Period.CURRENT));
    }

    private static String first(QueryParameters query, String name) {
        return query.getSingleParameter(name).orElse(null);
    }

    private static String validArea(String code) {
        return code != null && code.matches("[a-z0-9-]{1,60}") ? code : null;
    }

    static QueryParameters toQuery(ActivityFilter f) {
        Map<String, String> query = new LinkedHashMap<>();
        if (f.type() != null) query.put(TYPE, f.type().key());
        if (f.topic() != null) query.put(TOPIC, f.topic().key());
        if (f.area() != null) query.put(AREA, f.area());
        if (f.audience() != null) query.put(AUDIENCE, f.audience().key());
        if (f.period() != Period.CURRENT) query.put(SHOW, f.period().key());
        return QueryParameters.simple(query);
    }

    private void buildFilters() {
        filters.removeAll();
        filtersHeading.setText(getTranslation("activity.whats-on.filters.heading"));
        Div controls = new Div();
        controls.addClassName("filter-controls");
        controls.add(
                field(type, "type", ActivityType.values(), filter.type() == null ? "" : filter.type().key(), "activity.type."),
                field(topic, "topic", Topic.values(), filter.topic() == null ? "" : filter.topic().key(), "activity.topic."),
                areaField(),
                field(audience, "audience", Audience.values(), filter.audience() == null ? "" : filter.audience().key(), "activity.audience."),
                showField());
        clear.setText(getTranslation("activity.whats-on.filters.clear"));
        clear.setHref(SitePaths.href(getLocale(), ""));
        filters.add(filtersHeading, controls, new Paragraph(clear));
    }

    private Div field(NativeSelect select, String name, Enum<?>[] values, String selected, String keyPrefix) {
        select.clearOptions();
        select.setValue(selected);
        select.option("", getTranslation("activity.whats-on.filters.any"));
        for (Enum<?> value : values) {
            String code = CodeKeys.key(value.name());
            select.option(code, getTranslation(keyPrefix + code));
        }
        return labelled(select, getTranslation("activity.whats-on.filters." + name));
    }

    private Div areaField() {
        area.clearOptions();
        area.setValue(filter.area() == null ? "" : filter.area());
        area.option("", getTranslation("activity.whats-on.filters.any"));
        for (AreaOption option : activities.areas(getLocale())) {
            area.option(option.code(), option.name().text());
        }
        return labelled(area, getTranslation("activity.whats-on.filters.area"));
    }

    private Div showField() {
        show.clearOptions();
        show.setValue(filter.period().key());
        for (Period period : Period.values()) {
            show.option(period.key(), getTranslation("activity.period." + period.key()));
        }
        return labelled(show, getTranslation("activity.whats-on.filters.show"));
    }

    private static Div labelled(NativeSelect select, String label) {
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(select);
        Div field = new Div(caption, select);
        field.addClassName("field");
        return field;
    }

    private void applyFromControls() {
        QueryParameters query = toQuery(parse(QueryParameters.simple(Map.of(
                TYPE, type.getValue(), TOPIC, topic.getValue(), AREA, area.getValue(),
                AUDIENCE, audience.getValue(), SHOW, show.getValue()))));
        UI.getCurrent().navigate(SitePaths.href(getLocale(), ""), query);
    }

    private void showResults() {
        List<ActivitySummary> found = activities.whatsOn(filter, getLocale());
        resultCount.setText(getTranslation("activity.whats-on.count", Map.of("count", found.size())));
        results.removeAll();
        boolean easyRead = DisplayPreferences.current().easyRead();
        for (ActivitySummary summary : found) {
            results.add(new ActivityCard(summary, this, getLocale(), dates, easyRead));
        }
        if (found.isEmpty()) {
            resultCount.setText(getTranslation("activity.whats-on.none"));
        }
        order.setText(found.isEmpty() ? "" : getTranslation(filter.period() == Period.PAST
                ? "activity.whats-on.order.past" : "activity.whats-on.order"));
        order.setVisible(!found.isEmpty());
    }

    @Override
    protected String title() {
        return getTranslation("activity.whats-on.title");
    }
}

package uk.takingpart.activity.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.DisplayPreferences;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;

/**
 * One activity: what it is, who it is for, when and where, how you can be involved (in plain
 * words, by ladder level) and, for consultations, the stage it has reached.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/activities/:slug([a-z0-9-]{1,120})", layout = MainLayout.class)
class ActivityView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    private final ActivityService activities;
    private final DateTexts dates;
    private final org.springframework.beans.factory.ObjectProvider<ActivityPageSection> sections;
    private ActivitySummary activity;

    ActivityView(ActivityService activities, DateTexts dates, org.springframework.beans.factory.ObjectProvider<ActivityPageSection> sections) {
        this.activities = activities;
        this.dates = dates;
        this.sections = sections;
        addClassName("activity-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ActivityDetails details = activities.find(slug, getLocale())
                .orElseThrow(() -> new NotFoundException("No published activity " + slug));
        activity = details.summary();
        removeAll();

        Anchor back = new Anchor(SitePaths.href(getLocale(), ""), getTranslation("activity.page.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        add(back);

        ActivityContent.render(this, this, heading, details, dates, DisplayPreferences.current().easyRead(), getLocale());

        sections.orderedStream()
                .map(extra -> extra.section(activity, getLocale()))
                .filter(java.util.Objects::nonNull)
                .forEach(this::add);

        Section formats = section("activity.page.formats");
        Anchor ask = new Anchor(SitePaths.href(getLocale(), "formats",
                com.vaadin.flow.router.QueryParameters.of("page", "activities/" + slug)), getTranslation("activity.page.formats.link"));
        ask.getElement().setAttribute("router-link", true);
        formats.add(new Paragraph(getTranslation("activity.page.formats.text")), new Paragraph(ask));
        add(formats);
    }

    private Section section(String key) {
        return ActivityContent.section(this, key);
    }

    @Override
    protected String title() {
        return activity == null ? "" : activity.title().text();
    }
}

package uk.takingpart.activity.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.DisplayPreferences;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
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

        Locale language = getLocale();
        add(new HtmlBlock("p", new Markup().link(SitePaths.href(language, ""), getTranslation("activity.page.back"),
                "class", "back-link")));

        java.util.List<com.vaadin.flow.component.Component> extra = sections.orderedStream()
                .map(section -> section.section(activity, language))
                .filter(java.util.Objects::nonNull)
                .toList();
        boolean stagesElsewhere = extra.stream().anyMatch(c -> c.getElement().getClassList().contains(ActivityPageSection.SHOWS_STAGES));
        ActivityContent.render(this, this, heading, details, dates, DisplayPreferences.current().easyRead(), language, !stagesElsewhere);
        extra.forEach(this::add);

        Markup formats = new Markup();
        ActivityContent.openSection(formats, this, "activity.page.formats");
        formats.element("p", getTranslation("activity.page.formats.text"))
                .open("p")
                .link(SitePaths.href(language, "formats", QueryParameters.of("page", "activities/" + slug)),
                        getTranslation("activity.page.formats.link"))
                .close("p").close("section");
        add(new HtmlBlock("div", formats));
    }

    @Override
    protected String title() {
        return activity == null ? "" : activity.title().text();
    }
}

package uk.takingpart.activity.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.Stage;
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
    private ActivitySummary activity;

    ActivityView(ActivityService activities, DateTexts dates) {
        this.activities = activities;
        this.dates = dates;
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

        if (activity.title().fallback()) {
            add(ActivityTexts.fallbackNotice(this));
        }
        heading.setText(activity.title().text());
        ActivityTexts.mark(heading, activity.title());
        Span status = new Span(getTranslation("activity.status." + activity.status().key()));
        status.addClassName("status");
        status.addClassName("status-" + activity.status().key());
        Paragraph meta = new Paragraph(status, new Span(" "), new Span(getTranslation("activity.type." + activity.type().key())));
        meta.addClassName("activity-meta");
        add(heading, meta);

        if (DisplayPreferences.current().easyRead() && activity.easyRead() != null) {
            add(ActivityTexts.easyRead(this, activity.easyRead()));
        }
        if (activity.summary().fallback()) {
            add(ActivityTexts.fallbackNotice(this));
        }
        Paragraph lead = ActivityTexts.mark(new Paragraph(activity.summary().text()), activity.summary());
        lead.addClassName("lead");
        add(lead);
        add(ActivityTexts.facts(this, getLocale(), activity, dates));

        if (!details.location().isEmpty()) {
            Section where = section("activity.page.where");
            if (details.location().fallback()) {
                where.add(ActivityTexts.fallbackNotice(this));
            }
            where.add(ActivityTexts.mark(new Paragraph(details.location().text()), details.location()));
            add(where);
        }

        Section involvement = section("activity.page.involvement");
        String ladder = activity.ladderLevel().key();
        involvement.add(new Paragraph(getTranslation("activity.ladder." + ladder + ".explanation")));
        add(involvement);

        if (!details.description().isEmpty()) {
            Section about = section("activity.page.about");
            ActivityTexts.addParagraphs(about, this, details.description());
            add(about);
        }

        if (activity.stage() != null) {
            add(stages(activity.stage()));
        }

        Section formats = section("activity.page.formats");
        Anchor ask = new Anchor(SitePaths.href(getLocale(), "formats",
                com.vaadin.flow.router.QueryParameters.of("page", "activities/" + slug)), getTranslation("activity.page.formats.link"));
        ask.getElement().setAttribute("router-link", true);
        formats.add(new Paragraph(getTranslation("activity.page.formats.text")), new Paragraph(ask));
        add(formats);
    }

    /** The consultation's stages in order, the current one marked for sight and for screen readers. */
    private Section stages(Stage current) {
        Section section = section("activity.page.stages");
        OrderedList list = new OrderedList();
        list.addClassName("stage-timeline");
        for (Stage stage : Stage.values()) {
            ListItem item = new ListItem();
            item.addClassName("stage");
            Span name = new Span(getTranslation("activity.stage." + stage.key()));
            name.addClassName("stage-name");
            String state = stage.ordinal() < current.ordinal() ? "done" : stage == current ? "current" : "to-come";
            item.addClassName("stage-" + state);
            Span label = new Span(getTranslation("activity.page.stages." + state));
            label.addClassName("stage-state");
            if (stage == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            Div text = new Div(name, label);
            item.add(text, new Paragraph(getTranslation("activity.stage." + stage.key() + ".explanation")));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section section(String key) {
        Section section = new Section();
        String id = key.substring(key.lastIndexOf('.') + 1) + "-heading";
        H2 h2 = new H2(getTranslation(key));
        h2.setId(id);
        section.getElement().setAttribute("aria-labelledby", id);
        section.add(h2);
        return section;
    }

    @Override
    protected String title() {
        return activity == null ? "" : activity.title().text();
    }
}

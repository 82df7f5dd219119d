package uk.takingpart.activity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.DisplayPreferences;
import uk.takingpart.base.ui.SitePaths;

/** One activity in the "What's on" list. */
class ActivityCard extends ListItem {
    final Anchor link;

    ActivityCard(ActivitySummary a, DateTexts dates) {
        addClassName("activity-card");
        link = new Anchor(SitePaths.href(getLocale(), "activities/" + a.slug()), a.title().text());
        link.getElement().setAttribute("router-link", true);
        ActivityTexts.mark(link, a.title());
        H2 heading = new H2(link);
        heading.addClassName("activity-title");

        Span status = new Span(getTranslation("activity.status." + a.status().key()));
        status.addClassName("status");
        status.addClassName("status-" + a.status().key());
        Span type = new Span(getTranslation("activity.type." + a.type().key()));
        Paragraph meta = new Paragraph(status, new Span(" "), type);
        meta.addClassName("activity-meta");
        add(heading, meta);

        if (DisplayPreferences.current().easyRead() && a.easyRead() != null) {
            add(ActivityTexts.easyRead(this, a.easyRead()));
        } else {
            if (a.summary().fallback()) {
                add(ActivityTexts.fallbackNotice(this));
            }
            add(ActivityTexts.mark(new Paragraph(a.summary().text()), a.summary()));
        }
        add(ActivityTexts.facts(this, getLocale(), a, dates));
    }
}

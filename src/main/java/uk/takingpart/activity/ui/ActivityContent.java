package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.Stage;
import uk.takingpart.base.i18n.DateTexts;

/**
 * The body of an activity's page, shared by the public page and the staff preview, so staff
 * see exactly what the public will: heading, status, easy read, summary, facts, where, how to
 * take part, the description and, for consultations, the stages.
 */
public final class ActivityContent {
    private ActivityContent() {}

    public static void render(HasComponents page, Component context, H1 heading, ActivityDetails details, DateTexts dates,
                              boolean easyRead, Locale language) {
        ActivitySummary activity = details.summary();
        if (activity.title().fallback()) {
            page.add(ActivityTexts.fallbackNotice(context));
        }
        heading.setText(activity.title().text());
        heading.getElement().removeAttribute("lang");
        ActivityTexts.mark(heading, activity.title());
        Span status = new Span(context.getTranslation("activity.status." + activity.status().key()));
        status.addClassName("status");
        status.addClassName("status-" + activity.status().key());
        Paragraph meta = new Paragraph(status, new Span(" "), new Span(context.getTranslation("activity.type." + activity.type().key())));
        meta.addClassName("activity-meta");
        page.add(heading, meta);

        if (easyRead && activity.easyRead() != null) {
            page.add(ActivityTexts.easyRead(context, activity.easyRead()));
        }
        if (activity.summary().fallback()) {
            page.add(ActivityTexts.fallbackNotice(context));
        }
        Paragraph lead = ActivityTexts.mark(new Paragraph(activity.summary().text()), activity.summary());
        lead.addClassName("lead");
        page.add(lead);
        page.add(ActivityTexts.facts(context, language, activity, dates));

        if (!details.location().isEmpty()) {
            Section where = section(context, "activity.page.where");
            if (details.location().fallback()) {
                where.add(ActivityTexts.fallbackNotice(context));
            }
            where.add(ActivityTexts.mark(new Paragraph(details.location().text()), details.location()));
            page.add(where);
        }

        Section involvement = section(context, "activity.page.involvement");
        involvement.add(new Paragraph(context.getTranslation("activity.ladder." + activity.ladderLevel().key() + ".explanation")));
        page.add(involvement);

        if (!details.description().isEmpty()) {
            Section about = section(context, "activity.page.about");
            ActivityTexts.addParagraphs(about, context, details.description());
            page.add(about);
        }

        if (activity.stage() != null) {
            page.add(stages(context, activity.stage()));
        }
    }

    /** The consultation's stages in order, the current one marked for sight and for screen readers. */
    private static Section stages(Component context, Stage current) {
        Section section = section(context, "activity.page.stages");
        OrderedList list = new OrderedList();
        list.addClassName("stage-timeline");
        for (Stage stage : Stage.values()) {
            ListItem item = new ListItem();
            item.addClassName("stage");
            Span name = new Span(context.getTranslation("activity.stage." + stage.key()));
            name.addClassName("stage-name");
            String state = stage.ordinal() < current.ordinal() ? "done" : stage == current ? "current" : "to-come";
            item.addClassName("stage-" + state);
            Span label = new Span(context.getTranslation("activity.page.stages." + state));
            label.addClassName("stage-state");
            if (stage == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            Div text = new Div(name, label);
            item.add(text, new Paragraph(context.getTranslation("activity.stage." + stage.key() + ".explanation")));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static Section section(Component context, String key) {
        Section section = new Section();
        String id = key.substring(key.lastIndexOf('.') + 1) + "-heading";
        H2 h2 = new H2(context.getTranslation(key));
        h2.setId(id);
        section.getElement().setAttribute("aria-labelledby", id);
        section.add(h2);
        return section;
    }
}

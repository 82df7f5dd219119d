package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.Stage;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;

/**
 * The body of an activity's page, shared by the public page and the staff preview, so staff
 * see exactly what the public will: heading, status, easy read, summary, facts, where, how to
 * take part, the description and, for consultations, the stages. Everything but the heading is
 * one block of escaped markup: a single server-side node.
 */
public final class ActivityContent {
    private ActivityContent() {}

    public static void render(HasComponents page, Component context, H1 heading, ActivityDetails details, DateTexts dates,
                              boolean easyRead, Locale language) {
        render(page, context, heading, details, dates, easyRead, language, true);
    }

    /** As above; {@code withStages} false leaves out the stage list when another section shows the stages with their dates. */
    public static void render(HasComponents page, Component context, H1 heading, ActivityDetails details, DateTexts dates,
                              boolean easyRead, Locale language, boolean withStages) {
        ActivitySummary activity = details.summary();
        if (activity.title().fallback()) {
            Markup notice = new Markup();
            ActivityTexts.fallbackNotice(notice, context);
            page.add(new HtmlBlock("div", notice).className("title-notice"));
        }
        heading.setText(activity.title().text());
        heading.getElement().removeAttribute("lang");
        ActivityTexts.mark(heading, activity.title());
        page.add(heading);

        Markup out = new Markup();
        ActivityTexts.meta(out, context, activity);
        if (easyRead && activity.easyRead() != null) {
            ActivityTexts.easyRead(out, context, activity.easyRead());
        }
        if (activity.summary().fallback()) {
            ActivityTexts.fallbackNotice(out, context);
        }
        out.element("p", activity.summary().text(), "class", "lead", "lang", ActivityTexts.lang(activity.summary()));
        ActivityTexts.facts(out, context, language, activity, dates);

        if (!details.location().isEmpty()) {
            openSection(out, context, "activity.page.where");
            if (details.location().fallback()) {
                ActivityTexts.fallbackNotice(out, context);
            }
            out.element("p", details.location().text(), "lang", ActivityTexts.lang(details.location()));
            out.close("section");
        }

        openSection(out, context, "activity.page.involvement");
        out.element("p", context.getTranslation("activity.ladder." + activity.ladderLevel().key() + ".explanation"));
        out.close("section");

        if (!details.description().isEmpty()) {
            openSection(out, context, "activity.page.about");
            ActivityTexts.paragraphs(out, context, details.description());
            out.close("section");
        }

        if (withStages && activity.stage() != null) {
            stages(out, context, activity.stage());
        }
        page.add(new HtmlBlock("div", out).className("activity-body"));
    }

    /** The consultation's stages in order, the current one marked for sight and for screen readers. */
    private static void stages(Markup out, Component context, Stage current) {
        openSection(out, context, "activity.page.stages");
        out.open("ol", "class", "stage-timeline");
        for (Stage stage : Stage.values()) {
            String state = stage.ordinal() < current.ordinal() ? "done" : stage == current ? "current" : "to-come";
            out.open("li", "class", "stage stage-" + state, "aria-current", stage == current ? "step" : null)
                    .open("div")
                    .element("span", context.getTranslation("activity.stage." + stage.key()), "class", "stage-name")
                    .element("span", context.getTranslation("activity.page.stages." + state), "class", "stage-state")
                    .close("div")
                    .element("p", context.getTranslation("activity.stage." + stage.key() + ".explanation"))
                    .close("li");
        }
        out.close("ol").close("section");
    }

    /** {@code <section aria-labelledby><h2 id>…</h2>}: the caller closes the section. */
    static void openSection(Markup out, Component context, String key) {
        String id = key.substring(key.lastIndexOf('.') + 1) + "-heading";
        out.open("section", "aria-labelledby", id).element("h2", context.getTranslation(key), "id", id);
    }
}

package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePaths;

/** One activity in the "What's on" list: one server-side node, its content escaped markup. */
class ActivityCard extends HtmlBlock {
    final String href;

    ActivityCard(ActivitySummary a, Component context, Locale language, DateTexts dates, boolean easyRead) {
        super("li");
        className("activity-card");
        href = SitePaths.href(language, "activities/" + a.slug());
        Markup out = new Markup();
        out.open("h2", "class", "activity-title").link(href, a.title().text(), "lang", ActivityTexts.lang(a.title())).close("h2");
        ActivityTexts.meta(out, context, a);
        if (easyRead && a.easyRead() != null) {
            ActivityTexts.easyRead(out, context, a.easyRead());
        } else {
            if (a.summary().fallback()) {
                ActivityTexts.fallbackNotice(out, context);
            }
            out.element("p", a.summary().text(), "lang", ActivityTexts.lang(a.summary()));
        }
        ActivityTexts.facts(out, context, language, a, dates);
        setContent(out);
    }
}

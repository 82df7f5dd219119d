package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.text.StaffText;
import uk.takingpart.base.ui.Markup;

/**
 * How an activity's facts are written on the listing and the activity page, as escaped markup
 * (one server-side node per block, see {@link Markup}).
 */
final class ActivityTexts {
    private ActivityTexts() {}

    /** The {@code lang} attribute for staff text shown in English on a page in another language, else null. */
    static String lang(LocalizedText text) {
        return text.fallback() ? text.language().toLanguageTag() : null;
    }

    /** Marks a component's staff text shown in English on a page in another language. */
    static <C extends Component> C mark(C component, LocalizedText text) {
        if (text.fallback()) {
            component.getElement().setAttribute("lang", text.language().toLanguageTag());
        }
        return component;
    }

    /** The notice shown once before text that is not in the page's language yet. */
    static void fallbackNotice(Markup out, Component context) {
        out.element("p", context.getTranslation("common.fallback.notice"), "class", "fallback-notice");
    }

    /**
     * Staff text (plain paragraphs or the small Markdown subset) as sanitised HTML, marked and
     * introduced when it is a fallback. No script, event handler or raw HTML can pass.
     */
    static void paragraphs(Markup out, Component context, LocalizedText text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.fallback()) {
            fallbackNotice(out, context);
        }
        out.open("div", "class", "staff-text", "lang", lang(text)).trusted(StaffText.toSafeHtml(text.text())).close("div");
    }

    /** The easy-read block: the picture beside the short sentences, after a notice if they are not in the page's language. */
    static void easyRead(Markup out, Component context, ActivitySummary.EasyRead easyRead) {
        out.open("div", "class", "easy-read");
        if (easyRead.text().fallback() || easyRead.imageAlt().fallback()) {
            fallbackNotice(out, context);
        }
        out.open("div", "class", "easy-read-block");
        if (easyRead.image() != null) {
            out.open("img", "src", easyRead.image().replaceFirst("^/", ""),
                    "alt", easyRead.imageAlt().isEmpty() ? "" : easyRead.imageAlt().text(),
                    "lang", lang(easyRead.imageAlt()), "class", "easy-read-picture",
                    "width", "120", "height", "120");
        }
        if (!easyRead.text().isEmpty()) {
            out.open("div", "class", "easy-read-text", "lang", lang(easyRead.text()));
            for (String line : easyRead.text().text().split("\\n")) {
                if (!line.isBlank()) {
                    out.element("p", line.strip());
                }
            }
            out.close("div");
        }
        out.close("div").close("div");
    }

    /** "Open now Consultation": the status badge and the type. */
    static void meta(Markup out, Component context, ActivitySummary a) {
        out.open("p", "class", "activity-meta")
                .element("span", context.getTranslation("activity.status." + a.status().key()),
                        "class", "status status-" + a.status().key())
                .text(" ")
                .element("span", context.getTranslation("activity.type." + a.type().key()))
                .close("p");
    }

    /** When, where, who for and how to take part, as a description list. */
    static void facts(Markup out, Component context, Locale language, ActivitySummary a, DateTexts dates) {
        out.open("dl", "class", "activity-facts");
        boolean withTime = a.type() != ActivityType.CONSULTATION;
        String whenKey = a.type() == ActivityType.CONSULTATION ? "activity.facts.dates" : "activity.facts.when";
        fact(out, context.getTranslation(whenKey), dates.range(a.startsAt(), a.endsAt(), withTime, language), null);
        fact(out, context.getTranslation("activity.facts.area"), a.area().text(), lang(a.area()));
        fact(out, context.getTranslation("activity.facts.audience"), a.audiences().stream()
                .map(audience -> context.getTranslation("activity.audience." + audience.key()))
                .collect(Collectors.joining(", ")), null);
        fact(out, context.getTranslation("activity.facts.topic"), context.getTranslation("activity.topic." + a.topic().key()), null);
        if (a.attendance() != null) {
            fact(out, context.getTranslation("activity.facts.attendance"),
                    context.getTranslation("activity.attendance." + a.attendance().key()), null);
        }
        if (a.status() != uk.takingpart.activity.ActivityStatus.CLOSED) {
            // once it has closed nobody can take part, and a closed consultation no longer says "Give your views"
            fact(out, context.getTranslation("activity.facts.ladder"), context.getTranslation("activity.ladder." + a.ladderLevel().key()), null);
        }
        out.close("dl");
    }

    private static void fact(Markup out, String term, String description, String lang) {
        out.element("dt", term).element("dd", description, "lang", lang);
    }
}

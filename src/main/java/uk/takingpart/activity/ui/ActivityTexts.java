package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.text.StaffText;

/** How an activity's facts are written on the listing and the activity page. */
final class ActivityTexts {
    private ActivityTexts() {}

    /** Marks staff text shown in English on a page in another language. */
    static <C extends Component> C mark(C component, LocalizedText text) {
        if (text.fallback()) {
            component.getElement().setAttribute("lang", text.language().toLanguageTag());
        }
        return component;
    }

    /** The notice shown once before text that is not in the page's language yet. */
    static Paragraph fallbackNotice(Component context) {
        Paragraph notice = new Paragraph(context.getTranslation("common.fallback.notice"));
        notice.addClassName("fallback-notice");
        return notice;
    }

    /**
     * Staff text (plain paragraphs or the small Markdown subset) as sanitised HTML, marked and
     * introduced when it is a fallback. No script, event handler or raw HTML can pass.
     */
    static void addParagraphs(HasComponents target, Component context, LocalizedText text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.fallback()) {
            target.add(fallbackNotice(context));
        }
        Html block = new Html("<div class=\"staff-text\">" + StaffText.toSafeHtml(text.text()) + "</div>");
        target.add(mark(block, text));
    }

    /** The easy-read block: the picture beside the short sentences, after a notice if they are not in the page's language. */
    static Div easyRead(Component context, ActivitySummary.EasyRead easyRead) {
        Div block = new Div();
        block.addClassName("easy-read");
        if (easyRead.text().fallback() || easyRead.imageAlt().fallback()) {
            block.add(fallbackNotice(context));
        }
        Div row = new Div();
        row.addClassName("easy-read-block");
        if (easyRead.image() != null) {
            Image picture = new Image(easyRead.image().replaceFirst("^/", ""), easyRead.imageAlt().isEmpty() ? "" : easyRead.imageAlt().text());
            mark(picture, easyRead.imageAlt());
            picture.addClassName("easy-read-picture");
            picture.setWidth("120px");
            picture.setHeight("120px");
            row.add(picture);
        }
        if (!easyRead.text().isEmpty()) {
            Div sentences = mark(new Div(), easyRead.text());
            sentences.addClassName("easy-read-text");
            for (String line : easyRead.text().text().split("\\n")) {
                if (!line.isBlank()) {
                    sentences.add(new Paragraph(line.strip()));
                }
            }
            row.add(sentences);
        }
        block.add(row);
        return block;
    }

    /** When, where, who for and how to take part, as a description list. */
    static DescriptionList facts(Component context, Locale language, ActivitySummary a, DateTexts dates) {
        DescriptionList list = new DescriptionList();
        list.addClassName("activity-facts");
        boolean withTime = a.type() != ActivityType.CONSULTATION;
        String when = dates.range(a.startsAt(), a.endsAt(), withTime, language);
        String whenKey = a.type() == ActivityType.CONSULTATION ? "activity.facts.dates" : "activity.facts.when";
        add(list, context.getTranslation(whenKey), new Description(when));
        add(list, context.getTranslation("activity.facts.area"), mark(new Description(a.area().text()), a.area()));
        add(list, context.getTranslation("activity.facts.audience"), new Description(a.audiences().stream()
                .map(audience -> context.getTranslation("activity.audience." + audience.key()))
                .collect(Collectors.joining(", "))));
        add(list, context.getTranslation("activity.facts.topic"), new Description(context.getTranslation("activity.topic." + a.topic().key())));
        if (a.attendance() != null) {
            add(list, context.getTranslation("activity.facts.attendance"),
                    new Description(context.getTranslation("activity.attendance." + a.attendance().key())));
        }
        add(list, context.getTranslation("activity.facts.ladder"),
                new Description(context.getTranslation("activity.ladder." + a.ladderLevel().key())));
        return list;
    }

    private static void add(DescriptionList list, String term, Description description) {
        list.add(new Term(term), description);
    }
}

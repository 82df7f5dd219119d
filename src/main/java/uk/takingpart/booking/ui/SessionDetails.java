package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/** How a session is described on every public page: when, where, access, who you will meet, places. */
final class SessionDetails {
    private SessionDetails() {}

    static String when(SessionSummary session, DateTexts dates, Locale language) {
        return dates.range(session.startsAt(), session.endsAt(), true, language);
    }

    /** "Grangetown Community Hub, Havelock Street, Cardiff" or "Online". */
    static Component where(Component context, SessionSummary session) {
        if (session.mode() == SessionMode.ONLINE) {
            return new Span(context.getTranslation("booking.mode.online"));
        }
        Span where = new Span();
        addText(where, session.venueName());
        if (!session.address().isEmpty()) {
            if (!session.venueName().isEmpty()) {
                where.add(new Span(", "));
            }
            addText(where, session.address());
        }
        if (where.getChildren().findAny().isEmpty()) {
            where.setText(context.getTranslation("booking.mode.in-person"));
        }
        return where;
    }

    /** Text that may be an English fallback on a Welsh page: marked with its language. */
    static Span text(LocalizedText text) {
        Span span = new Span(text.text() == null ? "" : text.text());
        if (text.fallback()) {
            span.getElement().setAttribute("lang", text.language().toLanguageTag());
        }
        return span;
    }

    private static void addText(Span parent, LocalizedText text) {
        if (!text.isEmpty()) {
            parent.add(text(text));
        }
    }

    static String placesLeft(Component context, SessionSummary session) {
        if (session.cancelled()) {
            return context.getTranslation("booking.session.cancelled");
        }
        if (session.full()) {
            return context.getTranslation("booking.session.full");
        }
        return context.getTranslation("booking.places-left", Map.of("count", session.placesLeft()));
    }

    /** The facts as a description list. */
    static DescriptionList facts(Component context, SessionSummary session, DateTexts dates, Locale language, boolean withPlaces) {
        return facts(context, session, dates, language, withPlaces, true, true);
    }

    /** The facts; without the time when a heading says it, or the place when the page has said it once for every session. */
    static DescriptionList facts(Component context, SessionSummary session, DateTexts dates, Locale language, boolean withPlaces,
                                 boolean withPlace, boolean withWhen) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("activity-facts");
        if (withWhen) {
            add(facts, context.getTranslation("booking.session.when"), new Span(when(session, dates, language)));
        }
        if (withPlace) {
            place(facts, context, session);
        }
        if (session.leaderName() != null) {
            Span leader = new Span(session.leaderName());
            if (!session.leaderRole().isEmpty()) {
                leader.add(new Span(", "), text(session.leaderRole()));
            }
            add(facts, context.getTranslation("booking.session.leader"), leader);
        }
        if (session.audience() != null) {
            add(facts, context.getTranslation("booking.session.audience"),
                    new Span(context.getTranslation("activity.audience." + session.audience().key())));
        }
        if (withPlaces) {
            add(facts, context.getTranslation("booking.session.places"), new Span(placesLeft(context, session)));
        }
        return facts;
    }

    /** Where, and the venue's access features. */
    static void place(DescriptionList facts, Component context, SessionSummary session) {
        add(facts, context.getTranslation("booking.session.where"), where(context, session));
        if (session.mode() == SessionMode.IN_PERSON && !session.accessFeatures().isEmpty()) {
            UnorderedList features = new UnorderedList();
            features.addClassName("access-features");
            session.accessFeatures().stream().sorted(Comparator.comparing(Enum::ordinal))
                    .forEach(f -> features.add(new ListItem(context.getTranslation("booking.access." + f.key()))));
            add(facts, context.getTranslation("booking.session.access"), features);
        }
    }

    /** True when every session is in the same place with the same access, so the page can say it once. */
    static boolean samePlace(java.util.List<SessionSummary> sessions) {
        if (sessions.size() < 2) {
            return false;
        }
        SessionSummary first = sessions.getFirst();
        return sessions.stream().allMatch(s -> s.mode() == first.mode()
                && java.util.Objects.equals(s.venueName().text(), first.venueName().text())
                && java.util.Objects.equals(s.address().text(), first.address().text())
                && s.accessFeatures().equals(first.accessFeatures()));
    }

    static void add(DescriptionList list, String term, Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

}

package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * How a session is described on every public page: when, where, access, who you will meet,
 * places. Written as escaped markup, so a list of sessions costs the server a node per block,
 * not per word.
 */
final class SessionDetails {
    private SessionDetails() {}

    static String when(SessionSummary session, DateTexts dates, Locale language) {
        return dates.range(session.startsAt(), session.endsAt(), true, language);
    }

    /** "Grangetown Community Hub, Havelock Street, Cardiff" or "Online". */
    static void where(Markup out, Component context, SessionSummary session) {
        if (session.mode() == SessionMode.ONLINE) {
            out.text(context.getTranslation("booking.mode.online"));
            return;
        }
        boolean venue = !session.venueName().isEmpty();
        boolean address = !session.address().isEmpty();
        if (venue) {
            text(out, session.venueName());
        }
        if (venue && address) {
            out.text(", ");
        }
        if (address) {
            text(out, session.address());
        }
        if (!venue && !address) {
            out.text(context.getTranslation("booking.mode.in-person"));
        }
    }

    /** Where, as a component (for the check-your-answers list). */
    static Component where(Component context, SessionSummary session) {
        Markup out = new Markup();
        where(out, context, session);
        return new HtmlBlock("span", out);
    }

    /** Text that may be an English fallback on a Welsh page: marked with its language. */
    static Span text(LocalizedText text) {
        Span span = new Span(text.text() == null ? "" : text.text());
        if (text.fallback()) {
            span.getElement().setAttribute("lang", text.language().toLanguageTag());
        }
        return span;
    }

    static void text(Markup out, LocalizedText text) {
        if (text.fallback()) {
            out.element("span", text.text(), "lang", text.language().toLanguageTag());
        } else {
            out.text(text.text());
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
    static HtmlBlock facts(Component context, SessionSummary session, DateTexts dates, Locale language, boolean withPlaces) {
        Markup out = new Markup();
        rows(out, context, session, dates, language, withPlaces, true, true);
        return new HtmlBlock("dl", out).className("activity-facts");
    }

    /**
     * The facts' rows ({@code <dt>}, {@code <dd>}); without the time when a heading says it, or the
     * place when the page has said it once for every session.
     */
    static void rows(Markup out, Component context, SessionSummary session, DateTexts dates, Locale language, boolean withPlaces,
                     boolean withPlace, boolean withWhen) {
        if (withWhen) {
            row(out, context.getTranslation("booking.session.when")).text(when(session, dates, language)).close("dd");
        }
        if (withPlace) {
            place(out, context, session);
        }
        if (session.leaderName() != null) {
            row(out, context.getTranslation("booking.session.leader")).text(session.leaderName());
            if (!session.leaderRole().isEmpty()) {
                out.text(", ");
                text(out, session.leaderRole());
            }
            out.close("dd");
        }
        if (session.audience() != null) {
            row(out, context.getTranslation("booking.session.audience"))
                    .text(context.getTranslation("activity.audience." + session.audience().key())).close("dd");
        }
        if (withPlaces) {
            row(out, context.getTranslation("booking.session.places")).text(placesLeft(context, session)).close("dd");
        }
    }

    /** Where, and the venue's access features. */
    static void place(Markup out, Component context, SessionSummary session) {
        row(out, context.getTranslation("booking.session.where"));
        where(out, context, session);
        out.close("dd");
        if (session.mode() == SessionMode.IN_PERSON && !session.accessFeatures().isEmpty()) {
            row(out, context.getTranslation("booking.session.access")).open("ul", "class", "access-features");
            session.accessFeatures().stream().sorted(Comparator.comparing(Enum::ordinal))
                    .forEach(f -> out.element("li", context.getTranslation("booking.access." + f.key())));
            out.close("ul").close("dd");
        }
    }

    /** Opens a row: {@code <dt>term</dt><dd>}; the caller writes the description and closes the {@code dd}. */
    static Markup row(Markup out, String term) {
        return out.element("dt", term).open("dd");
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
}

package uk.takingpart.booking.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookerRole;
import uk.takingpart.booking.BookingRequest;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PreferredFormat;

/**
 * The answers given so far in one booking journey, kept in the visitor's session (never in the
 * database until they confirm) so the back link, "Change" links and another language all keep
 * them. One draft per session booked; a new journey starts once one is finished.
 */
final class BookingDraft implements Serializable {
    private static final String ATTRIBUTE = BookingDraft.class.getName();

    final long sessionId;
    /** Sent with the booking: the same key twice books once (double clicks, resubmits). */
    final String requestKey = UUID.randomUUID().toString();
    String places;
    BookerRole role;
    String name;
    String email;
    String mobile;
    String language;
    PreferredFormat format;
    boolean contactAnswered;
    Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
    String interpreterLanguage;
    String otherNeeds;
    String talkAbout;
    boolean needsAnswered;
    /** Set once booked: the manage link's token. */
    String manageToken;

    private BookingDraft(long sessionId) {
        this.sessionId = sessionId;
    }

    /** The draft for this session, started if there is none or the last one was finished. */
    static BookingDraft current(long sessionId) {
        Map<Long, BookingDraft> drafts = drafts();
        BookingDraft draft = drafts.get(sessionId);
        if (draft == null) {
            draft = new BookingDraft(sessionId);
            drafts.put(sessionId, draft);
        }
        return draft;
    }

    /** The finished draft, to show its confirmation; null if there is none. */
    static BookingDraft finished(long sessionId) {
        BookingDraft draft = drafts().get(sessionId);
        return draft != null && draft.manageToken != null ? draft : null;
    }

    /** Starts again (after a booking is made, for someone booking a second time). */
    static BookingDraft restart(long sessionId) {
        BookingDraft draft = new BookingDraft(sessionId);
        drafts().put(sessionId, draft);
        return draft;
    }

    /** Moves the answers given for one session to another (the "Change" link for the session). */
    static BookingDraft moveAnswers(long fromSessionId, long toSessionId) {
        BookingDraft from = drafts().get(fromSessionId);
        BookingDraft to = restart(toSessionId);
        if (from != null && from.manageToken == null) {
            to.places = from.places;
            to.role = from.role;
            to.name = from.name;
            to.email = from.email;
            to.mobile = from.mobile;
            to.language = from.language;
            to.format = from.format;
            to.contactAnswered = from.contactAnswered;
            to.needs = EnumSet.copyOf(from.needs.isEmpty() ? EnumSet.noneOf(AccessNeed.class) : from.needs);
            to.interpreterLanguage = from.interpreterLanguage;
            to.otherNeeds = from.otherNeeds;
            to.talkAbout = from.talkAbout;
            to.needsAnswered = from.needsAnswered;
        }
        return to;
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, BookingDraft> drafts() {
        VaadinSession session = VaadinSession.getCurrent();
        Object drafts = session.getAttribute(ATTRIBUTE);
        if (drafts == null) {
            drafts = new HashMap<Long, BookingDraft>();
            session.setAttribute(ATTRIBUTE, drafts);
        }
        return (Map<Long, BookingDraft>) drafts;
    }

    int placesOr(int fallback) {
        try {
            return places == null ? fallback : Integer.parseInt(places.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    Contact contact(Locale pageLanguage) {
        return new Contact(name, email, mobile, language == null ? pageLanguage : Locale.forLanguageTag(language), format);
    }

    Needs accessNeeds() {
        return new Needs(needs, interpreterLanguage, otherNeeds);
    }

    BookingRequest request(int placesWanted, Locale pageLanguage, boolean joinWaitingList) {
        return new BookingRequest(requestKey, sessionId, placesWanted, role, contact(pageLanguage), accessNeeds(), talkAbout, joinWaitingList);
    }
}

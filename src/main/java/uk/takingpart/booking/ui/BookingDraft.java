package uk.takingpart.booking.ui;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookerRole;
import uk.takingpart.booking.BookingRequest;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PreferredFormat;

/**
 * A booking's answers, read from and written to its journey {@link Draft} by name. The draft's
 * subject is the session's id; once booked, its outcome is the manage link's token.
 */
record BookingDraft(Draft draft) {
    static final String KIND = uk.takingpart.booking.BookingDraftRetention.KIND;
    static final String PLACES = "places";
    static final String ROLE = "role";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String MOBILE = "mobile";
    static final String LANGUAGE = "language";
    static final String FORMAT = "format";
    static final String NEEDS = "needs";
    static final String INTERPRETER_LANGUAGE = "interpreter-language";
    static final String OTHER_NEEDS = "other-needs";
    static final String TALK_ABOUT = "talk-about";
    /** Sent with the booking: the same key twice books once (double clicks, resubmits). */
    static final String REQUEST_KEY = "request-key";

    String get(String name) {
        return draft.get(name);
    }

    void put(String name, String value) {
        draft.put(name, value);
    }

    String places() {
        return draft.get(PLACES);
    }

    int placesOr(int fallback) {
        try {
            return places() == null ? fallback : Integer.parseInt(places().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    BookerRole role() {
        return CodeKeys.parse(BookerRole.class, draft.get(ROLE) == null ? "" : draft.get(ROLE)).orElse(null);
    }

    PreferredFormat format() {
        return CodeKeys.parse(PreferredFormat.class, draft.get(FORMAT) == null ? "" : draft.get(FORMAT)).orElse(null);
    }

    Set<AccessNeed> needs() {
        EnumSet<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        draft.codes(NEEDS).forEach(code -> CodeKeys.parse(AccessNeed.class, code).ifPresent(needs::add));
        return needs;
    }

    Contact contact(Locale pageLanguage) {
        return ContactFields.contact(draft.get(NAME), draft::get, pageLanguage);
    }

    Needs accessNeeds() {
        return new Needs(needs(), draft.get(INTERPRETER_LANGUAGE), draft.get(OTHER_NEEDS));
    }

    String talkAbout() {
        return draft.get(TALK_ABOUT);
    }

    /** The key that makes a repeated "Confirm" book once; made the first time it is asked for. */
    String requestKey() {
        if (draft.get(REQUEST_KEY) == null) {
            draft.put(REQUEST_KEY, UUID.randomUUID().toString());
        }
        return draft.get(REQUEST_KEY);
    }

    BookingRequest request(long sessionId, int placesWanted, Locale pageLanguage, boolean joinWaitingList) {
        return new BookingRequest(requestKey(), sessionId, placesWanted, role(), contact(pageLanguage), accessNeeds(), talkAbout(),
                joinWaitingList);
    }
}

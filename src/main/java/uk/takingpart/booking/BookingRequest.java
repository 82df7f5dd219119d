package uk.takingpart.booking;

/**
 * What someone asks for at the end of the booking journey.
 *
 * @param requestKey      made once per journey: sending the same request twice books once
 * @param role            who is coming, for Time to Listen; null for other events
 * @param talkAbout       what they would like to talk about (Time to Listen), optional
 * @param joinWaitingList true when they have been told the session is full and chose to wait
 */
public record BookingRequest(String requestKey, long sessionId, int places, BookerRole role, Contact contact,
                             Needs needs, String talkAbout, boolean joinWaitingList) {
    static final int MAX_TALK_ABOUT = 2000;

    public BookingRequest {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw new IllegalArgumentException("A booking request needs a key of at most 64 characters");
        }
        talkAbout = talkAbout == null || talkAbout.isBlank() ? null : talkAbout.strip();
        if (needs == null) {
            needs = Needs.NONE;
        }
    }
}

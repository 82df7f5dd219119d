package uk.takingpart.booking;

/**
 * A booking as its owner sees it (confirmation and manage pages): never shown to anyone without
 * the manage link. {@code waitingPosition} is 1 for the first in the waiting list, 0 when not waiting.
 */
public record ManagedBooking(String reference, String manageToken, BookingStatus status, int places, BookerRole role,
                             Contact contact, Needs needs, String talkAbout, SessionSummary session,
                             String joiningLink, int waitingPosition) {

    public boolean cancelled() {
        return status == BookingStatus.CANCELLED;
    }

    /** Whether the person can still change or cancel it. */
    public boolean changeable() {
        return !cancelled() && session.bookable();
    }
}

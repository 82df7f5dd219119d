package uk.takingpart.booking;

/** What happened to a booking request. {@code booking} is present for BOOKED and WAITING_LIST. */
public record BookingResult(Outcome outcome, ManagedBooking booking, int placesLeft) {

    public enum Outcome {
        /** Places confirmed. */
        BOOKED,
        /** On the waiting list, as asked. */
        WAITING_LIST,
        /** Not enough places left; the person may join the waiting list or ask for fewer. */
        FULL,
        /** More places than one booking may take. */
        TOO_MANY_PLACES,
        /** The session has started or finished. */
        SESSION_STARTED,
        /** Staff cancelled the session. */
        SESSION_CANCELLED,
        /** No such session (or its activity is not published). */
        NO_SUCH_SESSION
    }

    static BookingResult refused(Outcome outcome, int placesLeft) {
        return new BookingResult(outcome, null, placesLeft);
    }
}

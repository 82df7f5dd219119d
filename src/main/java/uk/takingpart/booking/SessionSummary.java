package uk.takingpart.booking;

import java.time.Instant;
import java.util.Set;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.Audience;
import uk.takingpart.activity.LocalizedText;

/**
 * A session as the public and staff see it, in one language. The joining link of an online
 * session is not here: only people booked get it, by email and on their manage page.
 */
public record SessionSummary(long id, ActivityRef activity, Instant startsAt, Instant endsAt, SessionMode mode,
                             LocalizedText venueName, LocalizedText address, Set<AccessFeature> accessFeatures,
                             int capacity, int placesTaken, int waiting, int bookingLimit, Audience audience,
                             String leaderName, LocalizedText leaderRole, SessionStatus status, boolean started) {

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Open for booking (or for the waiting list, when full). */
    public boolean bookable() {
        return !cancelled() && !started;
    }

    public boolean full() {
        return placesLeft() == 0;
    }

    public boolean timeToListen() {
        return activity.type() == uk.takingpart.activity.ActivityType.TIME_TO_LISTEN;
    }

    /** The most places one booking may take now: the limit, never more than the session holds. */
    public int maxPlaces() {
        return Math.min(bookingLimit, capacity);
    }
}

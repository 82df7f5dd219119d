package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** A booking has a place, is waiting for one, or was cancelled. Keys: {@code booking.status.<key>}. */
public enum BookingStatus {
    CONFIRMED, WAITING, CANCELLED;

    public String key() { return CodeKeys.key(name()); }
}

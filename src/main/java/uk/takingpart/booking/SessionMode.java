package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** Where a session happens. Translation keys: {@code booking.mode.<key>}. */
public enum SessionMode {
    IN_PERSON, ONLINE;

    public String key() { return CodeKeys.key(name()); }
}

package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** Who is coming to a Time to Listen session. Keys: {@code booking.role.<key>}. */
public enum BookerRole {
    PARENT_CARER, YOUNG_PERSON, BOTH;

    public String key() { return CodeKeys.key(name()); }
}

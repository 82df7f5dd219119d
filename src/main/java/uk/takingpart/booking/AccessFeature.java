package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** What a venue offers. Translation keys: {@code booking.access.<key>}. */
public enum AccessFeature {
    STEP_FREE, HEARING_LOOP, ACCESSIBLE_TOILET, QUIET_ROOM, PARKING, BSL_INTERPRETER;

    public String key() { return CodeKeys.key(name()); }
}

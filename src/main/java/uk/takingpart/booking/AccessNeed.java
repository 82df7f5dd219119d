package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** Access and communication needs someone can tell us about. Keys: {@code booking.need.<key>}. */
public enum AccessNeed {
    BSL_INTERPRETER, SPOKEN_INTERPRETER, HEARING_LOOP, STEP_FREE, LARGE_PRINT, EASY_READ, QUIET_SPACE, COMPANION;

    public String key() { return CodeKeys.key(name()); }
}

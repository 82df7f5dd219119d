package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** Whether a session is still going ahead. */
public enum SessionStatus {
    SCHEDULED, CANCELLED;

    public String key() { return CodeKeys.key(name()); }
}

package uk.takingpart.activity;

/** Where an activity is in time, from the clock. Translation keys: {@code activity.status.<key>}. */
public enum ActivityStatus {
    UPCOMING, OPEN, CLOSED;

    public String key() { return CodeKeys.key(name()); }
}

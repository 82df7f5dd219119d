package uk.takingpart.activity;

/** What kind of involvement an activity offers. Translation keys: {@code activity.type.<key>}. */
public enum ActivityType {
    EVENT, TIME_TO_LISTEN, CONSULTATION;

    public String key() { return CodeKeys.key(name()); }
}

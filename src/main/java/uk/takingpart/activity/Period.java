package uk.takingpart.activity;

/** Which activities a listing shows. Translation keys: {@code activity.period.<key>}. */
public enum Period {
    /** Open now or coming up. */
    CURRENT,
    /** Closed, awaiting a decision or decided. */
    PAST;

    public String key() { return CodeKeys.key(name()); }
}

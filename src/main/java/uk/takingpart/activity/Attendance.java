package uk.takingpart.activity;

/** How people take part: in a room, online, or either. Translation keys: {@code activity.attendance.<key>}. */
public enum Attendance {
    IN_PERSON, ONLINE, IN_PERSON_AND_ONLINE;

    public String key() { return CodeKeys.key(name()); }
}
